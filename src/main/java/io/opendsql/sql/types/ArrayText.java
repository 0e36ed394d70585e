package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.ArrayList;
import java.util.List;

/** array_in and array_out: {@code {1,2,NULL}}, nested braces, quoting, and {@code [lo:hi]=} bounds. */
final class ArrayText {
    private static final int MAX_DIMENSIONS = 6;

    private ArrayText() {
    }

    private static DsqlException malformed(String input, String detail) {
        return DsqlException.of(SqlState.INVALID_TEXT_REPRESENTATION, "malformed array literal: \"%s\"", input)
                .detail(detail);
    }

    static PgArray parse(SqlType arrayType, String input, TypeContext context) {
        SqlType elementType = arrayType.element();
        int i = 0;
        int n = input.length();
        int[] explicitDims = new int[MAX_DIMENSIONS];
        int[] explicitLower = new int[MAX_DIMENSIONS];
        int explicitCount = 0;
        while (true) {
            // whitespace may separate dimension items but not appear inside them
            while (i < n && Errors.isSpace(input.charAt(i))) {
                i++;
            }
            if (i >= n || input.charAt(i) != '[') {
                break;
            }
            if (explicitCount >= MAX_DIMENSIONS) {
                throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED,
                        "number of array dimensions (%d) exceeds the maximum allowed (%d)", explicitCount + 1,
                        MAX_DIMENSIONS);
            }
            i++;
            int q = skipBound(input, i);
            if (q == i) {
                throw malformed(input, "\"[\" must introduce explicitly-specified array dimensions.");
            }
            int lower = 1;
            if (q < n && input.charAt(q) == ':') {
                lower = atoi(input.substring(i, q));
                i = q + 1;
                q = skipBound(input, i);
                if (q == i) {
                    throw malformed(input, "Missing array dimension value.");
                }
            }
            if (q >= n || input.charAt(q) != ']') {
                throw malformed(input, "Missing \"]\" after array dimensions.");
            }
            int upper = atoi(input.substring(i, q));
            i = q + 1;
            if (upper < lower) {
                throw DsqlException.of(SqlState.ARRAY_SUBSCRIPT_ERROR, "upper bound cannot be less than lower bound");
            }
            explicitDims[explicitCount] = upper - lower + 1;
            explicitLower[explicitCount] = lower;
            explicitCount++;
        }
        if (explicitCount == 0) {
            if (i >= n || input.charAt(i) != '{') {
                throw malformed(input, "Array value must start with \"{\" or dimension information.");
            }
        } else {
            if (i >= n || input.charAt(i) != '=') {
                throw malformed(input, "Missing \"=\" after array dimensions.");
            }
            i++;
            while (i < n && Errors.isSpace(input.charAt(i))) {
                i++;
            }
            if (i >= n || input.charAt(i) != '{') {
                throw malformed(input, "Array contents must start with \"{\".");
            }
        }
        // the structure first, as PostgreSQL's ArrayCount does (its errors quote the text from "{"),
        // then the elements
        String braces = input.substring(i);
        Parser parser = new Parser(braces);
        parser.parseTop();
        int end = parser.position;
        while (end < braces.length() && Errors.isSpace(braces.charAt(end))) {
            end++;
        }
        if (end != braces.length()) {
            throw malformed(braces, "Junk after closing right brace.");
        }
        int ndim = parser.ndim;
        if (parser.elements.isEmpty() && parser.emptyInner) {
            if (explicitCount > 0) {
                throw malformed(input, "Specified array dimensions do not match array contents.");
            }
            return PgArray.empty();
        }
        if (explicitCount > 0) {
            if (explicitCount != ndim) {
                throw malformed(input, "Specified array dimensions do not match array contents.");
            }
            for (int d = 0; d < ndim; d++) {
                if (explicitDims[d] != parser.dims[d]) {
                    throw malformed(input, "Specified array dimensions do not match array contents.");
                }
            }
        }
        for (int d = 0; d < ndim && explicitCount > 0; d++) {
            // ArrayCheckBounds: the upper bound plus one must fit in an integer
            if ((long) explicitLower[d] + parser.dims[d] > Integer.MAX_VALUE) {
                throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "array lower bound is too large: %d",
                        explicitLower[d]);
            }
        }
        List<Object> values = new ArrayList<>(parser.elements.size());
        for (String text : parser.elements) {
            values.add(text == null ? null : TypeIo.parse(elementType, text, context));
        }
        int[] dims = java.util.Arrays.copyOf(parser.dims, ndim);
        int[] lower = new int[ndim];
        for (int d = 0; d < ndim; d++) {
            lower[d] = explicitCount > 0 ? explicitLower[d] : 1;
        }
        return new PgArray(dims, lower, values);
    }

    /** PostgreSQL 15 reads a bound as the run of digits and signs, then atoi. */
    private static int skipBound(String s, int i) {
        while (i < s.length() && ((s.charAt(i) >= '0' && s.charAt(i) <= '9') || s.charAt(i) == '-'
                || s.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    /** C's atoi: optional sign, then digits up to the first other character. */
    private static int atoi(String s) {
        int i = 0;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long value = 0;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            value = Math.min(value * 10 + (s.charAt(i) - '0'), Integer.MAX_VALUE + 1L);
            i++;
        }
        return (int) (negative ? -value : Math.min(value, Integer.MAX_VALUE));
    }

    /** The brace structure reader (ArrayCount and ReadArrayStr in one pass). */
    private static final class Parser {
        final String input;
        int position;
        int ndim = 0;
        final int[] dims = new int[MAX_DIMENSIONS];
        boolean emptyInner = false;
        /** The raw element texts, null for an unquoted NULL. */
        final List<String> elements = new ArrayList<>();

        Parser(String input) {
            this.input = input;
            this.position = 0;
        }

        void parseTop() {
            // find the nesting depth from the leading braces
            int depth = 0;
            int i = position;
            while (i < input.length() && (input.charAt(i) == '{' || Errors.isSpace(input.charAt(i)))) {
                if (input.charAt(i) == '{') {
                    depth++;
                }
                i++;
            }
            if (depth > MAX_DIMENSIONS) {
                throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED,
                        "number of array dimensions (%d) exceeds the maximum allowed (%d)", depth, MAX_DIMENSIONS);
            }
            ndim = depth;
            for (int d = 0; d < MAX_DIMENSIONS; d++) {
                dims[d] = -1;
            }
            level(0);
        }

        /** Reads one brace-enclosed level starting at '{'. */
        private void level(int level) {
            position++; // '{'
            int count = 0;
            boolean expectItem = true;
            while (true) {
                skipSpace();
                if (position >= input.length()) {
                    throw malformed(input, "Unexpected end of input.");
                }
                char c = input.charAt(position);
                if (c == '}') {
                    if (count == 0 && expectItem && level == 0 && ndim == 1) {
                        emptyInner = true;
                        position++;
                        return;
                    }
                    if (expectItem) {
                        throw malformed(input, "Unexpected \"}\" character.");
                    }
                    position++;
                    break;
                }
                if (!expectItem) {
                    if (c == ',') {
                        position++;
                        expectItem = true;
                        continue;
                    }
                    throw malformed(input, c == '{' ? "Unexpected \"{\" character." : "Unexpected array element.");
                }
                if (c == '{') {
                    if (level + 1 >= ndim) {
                        throw malformed(input, "Unexpected \"{\" character.");
                    }
                    level(level + 1);
                } else {
                    if (level + 1 != ndim) {
                        throw malformed(input, c == ',' ? "Unexpected \",\" character." : "Unexpected array element.");
                    }
                    if (c == ',') {
                        throw malformed(input, "Unexpected \",\" character.");
                    }
                    element();
                }
                count++;
                expectItem = false;
            }
            if (dims[level] == -1) {
                dims[level] = count;
            } else if (dims[level] != count) {
                throw malformed(input, "Multidimensional arrays must have sub-arrays with matching dimensions.");
            }
        }

        private void skipSpace() {
            while (position < input.length() && Errors.isSpace(input.charAt(position))) {
                position++;
            }
        }

        private void element() {
            StringBuilder value = new StringBuilder();
            boolean quoted = false;
            boolean sawQuote = false;
            boolean escaped = false;
            int lastNonSpace = 0;
            while (true) {
                if (position >= input.length()) {
                    throw malformed(input, "Unexpected end of input.");
                }
                char c = input.charAt(position);
                if (c == '\\') {
                    position++;
                    if (position >= input.length()) {
                        throw malformed(input, "Unexpected end of input.");
                    }
                    value.append(input.charAt(position++));
                    lastNonSpace = value.length();
                    escaped = true;
                    continue;
                }
                if (c == '"') {
                    if (!quoted && (value.length() > 0 || sawQuote)) {
                        throw malformed(input, "Unexpected array element.");
                    }
                    quoted = !quoted;
                    sawQuote = true;
                    position++;
                    if (!quoted) {
                        lastNonSpace = value.length();
                    }
                    continue;
                }
                if (quoted) {
                    value.append(c);
                    lastNonSpace = value.length();
                    position++;
                    continue;
                }
                if (c == ',' || c == '}') {
                    break;
                }
                if (c == '{') {
                    throw malformed(input, "Unexpected \"{\" character.");
                }
                if (sawQuote && !Errors.isSpace(c)) {
                    throw malformed(input, "Unexpected array element.");
                }
                if (Errors.isSpace(c) && value.length() == 0 && !sawQuote) {
                    position++;
                    continue;
                }
                value.append(c);
                if (!Errors.isSpace(c)) {
                    lastNonSpace = value.length();
                }
                position++;
            }
            String text = value.substring(0, lastNonSpace);
            elements.add(!sawQuote && !escaped && text.equalsIgnoreCase("NULL") ? null : text);
        }
    }

    static String format(PgType arrayType, PgArray array, TypeContext context) {
        PgType elementType = arrayType.elementType();
        int[] dims = array.dimensions();
        if (dims.length == 0) {
            return "{}";
        }
        StringBuilder out = new StringBuilder();
        int[] lower = array.lowerBounds();
        boolean bounds = false;
        for (int l : lower) {
            bounds |= l != 1;
        }
        if (bounds) {
            for (int d = 0; d < dims.length; d++) {
                out.append('[').append(lower[d]).append(':').append(lower[d] + dims[d] - 1).append(']');
            }
            out.append('=');
        }
        int[] index = {0};
        appendLevel(out, elementType, array, dims, 0, index, context);
        return out.toString();
    }

    private static void appendLevel(StringBuilder out, PgType elementType, PgArray array, int[] dims, int level,
                                    int[] index, TypeContext context) {
        out.append('{');
        for (int k = 0; k < dims[level]; k++) {
            if (k > 0) {
                out.append(',');
            }
            if (level + 1 < dims.length) {
                appendLevel(out, elementType, array, dims, level + 1, index, context);
            } else {
                Object element = array.elements().get(index[0]++);
                if (element == null) {
                    out.append("NULL");
                } else {
                    appendElement(out, TypeIo.format(elementType, element, context));
                }
            }
        }
        out.append('}');
    }

    private static void appendElement(StringBuilder out, String text) {
        boolean quote = text.isEmpty() || text.equalsIgnoreCase("NULL");
        for (int i = 0; i < text.length() && !quote; i++) {
            char c = text.charAt(i);
            quote = c == '{' || c == '}' || c == ',' || c == '"' || c == '\\' || Errors.isSpace(c);
        }
        if (!quote) {
            out.append(text);
            return;
        }
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\');
            }
            out.append(c);
        }
        out.append('"');
    }
}
