package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PostgreSQL's JSON lexer and parser: json input keeps the text, jsonb input builds a tree. Errors
 * are {@code 22P02 invalid input syntax for type json} with PostgreSQL's detail.
 */
final class JsonText {
    private final String input;
    private final boolean buildTree;
    private int position;

    private JsonText(String input, boolean buildTree) {
        this.input = input;
        this.buildTree = buildTree;
    }

    /** json input: validates and returns the text unchanged. */
    static String validate(String input) {
        JsonText parser = new JsonText(input, false);
        parser.document();
        return input;
    }

    /** jsonb input: the value tree (null, Boolean, Numeric, String, List, sorted Map). */
    static Object parseTree(String input) {
        return new JsonText(input, true).document();
    }

    private DsqlException error(String detail) {
        return DsqlException.of(SqlState.INVALID_TEXT_REPRESENTATION, "invalid input syntax for type json")
                .detail(detail);
    }

    private Object document() {
        Object value = value();
        skipSpace();
        if (position < input.length()) {
            throw unexpected("end of input");
        }
        return value;
    }

    /** PostgreSQL reports an invalid token as such before saying what it expected. */
    private DsqlException unexpected(String expected) {
        char c = input.charAt(position);
        if ("{}[],:".indexOf(c) < 0 && c != '"' && c != '-' && !(c >= '0' && c <= '9')) {
            String word = token();
            if (!word.equals("true") && !word.equals("false") && !word.equals("null")) {
                return error("Token \"" + word + "\" is invalid.");
            }
        }
        return error("Expected " + expected + ", but found \"" + lexToken() + "\".");
    }

