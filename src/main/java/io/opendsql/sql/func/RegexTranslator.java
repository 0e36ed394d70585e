package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a PostgreSQL regular expression (Spencer's ARE syntax as regc_lex.c and regcomp.c read it,
 * or ERE, or a literal string) with PostgreSQL's compile errors, and writes the equivalent
 * java.util.regex pattern. Along the way it works out what PostgreSQL's matching rules need beyond
 * Java's backtracking: whether the whole expression prefers the longest or the shortest match, and
 * whether Java's first match might have another length (alternation, quantified groups,
 * back-references, mixed greediness), so that {@link PgRegex} can search for PostgreSQL's extent.
 */
final class RegexTranslator {
    /** DUPMAX: the largest repetition count. */
    private static final int MAX_REPEAT = 255;
    /** Unbounded length. */
    private static final int UNBOUNDED = -1;

    /** iswspace of glibc's C.UTF-8 locale. */
    static final String SPACE = "\\t\\n\\x{b}\\f\\r\\x{20}\\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200a}\\x{2028}"
            + "\\x{2029}\\x{205f}\\x{3000}";
    static final String ALPHA = "\\p{IsAlphabetic}[\\p{Nd}&&[^0-9]]";
    static final String ALNUM = "\\p{IsAlphabetic}\\p{Nd}";
    static final String WORD = ALNUM + "_";

