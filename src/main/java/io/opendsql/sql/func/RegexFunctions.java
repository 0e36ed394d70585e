package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TEXT_ARRAY;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.types.PgArray;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/**
 * The regular expression operators ({@code ~ ~* !~ !~*}) and functions of regexp.c: regexp_like,
 * regexp_match, regexp_replace, regexp_count, regexp_instr, regexp_substr, regexp_split_to_array,
 * substring(text FROM pattern) and the SQL-regex helpers of SIMILAR TO. Positions and counts are in
 * characters (code points), as PostgreSQL counts them.
 */
final class RegexFunctions {
    private RegexFunctions() {
    }

    private static String s(FunctionDef.Arguments a, int i) {
        return (String) a.get(i);
    }

    private static int i(FunctionDef.Arguments a, int index) {
        return (Integer) a.get(index);
    }

    private static SessionContext session(FunctionDef.Arguments a) {
        return a.context() == null ? null : a.context().session();
    }

    static void register(Registry ops, Registry f) {
        ops.add("~", List.of(TEXT, TEXT), BOOL, a -> like(a, RegexFlags.DEFAULT));
        ops.add("~*", List.of(TEXT, TEXT), BOOL, a -> like(a, RegexFlags.IGNORE_CASE));
        ops.add("!~", List.of(TEXT, TEXT), BOOL, a -> !like(a, RegexFlags.DEFAULT));
        ops.add("!~*", List.of(TEXT, TEXT), BOOL, a -> !like(a, RegexFlags.IGNORE_CASE));
        f.add("textregexeq", List.of(TEXT, TEXT), BOOL, a -> like(a, RegexFlags.DEFAULT));
        f.add("regexp_like", List.of(TEXT, TEXT), BOOL, a -> like(a, RegexFlags.DEFAULT));
        f.add("regexp_like", List.of(TEXT, TEXT, TEXT), BOOL, a -> {
            RegexFlags flags = RegexFlags.parse(s(a, 2));
            RegexFlags.rejectGlobal(flags, "regexp_like()");
            return like(a, flags);
        });
        f.add("regexp_match", List.of(TEXT, TEXT), TEXT_ARRAY, a -> match(a, RegexFlags.DEFAULT));
        f.add("regexp_match", List.of(TEXT, TEXT, TEXT), TEXT_ARRAY, a -> {
            RegexFlags flags = RegexFlags.parse(s(a, 2));
            if (flags.global()) {
                throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                        "regexp_match() does not support the \"global\" option")
                        .hint("Use the regexp_matches function instead.");
            }
            return match(a, flags);
        });
        f.add("regexp_replace", List.of(TEXT, TEXT, TEXT), TEXT,
                a -> replace(a, RegexFlags.DEFAULT, 0, 1));
        f.add("regexp_replace", List.of(TEXT, TEXT, TEXT, TEXT), TEXT, a -> {
            String options = s(a, 3);
            if (!options.isEmpty() && options.charAt(0) >= '0' && options.charAt(0) <= '9') {
                throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid regular expression option: \"%s\"",
                        Character.toString(options.codePointAt(0)))
                        .hint("If you meant to use regexp_replace() with a start parameter, cast the fourth "
                                + "argument to integer explicitly.");
            }
            RegexFlags flags = RegexFlags.parse(options);
            return replace(a, flags, 0, flags.global() ? 0 : 1);
        });
        f.add("regexp_replace", List.of(TEXT, TEXT, TEXT, INT4), TEXT,
                a -> replace(a, RegexFlags.DEFAULT, positive(i(a, 3), "start") - 1, 1));
        f.add("regexp_replace", List.of(TEXT, TEXT, TEXT, INT4, INT4), TEXT,
                a -> replace(a, RegexFlags.DEFAULT, positive(i(a, 3), "start") - 1, nonNegative(i(a, 4), "n")));
        f.add("regexp_replace", List.of(TEXT, TEXT, TEXT, INT4, INT4, TEXT), TEXT, a -> {
            int start = positive(i(a, 3), "start");
            int n = nonNegative(i(a, 4), "n");
            return replace(a, RegexFlags.parse(s(a, 5)), start - 1, n);
        });
        f.add("regexp_count", List.of(TEXT, TEXT), INT4, a -> count(a, 1, null));
        f.add("regexp_count", List.of(TEXT, TEXT, INT4), INT4, a -> count(a, positive(i(a, 2), "start"), null));
        f.add("regexp_count", List.of(TEXT, TEXT, INT4, TEXT), INT4,
                a -> count(a, positive(i(a, 2), "start"), s(a, 3)));
        for (int arity = 2; arity <= 7; arity++) {
            List<PgType> args = new ArrayList<>(List.of(TEXT, TEXT, INT4, INT4, INT4, TEXT, INT4).subList(0, arity));
            f.add("regexp_instr", args, INT4, RegexFunctions::instr);
        }
        for (int arity = 2; arity <= 6; arity++) {
            List<PgType> args = new ArrayList<>(List.of(TEXT, TEXT, INT4, INT4, TEXT, INT4).subList(0, arity));
            f.add("regexp_substr", args, TEXT, RegexFunctions::substr);
        }
        f.add("regexp_split_to_array", List.of(TEXT, TEXT), TEXT_ARRAY, a -> split(a, RegexFlags.DEFAULT));
        f.add("regexp_split_to_array", List.of(TEXT, TEXT, TEXT), TEXT_ARRAY, a -> {
            RegexFlags flags = RegexFlags.parse(s(a, 2));
            RegexFlags.rejectGlobal(flags, "regexp_split_to_array()");
            return split(a, flags);
        });
        f.add("substring", List.of(TEXT, TEXT), TEXT, a -> substring(a, s(a, 1)));
        f.add("substring", List.of(TEXT, TEXT, TEXT), TEXT,
                a -> substring(a, SimilarEscape.translate(s(a, 1), s(a, 2))));
        f.add("similar_to_escape", List.of(TEXT), TEXT, a -> SimilarEscape.translate(s(a, 0), "\\"));
        f.add("similar_to_escape", List.of(TEXT, TEXT), TEXT, a -> SimilarEscape.translate(s(a, 0), s(a, 1)));
        f.add(new FunctionDef("similar_escape", List.of(TEXT, TEXT), TEXT, false, a -> a.get(0) == null ? null
                : SimilarEscape.translate(s(a, 0), a.get(1) == null ? "\\" : s(a, 1))));
    }

    private static int positive(int value, String parameter) {
        if (value <= 0) {
            throw invalidParameter(parameter, value);
        }
        return value;
    }

    private static int nonNegative(int value, String parameter) {
        if (value < 0) {
            throw invalidParameter(parameter, value);
        }
        return value;
    }

    private static DsqlException invalidParameter(String parameter, int value) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": %d", parameter,
                value);
    }

    private static boolean like(FunctionDef.Arguments a, RegexFlags flags) {
        return PgRegex.compile(s(a, 1), flags).matches(s(a, 0), session(a));
    }

    /** regexp_match: the groups (or the whole match when there are none) of the first match. */
    private static PgArray match(FunctionDef.Arguments a, RegexFlags flags) {
        String text = s(a, 0);
        PgRegex regex = PgRegex.compile(s(a, 1), flags);
        PgRegex.Match m = regex.search(text, 0, session(a));
        if (m == null) {
            return null;
        }
        List<Object> parts = new ArrayList<>();
        if (regex.groups() == 0) {
            parts.add(text.substring(m.start(), m.end()));
        } else {
            for (int g = 1; g <= regex.groups(); g++) {
                parts.add(m.starts()[g] < 0 ? null : text.substring(m.starts()[g], m.ends()[g]));
            }
        }
        return PgArray.of(parts);
    }

    /** textregexsubstr: the first group's match when there are groups, else the whole match. */
    private static String substring(FunctionDef.Arguments a, String pattern) {
        String text = s(a, 0);
        PgRegex regex = PgRegex.compile(pattern, RegexFlags.DEFAULT);
        PgRegex.Match m = regex.search(text, 0, session(a));
        if (m == null) {
            return null;
        }
        int g = regex.groups() > 0 ? 1 : 0;
        return m.starts()[g] < 0 ? null : text.substring(m.starts()[g], m.ends()[g]);
    }

    /**
     * replace_text_regexp: replaces the {@code n}th match at or after character {@code start}, or
     * every one when {@code n} is 0.
     */
    private static String replace(FunctionDef.Arguments a, RegexFlags flags, int start, int n) {
        String text = s(a, 0);
        String replacement = s(a, 2);
        PgRegex regex = PgRegex.compile(s(a, 1), flags);
        int length = text.codePointCount(0, text.length());
        if (start > length) {
            return text;
        }
        int search = text.offsetByCodePoints(0, start);
        PgRegex.Budget budget = new PgRegex.Budget();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        int count = 0;
        while (search <= text.length()) {
            PgRegex.Match m = regex.search(text, search, session(a), budget);
            if (m == null) {
                break;
            }
            count++;
            if (n > 0 && count != n) {
                search = next(text, m);
                continue;
            }
            out.append(text, copied, m.start());
            substitute(out, text, replacement, m);
            copied = m.end();
            if (n > 0) {
                break;
            }
            search = next(text, m);
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /** Where the next search starts: the match's end, one character further after an empty match. */
    private static int next(String text, PgRegex.Match m) {
        if (m.start() != m.end()) {
            return m.end();
        }
        return m.end() < text.length() ? text.offsetByCodePoints(m.end(), 1) : m.end() + 1;
    }

    /** The replacement with \1..\9 (a group, empty if unmatched), \& (the match) and \\ substituted. */
    private static void substitute(StringBuilder out, String text, String replacement, PgRegex.Match m) {
        for (int i = 0; i < replacement.length(); i++) {
            char c = replacement.charAt(i);
            if (c != '\\') {
                out.append(c);
                continue;
            }
            if (i + 1 >= replacement.length()) {
                out.append('\\');
                break;
            }
            char next = replacement.charAt(i + 1);
            if (next >= '1' && next <= '9') {
                int g = next - '0';
                if (g < m.starts().length && m.starts()[g] >= 0) {
                    out.append(text, m.starts()[g], m.ends()[g]);
                }
                i++;
            } else if (next == '&') {
                out.append(text, m.start(), m.end());
                i++;
            } else if (next == '\\') {
                out.append('\\');
                i++;
            } else {
                out.append('\\');
            }
        }
    }

    /** setup_regexp_matches: every match from character {@code start} on. */
    private static List<PgRegex.Match> all(String text, PgRegex regex, int start, boolean ignoreDegenerate,
                                           SessionContext session) {
        List<PgRegex.Match> matches = new ArrayList<>();
        int length = text.codePointCount(0, text.length());
        if (start > length) {
            return matches;
        }
        int search = text.offsetByCodePoints(0, start);
        int previousEnd = 0;
        PgRegex.Budget budget = new PgRegex.Budget();
        while (true) {
            PgRegex.Match m = regex.search(text, search, session, budget);
            if (m == null) {
                break;
            }
            if (!ignoreDegenerate || (m.start() < text.length() && m.end() > previousEnd)) {
                matches.add(m);
            }
            previousEnd = m.end();
            search = next(text, m);
            if (search > text.length()) {
                break;
            }
        }
        return matches;
    }

    private static int count(FunctionDef.Arguments a, int start, String options) {
        RegexFlags flags = RegexFlags.parse(options);
        RegexFlags.rejectGlobal(flags, "regexp_count()");
        return all(s(a, 0), PgRegex.compile(s(a, 1), flags), start - 1, false, session(a)).size();
    }

    /** Arguments of regexp_instr and regexp_substr beyond the pattern, with their checks. */
    private record Selection(int start, int n, int endOption, RegexFlags flags, int subexpression) {
    }

    private static int instr(FunctionDef.Arguments a) {
        int arity = a.values().length;
        int start = arity > 2 ? positive(i(a, 2), "start") : 1;
        int n = arity > 3 ? positive(i(a, 3), "n") : 1;
        int endOption = arity > 4 ? i(a, 4) : 0;
        if (endOption != 0 && endOption != 1) {
            throw invalidParameter("endoption", endOption);
        }
        int subexpression = arity > 6 ? nonNegative(i(a, 6), "subexpr") : 0;
        RegexFlags flags = RegexFlags.parse(arity > 5 ? s(a, 5) : null);
        RegexFlags.rejectGlobal(flags, "regexp_instr()");
        int[] located = locate(a, new Selection(start, n, endOption, flags, subexpression));
        if (located == null) {
            return 0;
        }
        int position = located[endOption];
        return position < 0 ? 0 : s(a, 0).codePointCount(0, position) + 1;
    }

    private static String substr(FunctionDef.Arguments a) {
        int arity = a.values().length;
        int start = arity > 2 ? positive(i(a, 2), "start") : 1;
        int n = arity > 3 ? positive(i(a, 3), "n") : 1;
        int subexpression = arity > 5 ? nonNegative(i(a, 5), "subexpr") : 0;
        RegexFlags flags = RegexFlags.parse(arity > 4 ? s(a, 4) : null);
        RegexFlags.rejectGlobal(flags, "regexp_substr()");
        int[] located = locate(a, new Selection(start, n, 0, flags, subexpression));
        if (located == null || located[0] < 0 || located[1] < 0) {
            return null;
        }
        return s(a, 0).substring(located[0], located[1]);
    }

    /**
     * The start and end (UTF-16 indexes) that regexp_instr and regexp_substr report: the n-th
     * match, or its group {@code subexpression}; a pattern without groups reports the whole match
     * for subexpression 1, as PostgreSQL's match_locs does. Null when there is no such match.
     */
    private static int[] locate(FunctionDef.Arguments a, Selection selection) {
        String text = s(a, 0);
        PgRegex regex = PgRegex.compile(s(a, 1), selection.flags());
        List<PgRegex.Match> matches = all(text, regex, selection.start() - 1, false, session(a));
        int patterns = selection.subexpression() > 0 && regex.groups() > 0 ? regex.groups() : 1;
        if (selection.n() > matches.size() || selection.subexpression() > patterns) {
            return null;
        }
        PgRegex.Match m = matches.get(selection.n() - 1);
        int g = selection.subexpression() > 0 && regex.groups() > 0 ? selection.subexpression() : 0;
        return new int[] {m.starts()[g], m.ends()[g]};
    }

    /** regexp_split_to_array: the text between matches, ignoring empty matches at the edges or after a match. */
    private static PgArray split(FunctionDef.Arguments a, RegexFlags flags) {
        String text = s(a, 0);
        List<PgRegex.Match> matches = all(text, PgRegex.compile(s(a, 1), flags), 0, true, session(a));
        List<Object> parts = new ArrayList<>();
        int from = 0;
        for (PgRegex.Match m : matches) {
            parts.add(text.substring(from, m.start()));
            from = m.end();
        }
        parts.add(text.substring(from));
        return PgArray.of(parts);
    }
}
