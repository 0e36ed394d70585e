package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;

/**
 * The option letters of PostgreSQL's regular expression functions (parse_re_flags in regexp.c):
 * {@code b c e i m n p q s t w x} and, for some functions, {@code g}.
 *
 * @param flavor   ARE (advanced, the default), ERE ({@code e}), BRE ({@code b}) or QUOTE ({@code q}, literal)
 * @param newlineStop {@code .} and {@code [^...]} do not match a newline ({@code n}, {@code p})
 * @param newlineAnchor {@code ^} and {@code $} match at line ends too ({@code n}, {@code w})
 */
record RegexFlags(Flavor flavor, boolean ignoreCase, boolean newlineStop, boolean newlineAnchor, boolean expanded,
                  boolean global) {

    enum Flavor { ADVANCED, EXTENDED, BASIC, QUOTE }

    static final RegexFlags DEFAULT = new RegexFlags(Flavor.ADVANCED, false, false, false, false, false);
    static final RegexFlags IGNORE_CASE = DEFAULT.withIgnoreCase(true);

    RegexFlags withIgnoreCase(boolean on) {
        return new RegexFlags(flavor, on, newlineStop, newlineAnchor, expanded, global);
    }

    /** Reads an options string; {@code null} means none. */
    static RegexFlags parse(String options) {
        RegexFlags f = DEFAULT;
        if (options == null) {
            return f;
        }
        int[] cps = options.codePoints().toArray();
        for (int cp : cps) {
            f = switch (cp) {
                case 'g' -> new RegexFlags(f.flavor, f.ignoreCase, f.newlineStop, f.newlineAnchor, f.expanded, true);
                default -> {
                    RegexFlags next = f.apply(cp, false);
                    if (next == null) {
                        throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                                "invalid regular expression option: \"%s\"", Character.toString(cp));
                    }
                    yield next;
                }
            };
        }
        return f;
    }

    /**
     * One option letter as parse_re_flags applies it, or, when {@code embedded}, as an embedded
     * {@code (?...)} option does; null if unknown. As an option argument {@code e} clears the ARE bits
     * together with the ERE one, so PostgreSQL reads the pattern as a BRE; embedded, it means ERE.
     */
    RegexFlags apply(int letter, boolean embedded) {
        return switch (letter) {
            case 'b' -> new RegexFlags(Flavor.BASIC, ignoreCase, newlineStop, newlineAnchor, expanded, global);
            case 'c' -> new RegexFlags(flavor, false, newlineStop, newlineAnchor, expanded, global);
            case 'e' -> new RegexFlags(embedded ? Flavor.EXTENDED : Flavor.BASIC, ignoreCase, newlineStop,
                    newlineAnchor, expanded, global);
            case 'i' -> new RegexFlags(flavor, true, newlineStop, newlineAnchor, expanded, global);
            case 'm', 'n' -> new RegexFlags(flavor, ignoreCase, true, true, expanded, global);
            case 'p' -> new RegexFlags(flavor, ignoreCase, true, false, expanded, global);
            case 'q' -> new RegexFlags(Flavor.QUOTE, ignoreCase, newlineStop, newlineAnchor, expanded, global);
            case 's' -> new RegexFlags(flavor, ignoreCase, false, false, expanded, global);
            case 't' -> new RegexFlags(flavor, ignoreCase, newlineStop, newlineAnchor, false, global);
            case 'w' -> new RegexFlags(flavor, ignoreCase, false, true, expanded, global);
            case 'x' -> new RegexFlags(flavor, ignoreCase, newlineStop, newlineAnchor, true, global);
            default -> null;
        };
    }

    /** The 22023 error of functions that find all matches themselves. */
    static void rejectGlobal(RegexFlags flags, String function) {
        if (flags.global()) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "%s does not support the \"global\" option",
                    function);
        }
    }
}