    private static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("alpha", ALPHA), Map.entry("digit", "0-9"), Map.entry("alnum", ALNUM),
            Map.entry("upper", "\\p{IsUppercase}"), Map.entry("lower", "\\p{IsLowercase}"),
            Map.entry("space", SPACE), Map.entry("blank", "\\t\\x{20}\\x{1680}\\x{2000}-\\x{2006}\\x{2008}-\\x{200a}"
                    + "\\x{205f}\\x{3000}"),
            Map.entry("cntrl", "\\p{Cc}\\x{2028}\\x{2029}"), Map.entry("punct", "\\p{P}\\p{S}"),
            Map.entry("graph", "[^\\p{Cc}\\p{Cn}\\p{Cs}\\p{Z}]"),
            Map.entry("print", "[^\\p{Cc}\\p{Cn}\\p{Cs}\\p{Zl}\\p{Zp}]"),
            Map.entry("xdigit", "0-9A-Fa-f"), Map.entry("word", WORD));

    /** Collating element names PostgreSQL knows besides single characters (regc_locale.c). */
    private static final Map<String, Integer> NAMED = Map.ofEntries(
            Map.entry("NUL", 0), Map.entry("tab", 9), Map.entry("newline", 10), Map.entry("vertical-tab", 11),
            Map.entry("form-feed", 12), Map.entry("carriage-return", 13), Map.entry("space", 32),
            Map.entry("exclamation-mark", 33), Map.entry("quotation-mark", 34), Map.entry("number-sign", 35),
            Map.entry("dollar-sign", 36), Map.entry("percent-sign", 37), Map.entry("ampersand", 38),
            Map.entry("apostrophe", 39), Map.entry("left-parenthesis", 40), Map.entry("right-parenthesis", 41),
            Map.entry("asterisk", 42), Map.entry("plus-sign", 43), Map.entry("comma", 44), Map.entry("hyphen", 45),
            Map.entry("hyphen-minus", 45), Map.entry("period", 46), Map.entry("full-stop", 46),
            Map.entry("slash", 47), Map.entry("solidus", 47), Map.entry("zero", 48), Map.entry("one", 49),
            Map.entry("two", 50), Map.entry("three", 51), Map.entry("four", 52), Map.entry("five", 53),
            Map.entry("six", 54), Map.entry("seven", 55), Map.entry("eight", 56), Map.entry("nine", 57),
            Map.entry("colon", 58), Map.entry("semicolon", 59), Map.entry("less-than-sign", 60),
            Map.entry("equals-sign", 61), Map.entry("greater-than-sign", 62), Map.entry("question-mark", 63),
            Map.entry("commercial-at", 64), Map.entry("left-square-bracket", 91), Map.entry("backslash", 92),
            Map.entry("reverse-solidus", 92), Map.entry("right-square-bracket", 93), Map.entry("circumflex", 94),
            Map.entry("circumflex-accent", 94), Map.entry("underscore", 95), Map.entry("low-line", 95),
            Map.entry("grave-accent", 96), Map.entry("left-brace", 123), Map.entry("left-curly-bracket", 123),
            Map.entry("vertical-line", 124), Map.entry("right-brace", 125), Map.entry("right-curly-bracket", 125),
            Map.entry("tilde", 126), Map.entry("DEL", 127));

    /** What the translation found. */
    record Result(String javaPattern, RegexFlags flags, int groups, boolean preferShortest, boolean searchExtent,
                  int maxLength) {
    }

    private enum Preference { NONE, LONGER, SHORTER }

    /** A parsed piece's greediness and longest possible match (UNBOUNDED when unlimited). */
    private record Info(Preference preference, int maxLength) {
    }

    private final int[] p;
    private int pos;
    private RegexFlags flags;
    private final StringBuilder out = new StringBuilder();
    /** Capturing groups opened so far, and those closed (back-references need a closed group). */
    private int groups;
    private final java.util.BitSet closed = new java.util.BitSet();
    private int lookaround;
    private boolean alternation;
    private boolean quantifiedGroup;
    private boolean backReference;
    private boolean greedyQuantifier;
    private boolean lazyQuantifier;

    private RegexTranslator(String pattern, RegexFlags flags) {
        this.p = pattern.codePoints().toArray();
        this.flags = flags;
    }

    static DsqlException error(String message) {
        return DsqlException.of(SqlState.INVALID_REGULAR_EXPRESSION, "invalid regular expression: %s", message);
    }

    static Result translate(String pattern, RegexFlags flags) {
        return new RegexTranslator(pattern, flags).run();
    }

    private Result run() {
        prefixes();
        if (flags.flavor() == RegexFlags.Flavor.QUOTE) {
            for (int i = pos; i < p.length; i++) {
                literal(out, p[i]);
            }
            return new Result(out.toString(), flags, 0, false, false, p.length - pos);
        }
        Info info = alternatives(false);
        boolean shortest = info.preference() == Preference.SHORTER;
        boolean search = alternation || quantifiedGroup || backReference
                || (shortest ? greedyQuantifier : lazyQuantifier);
        return new Result(out.toString(), flags, groups, shortest, search, info.maxLength());
    }

    /** The ***= and ***: directors and embedded options (prefixes() in regc_lex.c). */
    private void prefixes() {
        if (flags.flavor() == RegexFlags.Flavor.QUOTE) {
            checkQuote();
            return;
        }
        if (flags.flavor() == RegexFlags.Flavor.ADVANCED && p.length - pos >= 4 && p[0] == '*' && p[1] == '*'
                && p[2] == '*') {
            switch (p[3]) {
                case '?' -> throw error("invalid regexp (reg version 0.8)");
                case '=' -> {
                    flags = new RegexFlags(RegexFlags.Flavor.QUOTE, flags.ignoreCase(), false, false, false,
                            flags.global());
                    pos = 4;
                    return;
                }
                case ':' -> pos = 4;
                default -> {
                }
            }
        }
        if (flags.flavor() != RegexFlags.Flavor.ADVANCED) {
            return;
        }
        if (p.length - pos >= 3 && p[pos] == '(' && p[pos + 1] == '?' && Character.isLetter(p[pos + 2])) {
            pos += 2;
            while (pos < p.length && Character.isLetter(p[pos])) {
                RegexFlags next = p[pos] == 'g' ? null : flags.apply(p[pos], true);
                if (next == null) {
                    throw error("invalid embedded option");
                }
                flags = next;
                pos++;
            }
            if (pos >= p.length || p[pos] != ')') {
                throw error("invalid embedded option");
            }
            pos++;
            if (flags.flavor() == RegexFlags.Flavor.QUOTE) {
                flags = new RegexFlags(RegexFlags.Flavor.QUOTE, flags.ignoreCase(), false, false, false,
                        flags.global());
            }
        }
    }

    private void checkQuote() {
        if (flags.expanded() || flags.newlineStop() || flags.newlineAnchor()) {
            throw error("invalid argument to regex function");
        }
    }

    private boolean advanced() {
        return flags.flavor() == RegexFlags.Flavor.ADVANCED;
    }

    private boolean basic() {
        return flags.flavor() == RegexFlags.Flavor.BASIC;
    }

    /** True at a BRE's "\)". */
    private boolean atBasicClose() {
        return pos + 1 < p.length && p[pos] == '\\' && p[pos + 1] == ')';
    }

    /** What a BRE's '*' and '^' look back at: the start of the expression or of a group, or a '^' anchor. */
    private enum Last { START, OPEN, CARET, OTHER }

    private Last last = Last.START;

    private boolean atEnd() {
        return pos >= p.length;
    }

    /** Expanded-syntax white space and # comments, and (?#...) comments in AREs, which the lexer skips. */
    private void skip() {
        while (true) {
            if (flags.expanded()) {
                while (pos < p.length && isSpace(p[pos])) {
                    pos++;
                }
                if (pos < p.length && p[pos] == '#') {
                    while (pos < p.length && p[pos] != '\n') {
                        pos++;
                    }
                    continue;
                }
            }
            if (advanced() && p.length - pos >= 3 && p[pos] == '(' && p[pos + 1] == '?' && p[pos + 2] == '#') {
                pos += 3;
                while (pos < p.length && p[pos] != ')') {
                    pos++;
                }
                if (pos < p.length) {
                    pos++;
                }
                continue;
            }
            return;
        }
    }

    /** At a '{': true when it starts a bound (a digit follows, after white space in expanded syntax). */
    private boolean braceStartsBound() {
        int i = pos + 1;
        while (flags.expanded() && i < p.length && isSpace(p[i])) {
            i++;
        }
        return i < p.length && isDigit(p[i]);
    }

    static boolean isSpace(int c) {
        return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x1680 || (c >= 0x2000 && c <= 0x2006)
                || (c >= 0x2008 && c <= 0x200a) || c == 0x2028 || c == 0x2029 || c == 0x205f || c == 0x3000;
    }

    /** re: branch ('|' branch)*; an expression with several branches prefers the longest match. */
    private Info alternatives(boolean inGroup) {
        int start = out.length();
        int structuresBefore = structures;
        java.util.List<String> texts = new java.util.ArrayList<>();
        java.util.List<Integer> lengths = new java.util.ArrayList<>();
        Info first = branch(inGroup);
        texts.add(out.substring(start));
        lengths.add(first.maxLength());
        Preference preference = first.preference();
        int max = first.maxLength();
        while (!basic() && !atEnd() && p[pos] == '|') {
            pos++;
            alternation = true;
            int branchStart = out.length();
            Info next = branch(inGroup);
            texts.add(out.substring(branchStart));
            lengths.add(next.maxLength());
            max = max == UNBOUNDED || next.maxLength() == UNBOUNDED ? UNBOUNDED : Math.max(max, next.maxLength());
        }
        if (texts.size() == 1) {
            return new Info(preference, max);
        }
        // An alternation prefers its longest match. When every branch is a fixed run of single
        // characters, trying the longer branches first makes Java's choice the same.
        java.util.List<Integer> order = new java.util.ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            order.add(i);
        }
        if (structures == structuresBefore) {
            order.sort((x, y) -> Integer.compare(lengths.get(y), lengths.get(x)));
        }
        out.setLength(start);
        for (int i = 0; i < order.size(); i++) {
            out.append(i == 0 ? "" : "|").append(texts.get(order.get(i)));
        }
        return new Info(Preference.LONGER, max);
    }

    /** Quantifiers, groups, back-references and look-arounds written so far. */
    private int structures;

    /** A branch takes the greediness of its first atom that has one. */
    private Info branch(boolean inGroup) {
        Preference preference = Preference.NONE;
        int max = 0;
        while (true) {
            skip();
            if (atEnd() || (!basic() && p[pos] == '|')) {
                break;
            }
            if (basic() ? atBasicClose() : p[pos] == ')') {
                if (inGroup) {
                    break;
                }
                if (!flags.flavor().equals(RegexFlags.Flavor.EXTENDED)) {
                    throw error("parentheses () not balanced");
                }
            }
            Info piece = basic() ? basicQuantifiedAtom() : quantifiedAtom();
            if (preference == Preference.NONE) {
                preference = piece.preference();
            }
            max = max == UNBOUNDED || piece.maxLength() == UNBOUNDED ? UNBOUNDED
                    : (int) Math.min(Integer.MAX_VALUE / 2, (long) max + piece.maxLength());
        }
        return new Info(preference, max);
    }

    /** A BRE atom and its quantifier ('*' or \{m,n\}, always greedy). */
    private Info basicQuantifiedAtom() {
        int c = p[pos];
        Last before = last;
        last = Last.OTHER;
        Atom atom;
        Info one = new Info(Preference.NONE, 1);
        if (c == '*' && before != Last.OTHER) {
            pos++;
            literal(out, '*');
            atom = new Atom(one, false, false);
        } else if (c == '*') {
            throw badRepeat();
        } else if (c == '^') {
            pos++;
            if (before == Last.START || before == Last.OPEN) {
                out.append(flags.newlineAnchor() ? "(?:(?<=\\n)|\\A)" : "\\A");
                last = Last.CARET;
                return constraintAfterBasic();
            }
            literal(out, '^');
            atom = new Atom(one, false, false);
        } else if (c == '$') {
            pos++;
            skip();
            if (atEnd() || atBasicClose()) {
                out.append(flags.newlineAnchor() ? "(?=\\n|\\z)" : "\\z");
                return constraintAfterBasic();
            }
            literal(out, '$');
            atom = new Atom(one, false, false);
        } else if (c == '.') {
            pos++;
            out.append('.');
            atom = new Atom(one, false, false);
        } else if (c == '[') {
            if (wordBoundaryBracket()) {
                return constraintAfterBasic();
            }
            pos++;
            bracket(out);
            atom = new Atom(one, false, false);
        } else if (c == '\\') {
            pos++;
            if (atEnd()) {
                throw error("invalid escape \\ sequence");
            }
            int e = p[pos++];
            switch (e) {
                case '{' -> throw badRepeat();
                case '(' -> {
                    structures++;
                    int number = ++groups;
                    out.append('(');
                    last = Last.OPEN;
                    Info inner = alternatives(true);
                    if (atEnd()) {
                        throw error("parentheses () not balanced");
                    }
                    pos += 2;
                    out.append(')');
                    closed.set(number);
                    last = Last.OTHER;
                    atom = new Atom(inner, true, false);
                }
                case '<' -> {
                    out.append(wordStart());
                    return constraintAfterBasic();
                }
                case '>' -> {
                    out.append(wordEnd());
                    return constraintAfterBasic();
                }
                default -> {
                    if (e >= '1' && e <= '9') {
                        int value = e - '0';
                        if (value > groups || !closed.get(value)) {
                            throw error("invalid backreference number");
                        }
                        backReference = true;
                        out.append("(?:\\").append(value).append(')');
                        atom = new Atom(new Info(Preference.NONE, UNBOUNDED), false, false);
                    } else {
                        literal(out, e);
                        atom = new Atom(one, false, false);
                    }
                }
            }
        } else {
            pos++;
            literal(out, c);
            atom = new Atom(one, false, false);
        }
        skip();
        if (atEnd()) {
            return atom.info();
        }
        int min;
        int max;
        if (p[pos] == '*') {
            pos++;
            min = 0;
            max = UNBOUNDED;
            out.append('*');
        } else if (pos + 1 < p.length && p[pos] == '\\' && p[pos + 1] == '{') {
            pos += 2;
            min = number();
            max = min;
            boolean range = false;
            if (!atEnd() && p[pos] == ',') {
                pos++;
                range = true;
                max = !atEnd() && isDigit(p[pos]) ? number() : UNBOUNDED;
                if (max != UNBOUNDED && min > max) {
                    throw error("invalid repetition count(s)");
                }
            }
            if (atEnd() || (p[pos] == '\\' && pos + 1 >= p.length)) {
                throw error("braces {} not balanced");
            }
            if (p[pos] != '\\' || p[pos + 1] != '}') {
                throw error("invalid repetition count(s)");
            }
            pos += 2;
            out.append('{').append(min).append(range ? "," + (max == UNBOUNDED ? "" : max) : "").append('}');
            if (!range) {
                return atom.info();
            }
        } else {
            return atom.info();
        }
        if (!atEnd() && (p[pos] == '*' || (pos + 1 < p.length && p[pos] == '\\' && p[pos + 1] == '{'))) {
            throw badRepeat();
        }
        structures++;
        greedyQuantifier = true;
        quantifiedGroup |= atom.group();
        int length = max == UNBOUNDED || atom.info().maxLength() == UNBOUNDED ? UNBOUNDED
                : (int) Math.min(Integer.MAX_VALUE / 2, (long) atom.info().maxLength() * max);
        return new Info(Preference.LONGER, length);
    }

    /** A BRE constraint: a quantifier may not follow ('*' after '^' is literal, handled by the caller). */
    private Info constraintAfterBasic() {
        skip();
        if (!atEnd() && last != Last.CARET && (p[pos] == '*'
                || (pos + 1 < p.length && p[pos] == '\\' && p[pos + 1] == '{'))) {
            throw badRepeat();
        }
        return new Info(Preference.NONE, 0);
    }

    private static DsqlException badRepeat() {
        return error("quantifier operand invalid");
    }

    private boolean quantifierAhead() {
        skip();
        if (atEnd()) {
            return false;
        }
        int c = p[pos];
        return c == '*' || c == '+' || c == '?' || (c == '{' && braceStartsBound());
    }

    private static boolean isDigit(int c) {
        return c >= '0' && c <= '9';
    }

    /** An atom's translation: its info, and whether it is a group or a constraint (no quantifier allowed). */
    private record Atom(Info info, boolean group, boolean constraint) {
    }

    /** A parsed quantifier: {@code max} UNBOUNDED for none; {@code fixed} for {m}. */
    private record Quantifier(int symbol, int min, int max, boolean fixed, boolean lazy) {
    }

    /**
     * One atom and its quantifier (parseqatom); constraints take no quantifier. A group made
     * non-greedy as a whole is translated again with its own quantifiers non-greedy, so that Java's
     * backtracking finds its shortest match first, as PostgreSQL's preference rules do.
     */
    private Info quantifiedAtom() {
        int atomPos = pos;
        int atomStart = out.length();
        int groupsBefore = groups;
        Atom atom = atom();
        if (atom.constraint()) {
            if (quantifierAhead()) {
                throw badRepeat();
            }
            return atom.info();
        }
        Quantifier q = quantifier();
        if (q == null) {
            return atom.info();
        }
        if (q.lazy() && atom.group() && atom.info().preference() != Preference.SHORTER && !q.fixed()
                && forceLazy == 0) {
            int after = pos;
            pos = atomPos;
            out.setLength(atomStart);
            closed.clear(groupsBefore + 1, groups + 1);
            groups = groupsBefore;
            forceLazy++;
            atom();
            forceLazy--;
            pos = after;
        }
        structures++;
        boolean lazy = q.lazy() || (forceLazy > 0 && !q.fixed());
        if (q.max() == UNBOUNDED) {
            out.append(q.min() == 0 ? "*" : q.min() == 1 ? "+" : "{" + q.min() + ",}");
        } else if (q.symbol() == '?') {
            out.append('?');
        } else {
            out.append('{').append(q.min()).append(q.fixed() ? "" : "," + q.max()).append('}');
        }
        if (lazy) {
            out.append('?');
        }
        if (!q.fixed()) {
            if (lazy) {
                lazyQuantifier = true;
            } else {
                greedyQuantifier = true;
            }
            quantifiedGroup |= atom.group();
        }
        Info info = atom.info();
        Preference preference = q.fixed() ? info.preference() : q.lazy() ? Preference.SHORTER : Preference.LONGER;
        int length = q.max() == UNBOUNDED || info.maxLength() == UNBOUNDED ? UNBOUNDED
                : (int) Math.min(Integer.MAX_VALUE / 2, (long) info.maxLength() * q.max());
        return new Info(preference, length);
    }

    private int forceLazy;

    private Atom atom() {
        int c = p[pos];
        Info one = new Info(Preference.NONE, 1);
        switch (c) {
            case '*', '+', '?' -> throw badRepeat();
            case '{' -> {
                if (braceStartsBound()) {
                    throw badRepeat();
                }
                pos++;
                literal(out, '{');
                return new Atom(one, false, false);
            }
            case '^' -> {
                pos++;
                out.append(flags.newlineAnchor() ? "(?:(?<=\\n)|\\A)" : "\\A");
                return constraintAtom();
            }
            case '$' -> {
                pos++;
                out.append(flags.newlineAnchor() ? "(?=\\n|\\z)" : "\\z");
                return constraintAtom();
            }
            case '.' -> {
                pos++;
                out.append('.');
                return new Atom(one, false, false);
            }
            case '[' -> {
                if (wordBoundaryBracket()) {
                    return constraintAtom();
                }
                pos++;
                bracket(out);
                return new Atom(one, false, false);
            }
            case '(' -> {
                pos++;
                if (advanced() && !atEnd() && p[pos] == '?') {
                    pos++;
                    if (atEnd()) {
                        throw badRepeat();
                    }
                    int kind = p[pos++];
                    switch (kind) {
                        case ':' -> {
                            out.append("(?:");
                            return new Atom(groupBody(), true, false);
                        }
                        case '=', '!' -> {
                            out.append("(?").appendCodePoint(kind);
                            lookaroundBody();
                            return constraintAtom();
                        }
                        case '<' -> {
                            if (atEnd() || (p[pos] != '=' && p[pos] != '!')) {
                                throw badRepeat();
                            }
                            out.append("(?<").appendCodePoint(p[pos++]);
                            lookaroundBody();
                            return constraintAtom();
                        }
                        default -> throw badRepeat();
                    }
                }
                int number = 0;
                if (lookaround > 0) {
                    out.append("(?:");
                } else {
                    number = ++groups;
                    out.append('(');
                }
                Info inner = groupBody();
                if (number > 0) {
                    closed.set(number);
                }
                return new Atom(inner, true, false);
            }
            case ')' -> {
                // an ERE takes an unmatched ')' literally
                pos++;
                literal(out, ')');
                return new Atom(one, false, false);
            }
            case '\\' -> {
                pos++;
                Info escaped = escape();
                return escaped == null ? constraintAtom() : new Atom(escaped, false, false);
            }
            default -> {
                pos++;
                literal(out, c);
                return new Atom(one, false, false);
            }
        }
    }

    private static Atom constraintAtom() {
        return new Atom(new Info(Preference.NONE, 0), false, true);
    }

    private Info groupBody() {
        structures++;
        Info inner = alternatives(true);
        if (atEnd()) {
            throw error("parentheses () not balanced");
        }
        pos++;
        out.append(')');
        return inner;
    }

    private void lookaroundBody() {
        lookaround++;
        groupBody();
        lookaround--;
    }

    /** [[:<:]] and [[:>:]]: word start and end. */
    private boolean wordBoundaryBracket() {
        if (p.length - pos >= 7 && p[pos + 1] == '[' && p[pos + 2] == ':' && (p[pos + 3] == '<' || p[pos + 3] == '>')
                && p[pos + 4] == ':' && p[pos + 5] == ']' && p[pos + 6] == ']') {
            out.append(p[pos + 3] == '<' ? wordStart() : wordEnd());
            pos += 7;
            return true;
        }
        return false;
    }

    private static String wordStart() {
        return "(?<![" + WORD + "])(?=[" + WORD + "])";
    }

    private static String wordEnd() {
        return "(?<=[" + WORD + "])(?![" + WORD + "])";
    }

    /** The quantifier after an atom, or null; a second quantifier right after one is an error. */
    private Quantifier quantifier() {
        skip();
        if (atEnd()) {
            return null;
        }
        int c = p[pos];
        int min;
        int max;
        boolean fixed = false;
        switch (c) {
            case '*' -> {
                min = 0;
                max = UNBOUNDED;
                pos++;
            }
            case '+' -> {
                min = 1;
                max = UNBOUNDED;
                pos++;
            }
            case '?' -> {
                min = 0;
                max = 1;
                pos++;
            }
            case '{' -> {
                if (!braceStartsBound()) {
                    return null;
                }
                pos++;
                skip();
                min = number();
                skip();
                if (!atEnd() && p[pos] == ',') {
                    pos++;
                    skip();
                    max = !atEnd() && isDigit(p[pos]) ? number() : UNBOUNDED;
                    if (max != UNBOUNDED && min > max) {
                        throw error("invalid repetition count(s)");
                    }
                    skip();
                } else {
                    max = min;
                    fixed = true;
                }
                if (atEnd()) {
                    throw error("braces {} not balanced");
                }
                if (p[pos] != '}') {
                    throw error("invalid repetition count(s)");
                }
                pos++;
            }
            default -> {
                return null;
            }
        }
        boolean lazy = false;
        if (advanced() && !atEnd() && p[pos] == '?') {
            lazy = true;
            pos++;
        }
        if (quantifierAhead()) {
            throw badRepeat();
        }
        return new Quantifier(c, min, max, fixed, lazy);
    }

    private int number() {
        int start = pos;
        long value = 0;
        while (!atEnd() && isDigit(p[pos])) {
            value = Math.min(value * 10 + (p[pos] - '0'), MAX_REPEAT + 1L);
            pos++;
        }
        if (start == pos) {
            throw atEnd() ? error("braces {} not balanced") : error("invalid repetition count(s)");
        }
        if (value > MAX_REPEAT) {
            throw error("invalid repetition count(s)");
        }
        return (int) value;
    }

    /**
     * An escape outside brackets; null for a constraint (\A \Z \m \M \y \Y), whose translation is
     * already written.
     */
    private Info escape() {
        if (atEnd()) {
            throw error("invalid escape \\ sequence");
        }
        int c = p[pos++];
        if (!advanced()) {
            literal(out, c);
            return new Info(Preference.NONE, 1);
        }
        switch (c) {
            case 'A' -> {
                out.append("\\A");
                return null;
            }
            case 'Z' -> {
                out.append("\\z");
                return null;
            }
            case 'm' -> {
                out.append(wordStart());
                return null;
            }
            case 'M' -> {
                out.append(wordEnd());
                return null;
            }
            case 'y' -> {
                out.append("(?:").append(wordStart()).append('|').append(wordEnd()).append(')');
                return null;
            }
            case 'Y' -> {
                out.append("(?:(?<=[").append(WORD).append("])(?=[").append(WORD).append("])|(?<![").append(WORD)
                        .append("])(?![").append(WORD).append("]))");
                return null;
            }
            case 'd', 's', 'w', 'D', 'S', 'W' -> {
                String set = shorthand(Character.toLowerCase(c));
                boolean complement = Character.isUpperCase(c);
                out.append(complement ? "[^" : "[").append(set);
                if (complement && flags.newlineStop()) {
                    out.append("\\n");
                }
                out.append(']');
                return new Info(Preference.NONE, 1);
            }
            default -> {
            }
        }
        if (c >= '1' && c <= '9') {
            int save = pos;
            pos--;
            int value = digits(10, 1, 3);
            if (pos == save || value <= groups) {
                if (lookaround > 0 || value > groups || !closed.get(value)) {
                    throw error("invalid backreference number");
                }
                backReference = true;
                structures++;
                out.append("(?:\\").append(value).append(')');
                return new Info(Preference.NONE, UNBOUNDED);
            }
            pos = save;
            c = '0';
        }
        int value = characterEntry(c);
        literal(out, value);
        return new Info(Preference.NONE, 1);
    }

    private static String shorthand(int c) {
        return switch (c) {
            case 'd' -> "0-9";
            case 's' -> SPACE;
            default -> WORD;
        };
    }

    /** The character-entry escapes of lexescape (the letter already read); EESCAPE for others. */
    private int characterEntry(int c) {
        return switch (c) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'B' -> '\\';
            case 'c' -> {
                if (atEnd()) {
                    throw error("invalid escape \\ sequence");
                }
                yield p[pos++] & 037;
            }
            case 'e' -> 033;
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            case 'v' -> 0x0b;
            case 'u' -> digits(16, 4, 4);
            case 'U' -> digits(16, 8, 8);
            case 'x' -> digits(16, 1, 255);
            case '0' -> {
                pos--;
                int value = digits(8, 1, 3);
                if (value > 0xff) {
                    pos--;
                    value >>= 3;
                }
                yield value;
            }
            default -> {
                if (Character.isLetter(c) || isDigit(c)) {
                    throw error("invalid escape \\ sequence");
                }
                yield c;
            }
        };
    }

    /** lexdigits: between min and max digits of the base; EESCAPE when fewer than min. */
    private int digits(int base, int min, int max) {
        long value = 0;
        int count = 0;
        while (count < max && !atEnd() && Character.digit(p[pos], base) >= 0 && p[pos] < 128) {
            value = Math.min(value * base + Character.digit(p[pos], base), 0x80000000L);
            pos++;
            count++;
        }
        if (count < min || value > 0x7ffffffeL) {
            throw error("invalid escape \\ sequence");
        }
        return (int) value;
    }

    /** A bracket expression (after '['), written as a Java character class. */
    private void bracket(StringBuilder target) {
        StringBuilder items = new StringBuilder();
        boolean negate = false;
        if (!atEnd() && p[pos] == '^') {
            negate = true;
            pos++;
        }
        boolean first = true;
        while (true) {
            if (atEnd()) {
                throw error("brackets [] not balanced");
            }
            int c = p[pos];
            if (c == ']' && !first) {
                pos++;
                break;
            }
            if (c == '-' && !first && !(pos + 1 < p.length && p[pos + 1] == ']')) {
                throw error("invalid character range");
            }
            first = false;
            Object start = bracketElement();
            if (start instanceof String set) {
                if (!atEnd() && p[pos] == '-' && pos + 1 < p.length && p[pos + 1] != ']') {
                    throw error("invalid character range");
                }
                items.append(set);
                continue;
            }
            int low = (Integer) start;
            if (!atEnd() && p[pos] == '-' && pos + 1 < p.length && p[pos + 1] != ']') {
                pos++;
                if (atEnd()) {
                    throw error("brackets [] not balanced");
                }
                Object end = bracketElement();
                if (!(end instanceof Integer high) || high < low) {
                    throw error("invalid character range");
                }
                literal(items, low);
                items.append('-');
                literal(items, high);
            } else {
                literal(items, low);
            }
        }
        target.append(negate ? "[^" : "[").append(items);
        if (negate && flags.newlineStop()) {
            target.append("\\n");
        }
        target.append(']');
    }

    /** One element inside brackets: a character (Integer) or a set (String, Java class syntax). */
    private Object bracketElement() {
        int c = p[pos];
        if (c == '[' && pos + 1 < p.length && (p[pos + 1] == '.' || p[pos + 1] == '=' || p[pos + 1] == ':')) {
            int kind = p[pos + 1];
            pos += 2;
            int start = pos;
            while (pos + 1 < p.length && !(p[pos] == kind && p[pos + 1] == ']')) {
                pos++;
            }
            if (pos + 1 >= p.length) {
                throw error("brackets [] not balanced");
            }
            String name = new String(p, start, pos - start);
            pos += 2;
            if (kind == ':') {
                String lower = name;
                if (flags.ignoreCase() && (lower.equals("upper") || lower.equals("lower"))) {
                    lower = "alpha";
                }
                String set = CLASSES.get(lower);
                if (set == null) {
                    throw error("invalid character class");
                }
                return set;
            }
            int[] cps = name.codePoints().toArray();
            if (cps.length == 1) {
                return cps[0];
            }
            Integer named = NAMED.get(name);
            if (named == null) {
                throw error("invalid collating element");
            }
            return named;
        }
        pos++;
        if (c == '\\' && advanced()) {
            if (atEnd()) {
                throw error("invalid escape \\ sequence");
            }
            int e = p[pos++];
            switch (e) {
                case 'd', 's', 'w' -> {
                    return shorthand(e);
                }
                case 'D', 'S', 'W' -> {
                    return "[^" + shorthand(Character.toLowerCase(e)) + "]";
                }
                default -> {
                }
            }
            if (e >= '1' && e <= '9') {
                int save = pos;
                pos--;
                int value = digits(10, 1, 3);
                if (pos == save || value <= groups) {
                    throw error("invalid escape \\ sequence");
                }
                pos = save;
                e = '0';
            }
            if (e == 'A' || e == 'Z' || e == 'm' || e == 'M' || e == 'y' || e == 'Y') {
                throw error("invalid escape \\ sequence");
            }
            return characterEntry(e);
        }
        return c;
    }

    /** A literal character in Java syntax (inside or outside a class). */
    static void literal(StringBuilder out, int c) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
            out.append((char) c);
        } else if (c > 0x10ffff) {
            out.append("(?!)");
        } else {
            out.append("\\x{").append(Integer.toHexString(c).toLowerCase(Locale.ROOT)).append('}');
        }
    }
}