    private void skipSpace() {
        while (position < input.length()) {
            char c = input.charAt(position);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
                position++;
            } else {
                break;
            }
        }
    }

    private static boolean isAlphanumeric(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '$'
                || c >= 0x80;
    }

    /** The token at the current position as PostgreSQL reports it (a run of word characters, or one character). */
    private String token() {
        int end = position;
        while (end < input.length() && isAlphanumeric(input.charAt(end))) {
            end++;
        }
        if (end == position) {
            end = position + Character.charCount(input.codePointAt(position));
        }
        return input.substring(position, end);
    }

    private Object value() {
        skipSpace();
        if (position >= input.length()) {
            throw error("The input string ended unexpectedly.");
        }
        char c = input.charAt(position);
        switch (c) {
            case '{' -> {
                return object();
            }
            case '[' -> {
                return array();
            }
            case '"' -> {
                return string();
            }
            default -> {
                if (c == '-' || (c >= '0' && c <= '9')) {
                    return number();
                }
                String word = token();
                if ("}],:".indexOf(c) < 0 && !isAlphanumeric(c)) {
                    throw error("Token \"" + word + "\" is invalid.");
                }
                if (isAlphanumeric(c)) {
                    position += word.length();
                    switch (word) {
                        case "true" -> {
                            return Boolean.TRUE;
                        }
                        case "false" -> {
                            return Boolean.FALSE;
                        }
                        case "null" -> {
                            return Jsonb.JSON_NULL;
                        }
                        default -> throw error("Token \"" + word + "\" is invalid.");
                    }
                }
                throw error("Expected JSON value, but found \"" + word + "\".");
            }
        }
    }

    private Object object() {
        position++;
        Map<String, Object> members = buildTree ? new TreeMap<>(Jsonb.KEY_ORDER) : null;
        boolean first = true;
        skipSpace();
        if (position < input.length() && input.charAt(position) == '}') {
            position++;
            return members;
        }
        while (true) {
            skipSpace();
            if (position >= input.length()) {
                throw error("The input string ended unexpectedly.");
            }
            if (input.charAt(position) != '"') {
                throw unexpected(members == null && first || members != null && members.isEmpty() && first
                        ? "string or \"}\"" : "string");
            }
            first = false;
            String key = string();
            skipSpace();
            if (position >= input.length()) {
                throw error("The input string ended unexpectedly.");
            }
            if (input.charAt(position) != ':') {
                throw unexpected("\":\"");
            }
            position++;
            Object value = value();
            if (members != null) {
                members.put(key, value);
            }
            skipSpace();
            if (position >= input.length()) {
                throw error("The input string ended unexpectedly.");
            }
            char c = input.charAt(position);
            if (c == ',') {
                position++;
            } else if (c == '}') {
                position++;
                return members;
            } else {
                throw unexpected("\",\" or \"}\"");
            }
        }
    }

    private Object array() {
        position++;
        List<Object> items = buildTree ? new ArrayList<>() : null;
        skipSpace();
        if (position < input.length() && input.charAt(position) == ']') {
            position++;
            return items;
        }
        while (true) {
            Object value = value();
            if (items != null) {
                items.add(value);
            }
            skipSpace();
            if (position >= input.length()) {
                throw error("The input string ended unexpectedly.");
            }
            char c = input.charAt(position);
            if (c == ',') {
                position++;
            } else if (c == ']') {
                position++;
                return items;
            } else {
                throw unexpected("\",\" or \"]\"");
            }
        }
    }

    /** The next token for an "Expected ..., but found" detail: a string or number is reported whole. */
    private String lexToken() {
        char c = input.charAt(position);
        if (c == '"') {
            int start = position;
            string();
            return input.substring(start, position);
        }
        if (c == '-' || (c >= '0' && c <= '9')) {
            int start = position;
            try {
                number();
            } catch (DsqlException e) {
                throw e;
            }
            return input.substring(start, position);
        }
        return token();
    }

    private String string() {
        int start = position;
        position++;
        StringBuilder out = new StringBuilder();
        boolean highSurrogate = false;
        while (true) {
            if (position >= input.length()) {
                throw error("Token \"" + input.substring(start) + "\" is invalid.");
            }
            char c = input.charAt(position);
            if (buildTree && highSurrogate && (c != '\\' || position + 1 >= input.length()
                    || input.charAt(position + 1) != 'u')) {
                throw error("Unicode low surrogate must follow a high surrogate.");
            }
            if (c == '"') {
                position++;
                return out.toString();
            }
            if (c < 0x20) {
                throw error(String.format("Character with value 0x%02x must be escaped.", (int) c));
            }
            if (c == '\\') {
                position++;
                if (position >= input.length()) {
                    throw error("Token \"" + input.substring(start) + "\" is invalid.");
                }
                char e = input.charAt(position);
                switch (e) {
                    case '"', '\\', '/' -> out.append(e);
                    case 'b' -> out.append('\b');
                    case 'f' -> out.append('\f');
                    case 'n' -> out.append('\n');
                    case 'r' -> out.append('\r');
                    case 't' -> out.append('\t');
                    case 'u' -> {
                        int code = 0;
                        for (int k = 1; k <= 4; k++) {
                            if (position + k >= input.length()) {
                                // the input ends inside the escape: PostgreSQL reports the unfinished token
                                throw error("Token \"" + input.substring(start) + "\" is invalid.");
                            }
                            int digit = Character.digit(input.charAt(position + k), 16);
                            if (digit < 0) {
                                int end = position + 1;
                                while (end < input.length() && end < position + 5
                                        && isAlphanumeric(input.charAt(end))) {
                                    end++;
                                }
                                throw error("\"\\u\" must be followed by four hexadecimal digits.");
                            }
                            code = code * 16 + digit;
                        }
                        position += 4;
                        if (buildTree && Character.isHighSurrogate((char) code)) {
                            if (highSurrogate) {
                                throw error("Unicode high surrogate must not follow a high surrogate.");
                            }
                            highSurrogate = true;
                        } else if (buildTree && Character.isLowSurrogate((char) code)) {
                            if (!highSurrogate) {
                                throw error("Unicode low surrogate must follow a high surrogate.");
                            }
                            highSurrogate = false;
                        } else if (buildTree && highSurrogate) {
                            throw error("Unicode low surrogate must follow a high surrogate.");
                        }
                        if (code == 0 && buildTree) {
                            throw DsqlException.of(SqlState.UNTRANSLATABLE_CHARACTER,
                                    "unsupported Unicode escape sequence")
                                    .detail("\\u0000 cannot be converted to text.");
                        }
                        out.append((char) code);
                    }
                    default -> {
                        String seq = input.substring(position, position + Character.charCount(input.codePointAt(position)));
                        throw error("Escape sequence \"\\" + seq + "\" is invalid.");
                    }
                }
                position++;
                continue;
            }
            out.append(c);
            position++;
        }
    }

    private Numeric number() {
        int start = position;
        boolean bad = false;
        if (input.charAt(position) == '-') {
            position++;
        }
        if (position < input.length() && input.charAt(position) == '0') {
            position++;
        } else if (position < input.length() && input.charAt(position) >= '1' && input.charAt(position) <= '9') {
            while (position < input.length() && Character.isDigit(input.charAt(position))
                    && input.charAt(position) < 128) {
                position++;
            }
        } else {
            bad = true;
        }
        if (position < input.length() && input.charAt(position) == '.') {
            position++;
            if (position >= input.length() || !isAsciiDigit(input.charAt(position))) {
                bad = true;
            } else {
                while (position < input.length() && isAsciiDigit(input.charAt(position))) {
                    position++;
                }
            }
        }
        if (position < input.length() && (input.charAt(position) == 'e' || input.charAt(position) == 'E')) {
            position++;
            if (position < input.length() && (input.charAt(position) == '+' || input.charAt(position) == '-')) {
                position++;
            }
            if (position >= input.length() || !isAsciiDigit(input.charAt(position))) {
                bad = true;
            } else {
                while (position < input.length() && isAsciiDigit(input.charAt(position))) {
                    position++;
                }
            }
        }
        while (position < input.length() && isAlphanumeric(input.charAt(position))) {
            position++;
            bad = true;
        }
        String text = input.substring(start, position);
        if (bad) {
            throw error("Token \"" + text + "\" is invalid.");
        }
        return buildTree ? Numeric.parse(text) : null;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

}
