package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Casts;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import io.opendsql.sql.types.TypeIo;

/**
 * format(formatstr, VARIADIC "any") as text_format in varlena.c: {@code %s}, {@code %I} and
 * {@code %L} conversions with optional argument positions ({@code %2$s}), the {@code -} flag and
 * widths, direct or taken from an argument ({@code %*s}, {@code %*3$s}); {@code %%} is a percent sign.
 */
final class TextFormat {
    private TextFormat() {
    }

    private static DsqlException error(String message) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, message);
    }

    private static DsqlException unterminated() {
        return error("unterminated format() type specifier").hint("For a single \"%\" use \"%%\".");
    }

    /** The values after the format string, with their types (an unknown literal is its text). */
    static String format(FunctionDef.Arguments a) {
        String fmt = (String) a.get(0);
        if (fmt == null) {
            return null;
        }
        int nargs = a.values().length;
        StringBuilder out = new StringBuilder();
        int[] cps = fmt.codePoints().toArray();
        int arg = 1;
        for (int cp = 0; cp < cps.length; cp++) {
            if (cps[cp] != '%') {
                out.appendCodePoint(cps[cp]);
                continue;
            }
            cp = advance(cp, cps);
            if (cps[cp] == '%') {
                out.append('%');
                continue;
            }
            // [argpos$][flags][width]type
            int argPosition = -1;
            int widthPosition = -1;
            boolean minus = false;
            int width = 0;
            long[] number = new long[1];
            int next = digits(cps, cp, number);
            boolean done = false;
            if (next != cp) {
                cp = next;
                if (cps[cp] != '$') {
                    width = (int) number[0];
                    done = true;
                } else {
                    argPosition = (int) number[0];
                    if (argPosition == 0) {
                        throw error("format specifies argument 0, but arguments are numbered from 1");
                    }
                    cp = advance(cp, cps);
                }
            }
            if (!done) {
                while (cps[cp] == '-') {
                    minus = true;
                    cp = advance(cp, cps);
                }
                if (cps[cp] == '*') {
                    cp = advance(cp, cps);
                    next = digits(cps, cp, number);
                    if (next != cp) {
                        cp = next;
                        if (cps[cp] != '$') {
                            throw error("width argument position must be ended by \"$\"");
                        }
                        widthPosition = (int) number[0];
                        if (widthPosition == 0) {
                            throw error("format specifies argument 0, but arguments are numbered from 1");
                        }
                        cp = advance(cp, cps);
                    } else {
                        widthPosition = 0;
                    }
                } else {
                    next = digits(cps, cp, number);
                    if (next != cp) {
                        cp = next;
                        width = (int) number[0];
                    }
                }
            }
            int conversion = cps[cp];
            if (conversion != 's' && conversion != 'I' && conversion != 'L') {
                throw error(String.format("unrecognized format() type specifier \"%s\"",
                        Character.toString(conversion))).hint("For a single \"%\" use \"%%\".");
            }
            if (widthPosition >= 0) {
                if (widthPosition > 0) {
                    arg = widthPosition;
                }
                if (arg >= nargs) {
                    throw error("too few arguments for format()");
                }
                width = widthValue(a, arg);
                arg++;
            }
            if (argPosition > 0) {
                arg = argPosition;
            }
            if (arg >= nargs) {
                throw error("too few arguments for format()");
            }
            convert(out, conversion, a, arg, minus, width);
            arg++;
        }
        return out.toString();
    }

    /** ADVANCE_PARSE_POINTER: the next position, which must exist. */
    private static int advance(int cp, int[] cps) {
        if (cp + 1 >= cps.length) {
            throw unterminated();
        }
        return cp + 1;
    }

    /** text_format_parse_digits: the end of a run of digits (its value in {@code value[0]}). */
    private static int digits(int[] cps, int cp, long[] value) {
        long n = 0;
        int i = cp;
        while (cps[i] >= '0' && cps[i] <= '9') {
            n = n * 10 + (cps[i] - '0');
            if (n > Integer.MAX_VALUE) {
                throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "number is out of range");
            }
            i = advance(i, cps);
        }
        value[0] = n;
        return i;
    }

    /** A width argument: NULL is 0, integers directly, other types through their text. */
    private static int widthValue(FunctionDef.Arguments a, int arg) {
        Object value = a.get(arg);
        PgType type = a.types()[arg];
        if (value == null) {
            return 0;
        }
        if (type == PgType.INT4) {
            return (Integer) value;
        }
        if (type == PgType.INT2) {
            return (Short) value;
        }
        return (Integer) TypeIo.parse(SqlType.of(PgType.INT4), text(a, arg), a.context().types());
    }

    private static String text(FunctionDef.Arguments a, int arg) {
        return TypeIo.format(a.types()[arg], a.get(arg), a.context().types());
    }

    private static void convert(StringBuilder out, int conversion, FunctionDef.Arguments a, int arg, boolean minus,
                                int width) {
        Object value = a.get(arg);
        if (value == null) {
            switch (conversion) {
                case 's' -> append(out, "", minus, width);
                case 'L' -> append(out, "NULL", minus, width);
                default -> throw DsqlException.of(SqlState.NULL_VALUE_NOT_ALLOWED,
                        "null values cannot be formatted as an SQL identifier");
            }
            return;
        }
        String text = text(a, arg);
        switch (conversion) {
            case 'I' -> append(out, Quoting.identifier(text), minus, width);
            case 'L' -> append(out, Quoting.literal(text), minus, width);
            default -> append(out, text, minus, width);
        }
    }

    /** text_format_append_string: padded to the width in characters, left-aligned for '-' or a negative width. */
    private static void append(StringBuilder out, String text, boolean minus, int width) {
        if (width == 0) {
            out.append(text);
            return;
        }
        boolean left = minus;
        if (width < 0) {
            if (width == Integer.MIN_VALUE) {
                throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "number is out of range");
            }
            left = true;
            width = -width;
        }
        int length = text.codePointCount(0, text.length());
        String padding = length < width ? " ".repeat(width - length) : "";
        if (left) {
            out.append(text).append(padding);
        } else {
            out.append(padding).append(text);
        }
    }

    /** quote_literal(anyelement) and quote_nullable(anyelement): the value cast to text, then quoted. */
    static String quoteValue(FunctionDef.Arguments a) {
        String text = (String) Casts.cast(a.get(0), a.types()[0], SqlType.of(PgType.TEXT), a.context().types(), true);
        return Quoting.literal(text);
    }
}
