package io.opendsql.sql.func;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.Numeric;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;

/**
 * to_char for numbers and to_number, as formatting.c's NUM_ functions do them: the picture's
 * digits (9, 0), decimal point (. D), group separators (, G), signs (S MI PL SG PR), FM, V, EEEE,
 * RN and TH, in the C locale (decimal point ".", group separator ",", currency symbol " ").
 */
final class NumberFormat {
    private NumberFormat() {
    }

    private static final int F_DECIMAL = 1 << 1;
    private static final int F_LDECIMAL = 1 << 2;
    private static final int F_ZERO = 1 << 3;
    private static final int F_BLANK = 1 << 4;
    private static final int F_FILLMODE = 1 << 5;
    private static final int F_LSIGN = 1 << 6;
    private static final int F_BRACKET = 1 << 7;
    private static final int F_MINUS = 1 << 8;
    private static final int F_PLUS = 1 << 9;
    private static final int F_ROMAN = 1 << 10;
    private static final int F_MULTI = 1 << 11;
    private static final int F_PLUS_POST = 1 << 12;
    private static final int F_MINUS_POST = 1 << 13;
    private static final int F_EEEE = 1 << 14;

    private static final int LSIGN_PRE = -1;
    private static final int LSIGN_POST = 1;
    private static final int LSIGN_NONE = 0;

    private static final String DECIMAL = ".";
    private static final String THOUSANDS = ",";
    private static final String CURRENCY = " ";
    private static final String NEGATIVE = "-";
    private static final String POSITIVE = "+";

    /** NUMDesc: what the picture asks for. */
    private static final class Desc {
        int pre;
        int post;
        int lsign;
        int flag;
        int preLsignNum;
        int multi;
        int zeroStart;
        int zeroEnd;

        boolean is(int f) {
            return (flag & f) != 0;
        }
    }

    private static DsqlException syntax(String message) {
        return DsqlException.of(SqlState.SYNTAX_ERROR, message);
    }

    /** The NUM keyword's identity: lower-case variants share one, except rn/th, which print lower case. */
    private static String id(String keyword) {
        return switch (keyword) {
            case "rn", "th" -> keyword;
            default -> keyword.toUpperCase(java.util.Locale.ROOT);
        };
    }

    /** NUMDesc_prepare over the whole picture. */
    private static Desc prepare(List<FormatPicture.Node> nodes) {
        Desc num = new Desc();
        for (FormatPicture.Node n : nodes) {
            if (!n.isKeyword()) {
                continue;
            }
            String id = id(n.keyword());
            if (num.is(F_EEEE) && !id.equals("EEEE")) {
                throw syntax("\"EEEE\" must be the last pattern used");
            }
            switch (id) {
                case "9" -> {
                    if (num.is(F_BRACKET)) {
                        throw syntax("\"9\" must be ahead of \"PR\"");
                    }
                    if (num.is(F_MULTI)) {
                        num.multi++;
                    } else if (num.is(F_DECIMAL)) {
                        num.post++;
                    } else {
                        num.pre++;
                    }
                }
                case "0" -> {
                    if (num.is(F_BRACKET)) {
                        throw syntax("\"0\" must be ahead of \"PR\"");
                    }
                    if (!num.is(F_ZERO) && !num.is(F_DECIMAL)) {
                        num.flag |= F_ZERO;
                        num.zeroStart = num.pre + 1;
                    }
                    if (!num.is(F_DECIMAL)) {
                        num.pre++;
                    } else {
                        num.post++;
                    }
                    num.zeroEnd = num.pre + num.post;
                }
                case "B" -> {
                    if (num.pre == 0 && num.post == 0 && !num.is(F_ZERO)) {
                        num.flag |= F_BLANK;
                    }
                }
                case "D", "." -> {
                    if (id.equals("D")) {
                        num.flag |= F_LDECIMAL;
                    }
                    if (num.is(F_DECIMAL)) {
                        throw syntax("multiple decimal points");
                    }
                    if (num.is(F_MULTI)) {
                        throw syntax("cannot use \"V\" and decimal point together");
                    }
                    num.flag |= F_DECIMAL;
                }
                case "FM" -> num.flag |= F_FILLMODE;
                case "S" -> {
                    if (num.is(F_LSIGN)) {
                        throw syntax("cannot use \"S\" twice");
                    }
                    if (num.is(F_PLUS) || num.is(F_MINUS) || num.is(F_BRACKET)) {
                        throw syntax("cannot use \"S\" and \"PL\"/\"MI\"/\"SG\"/\"PR\" together");
                    }
                    if (!num.is(F_DECIMAL)) {
                        num.lsign = LSIGN_PRE;
                        num.preLsignNum = num.pre;
                        num.flag |= F_LSIGN;
                    } else if (num.lsign == LSIGN_NONE) {
                        num.lsign = LSIGN_POST;
                        num.flag |= F_LSIGN;
                    }
                }
                case "MI" -> {
                    if (num.is(F_LSIGN)) {
                        throw syntax("cannot use \"S\" and \"MI\" together");
                    }
                    num.flag |= F_MINUS;
                    if (num.is(F_DECIMAL)) {
                        num.flag |= F_MINUS_POST;
                    }
                }
                case "PL" -> {
                    if (num.is(F_LSIGN)) {
                        throw syntax("cannot use \"S\" and \"PL\" together");
                    }
                    num.flag |= F_PLUS;
                    if (num.is(F_DECIMAL)) {
                        num.flag |= F_PLUS_POST;
                    }
                }
                case "SG" -> {
                    if (num.is(F_LSIGN)) {
                        throw syntax("cannot use \"S\" and \"SG\" together");
                    }
                    num.flag |= F_MINUS | F_PLUS;
                }
                case "PR" -> {
                    if (num.is(F_LSIGN) || num.is(F_PLUS) || num.is(F_MINUS)) {
                        throw syntax("cannot use \"PR\" and \"S\"/\"PL\"/\"MI\"/\"SG\" together");
                    }
                    num.flag |= F_BRACKET;
                }
                case "RN", "rn" -> num.flag |= F_ROMAN;
                case "V" -> {
                    if (num.is(F_DECIMAL)) {
                        throw syntax("cannot use \"V\" and decimal point together");
                    }
                    num.flag |= F_MULTI;
                }
                case "EEEE" -> {
                    if (num.is(F_EEEE)) {
                        throw syntax("cannot use \"EEEE\" twice");
                    }
                    if (num.is(F_BLANK) || num.is(F_FILLMODE) || num.is(F_LSIGN) || num.is(F_BRACKET)
                            || num.is(F_MINUS) || num.is(F_PLUS) || num.is(F_ROMAN) || num.is(F_MULTI)) {
                        throw syntax("\"EEEE\" is incompatible with other formats").detail(
                                "\"EEEE\" may only be used together with digit and decimal point patterns.");
                    }
                    num.flag |= F_EEEE;
                }
                default -> {
                }
            }
        }
        return num;
    }

    // ---- to_char ----

    /** What the type-specific part hands to NUM_processor. */
    private record Prepared(String number, int preSpaces, char sign) {
    }

    static String format(Object value, io.opendsql.sql.types.PgType type, String pattern) {
        if (pattern.isEmpty()) {
            return "";
        }
        List<FormatPicture.Node> nodes = FormatPicture.parseNumber(pattern);
        Desc num = prepare(nodes);
        Prepared prepared = switch (type) {
            case INT2, INT4 -> integer(((Number) value).intValue(), num);
            case INT8 -> bigint((Long) value, num);
            case NUMERIC -> numeric((Numeric) value, num);
            case FLOAT4 -> floating((Float) value, num, 6);
            default -> floating((Double) value, num, 15);
        };
        return process(nodes, num, prepared.number(), prepared.preSpaces(), prepared.sign());
    }

    private static String hashes(Desc num) {
        StringBuilder out = new StringBuilder("#".repeat(num.pre + num.post + 1));
        out.setCharAt(num.pre, '.');
        return out.toString();
    }

    /** Pads the digits before the point, or replaces everything by '#' when they do not fit. */
    private static Prepared fit(String digits, char sign, Desc num) {
        int dot = digits.indexOf('.');
        int preLength = dot >= 0 ? dot : digits.length();
        if (preLength < num.pre) {
            return new Prepared(digits, num.pre - preLength, sign);
        }
        if (preLength > num.pre) {
            return new Prepared(hashes(num), 0, sign);
        }
        return new Prepared(digits, 0, sign);
    }

    private static Prepared integer(int value, Desc num) {
        if (num.is(F_ROMAN)) {
            return new Prepared(roman(value), 0, '\0');
        }
        if (num.is(F_EEEE)) {
            return new Prepared(scientific(new BigDecimal(value), num.post), 0, '\0');
        }
        String text;
        if (num.is(F_MULTI)) {
            text = Integer.toString(value * (int) Math.pow(10, num.multi));
            num.pre += num.multi;
        } else {
            text = Integer.toString(value);
        }
        return integerDigits(text, num);
    }

    private static Prepared bigint(long value, Desc num) {
        if (num.is(F_ROMAN)) {
            return new Prepared(roman((int) value), 0, '\0');
        }
        if (num.is(F_EEEE)) {
            return new Prepared(numericScientific(new BigDecimal(value), num.post), 0, '\0');
        }
        if (num.is(F_MULTI)) {
            long multiplier = (long) Math.pow(10, num.multi);
            try {
                value = Math.multiplyExact(value, multiplier);
            } catch (ArithmeticException e) {
                throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
            }
            num.pre += num.multi;
        }
        return integerDigits(Long.toString(value), num);
    }

    private static Prepared integerDigits(String text, Desc num) {
        char sign = '+';
        if (text.startsWith("-")) {
            sign = '-';
            text = text.substring(1);
        }
        int preLength = text.length();
        String digits = num.post > 0 ? text + "." + "0".repeat(num.post) : text;
        if (preLength < num.pre) {
            return new Prepared(digits, num.pre - preLength, sign);
        }
        if (preLength > num.pre) {
            return new Prepared(hashes(num), 0, sign);
        }
        return new Prepared(digits, 0, sign);
    }

    private static Prepared numeric(Numeric value, Desc num) {
        if (num.is(F_ROMAN)) {
            if (!value.isFinite()) {
                throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE,
                        value.isNaN() ? "cannot convert NaN to integer" : "cannot convert infinity to integer");
            }
            BigDecimal rounded = value.decimal().setScale(0, RoundingMode.HALF_UP);
            if (rounded.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0
                    || rounded.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) < 0) {
                throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
            }
            return new Prepared(roman(rounded.intValue()), 0, '\0');
        }
        if (num.is(F_EEEE)) {
            if (!value.isFinite()) {
                return new Prepared(specialScientific(num), 0, '\0');
            }
            return new Prepared(numericScientific(value.decimal(), num.post), 0, '\0');
        }
        String text;
        if (!value.isFinite()) {
            text = value.toString();
        } else {
            BigDecimal v = value.decimal();
            if (num.is(F_MULTI)) {
                v = v.multiply(BigDecimal.TEN.pow(num.multi));
                num.pre += num.multi;
            }
            BigDecimal rounded = v.setScale(Math.max(num.post, 0), RoundingMode.HALF_UP);
            text = rounded.toPlainString();
        }
        char sign = '+';
        if (text.startsWith("-")) {
            sign = '-';
            text = text.substring(1);
        }
        return fit(text, sign, num);
    }

    /** float4_to_char / float8_to_char: printf's %.*f, keeping at most FLT_DIG / DBL_DIG digits. */
    private static Prepared floating(double value, Desc num, int digits) {
        if (num.is(F_ROMAN)) {
            return new Prepared(roman((int) Math.rint(value)), 0, '\0');
        }
        if (num.is(F_EEEE)) {
            if (Double.isNaN(value) || Double.isInfinite(value)) {
                return new Prepared(specialScientific(num), 0, '\0');
            }
            String text = printfE(value, num.post);
            return new Prepared(text.startsWith("+") ? " " + text.substring(1) : text, 0, '\0');
        }
        if (Double.isNaN(value)) {
            return fit("NaN", '+', num);
        }
        if (Double.isInfinite(value)) {
            return new Prepared(hashes(num), 0, value < 0 ? '-' : '+');
        }
        double v = value;
        if (num.is(F_MULTI)) {
            v = value * Math.pow(10, num.multi);
            num.pre += num.multi;
        }
        int preLength = printfF(Math.abs(v), 0).length();
        if (preLength >= digits) {
            num.post = 0;
        } else if (preLength + num.post > digits) {
            num.post = digits - preLength;
        }
        String text = printfF(v, num.post);
        char sign = '+';
        if (text.startsWith("-")) {
            sign = '-';
            text = text.substring(1);
        }
        return fit(text, sign, num);
    }

    /** The '#' fill EEEE prints for NaN and infinities. */
    private static String specialScientific(Desc num) {
        StringBuilder out = new StringBuilder("#".repeat(num.pre + num.post + 6));
        out.setCharAt(0, ' ');
        out.setCharAt(num.pre + 1, '.');
        return out.toString();
    }

    /** C's printf("%.*f"): the exact binary value rounded half to even. */
    static String printfF(double value, int precision) {
        if (Double.isNaN(value)) {
            return "nan";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "inf" : "-inf";
        }
        BigDecimal exact = new BigDecimal(value).setScale(precision, RoundingMode.HALF_EVEN);
        String text = exact.toPlainString();
        if (exact.signum() == 0 && (value < 0 || (value == 0 && 1 / value < 0))) {
            text = "-" + text;
        }
        return text;
    }

    /** C's printf("%+.*e"). */
    static String printfE(double value, int precision) {
        String sign = value < 0 || (value == 0 && 1 / value < 0) ? "-" : "+";
        double magnitude = Math.abs(value);
        if (magnitude == 0) {
            return sign + (precision > 0 ? "0." + "0".repeat(precision) : "0") + "e+00";
        }
        BigDecimal exact = new BigDecimal(magnitude);
        BigDecimal rounded = exact.round(new MathContext(precision + 1, RoundingMode.HALF_EVEN));
        int exponent = rounded.precision() - rounded.scale() - 1;
        BigDecimal mantissa = rounded.movePointLeft(exponent).setScale(precision, RoundingMode.UNNECESSARY);
        return sign + mantissa.toPlainString() + "e" + (exponent < 0 ? "-" : "+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
    }

    /** int4's EEEE: the value as float8 through %+.*e, with the plus sign as a space. */
    private static String scientific(BigDecimal value, int precision) {
        String text = printfE(value.doubleValue(), precision);
        return text.startsWith("+") ? " " + text.substring(1) : text;
    }

    /**
     * numeric_out_sci: the significand rounded half away from zero to {@code scale} digits (it may
     * round up to 10), then "e" and the exponent with a sign and at least two digits; a space
     * before a positive number.
     */
    private static String numericScientific(BigDecimal value, int scale) {
        int exponent;
        if (value.signum() == 0) {
            exponent = 0;
        } else {
            BigDecimal magnitude = value.abs().stripTrailingZeros();
            exponent = magnitude.precision() - magnitude.scale() - 1;
        }
        BigDecimal significand = value.movePointLeft(exponent).setScale(scale, RoundingMode.HALF_UP);
        String text = significand.toPlainString() + "e" + (exponent < 0 ? "-" : "+")
                + (Math.abs(exponent) < 10 ? "0" : "") + Math.abs(exponent);
        return text.startsWith("-") ? text : " " + text;
    }

    private static final String[] RM1 = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX"};
    private static final String[] RM10 = {"X", "XX", "XXX", "XL", "L", "LX", "LXX", "LXXX", "XC"};
    private static final String[] RM100 = {"C", "CC", "CCC", "CD", "D", "DC", "DCC", "DCCC", "CM"};

    /** int_to_roman: 1 to 3999, otherwise fifteen '#'. */
    static String roman(int number) {
        if (number > 3999 || number < 1) {
            return "#".repeat(15);
        }
        StringBuilder out = new StringBuilder();
        String digits = Integer.toString(number);
        int len = digits.length();
        for (int i = 0; i < digits.length(); i++, len--) {
            int n = digits.charAt(i) - '1';
            if (n < 0) {
                continue;
            }
            if (len > 3) {
                out.append("M".repeat(n + 1));
            } else if (len == 3) {
                out.append(RM100[n]);
            } else if (len == 2) {
                out.append(RM10[n]);
            } else {
                out.append(RM1[n]);
            }
        }
        return out.toString();
    }

    /** get_th: the English ordinal suffix of the number the text ends with. */
    static String ordinal(String number, boolean upper) {
        int len = number.length();
        char last = len == 0 ? ' ' : number.charAt(len - 1);
        if (last < '0' || last > '9') {
            throw DsqlException.of(SqlState.INVALID_TEXT_REPRESENTATION, "\"%s\" is not a number", number);
        }
        if (len > 1 && number.charAt(len - 2) == '1') {
            last = '0';
        }
        String suffix = switch (last) {
            case '1' -> "st";
            case '2' -> "nd";
            case '3' -> "rd";
            default -> "th";
        };
        return upper ? suffix.toUpperCase(java.util.Locale.ROOT) : suffix;
    }

    /** NUM_processor for to_char. */
    private static String process(List<FormatPicture.Node> nodes, Desc num, String number, int preSpaces,
                                  char sign) {
        Processor np = new Processor(num, number);
        if (num.zeroStart != 0) {
            num.zeroStart--;
        }
        if (num.is(F_EEEE)) {
            return number;
        }
        if (num.is(F_ROMAN)) {
            num.lsign = 0;
            num.preLsignNum = 0;
            num.post = 0;
            num.pre = 0;
            preSpaces = 0;
            sign = '\0';
            num.flag = (num.is(F_FILLMODE) ? F_FILLMODE : 0) | F_ROMAN;
        }
        np.sign = sign;
        if (num.is(F_PLUS) || num.is(F_MINUS)) {
            np.signWrote = !(num.is(F_PLUS) && !num.is(F_MINUS));
        } else {
            if (np.sign != '-' && num.is(F_FILLMODE)) {
                num.flag &= ~F_BRACKET;
            }
            np.signWrote = np.sign == '+' && num.is(F_FILLMODE) && !num.is(F_LSIGN);
            if (num.lsign == LSIGN_PRE && num.pre == num.preLsignNum) {
                num.lsign = LSIGN_POST;
            }
        }
        np.numCount = num.post + num.pre - 1;
        np.preSpaces = preSpaces;
        if (num.is(F_FILLMODE) && num.is(F_DECIMAL)) {
            np.lastRelevant = lastRelevant(number);
            if (np.lastRelevant >= 0 && num.zeroEnd > np.preSpaces) {
                int lastZero = Math.min(number.length() - 1, num.zeroEnd - np.preSpaces);
                if (np.lastRelevant < lastZero) {
                    np.lastRelevant = lastZero;
                }
            }
        }
        if (!np.signWrote && np.preSpaces == 0) {
            np.numCount++;
        }
        StringBuilder out = np.out;
        for (FormatPicture.Node n : nodes) {
            if (!n.isKeyword()) {
                out.append(n.text());
                continue;
            }
            String id = id(n.keyword());
            switch (id) {
                case "9", "0", ".", "D" -> np.digit(id);
                case "," -> {
                    if (!np.numIn) {
                        if (!num.is(F_FILLMODE)) {
                            out.append(' ');
                        }
                    } else {
                        out.append(',');
                    }
                }
                case "G" -> {
                    if (!np.numIn) {
                        if (!num.is(F_FILLMODE)) {
                            out.append(" ".repeat(THOUSANDS.length()));
                        }
                    } else {
                        out.append(THOUSANDS);
                    }
                }
                case "L" -> out.append(CURRENCY);
                case "RN", "rn" -> {
                    String roman = id.equals("rn") ? number.toLowerCase(java.util.Locale.ROOT) : number;
                    out.append(num.is(F_FILLMODE) ? roman : String.format("%15s", roman));
                }
                case "TH", "th" -> {
                    if (num.is(F_ROMAN) || (!number.isEmpty() && number.charAt(0) == '#') || np.sign == '-'
                            || num.is(F_DECIMAL)) {
                        continue;
                    }
                    out.append(ordinal(number, id.equals("TH")));
                }
                case "MI" -> {
                    if (np.sign == '-') {
                        out.append('-');
                    } else if (!num.is(F_FILLMODE)) {
                        out.append(' ');
                    }
                }
                case "PL" -> {
                    if (np.sign == '+') {
                        out.append('+');
                    } else if (!num.is(F_FILLMODE)) {
                        out.append(' ');
                    }
                }
                case "SG" -> out.append(np.sign == '\0' ? "" : Character.toString(np.sign));
                default -> {
                }
            }
        }
        return out.toString();
    }

    /** get_last_relevant_decnum: the index of the last non-zero digit after the point (or of the point). */
    private static int lastRelevant(String number) {
        int dot = number.indexOf('.');
        if (dot < 0) {
            return -1;
        }
        int result = dot;
        for (int i = dot + 1; i < number.length(); i++) {
            if (number.charAt(i) != '0') {
                result = i;
            }
        }
        return result;
    }

    /** NUMProc's state while writing. */
    private static final class Processor {
        final Desc num;
        final String number;
        final StringBuilder out = new StringBuilder();
        int numberP;
        int lastRelevant = -1;
        char sign;
        boolean signWrote;
        boolean numIn;
        int numCount;
        int numCurr;
        int preSpaces;

        Processor(Desc num, String number) {
            this.num = num;
            this.number = number;
        }

        char at(int i) {
            return i < number.length() ? number.charAt(i) : '\0';
        }

        boolean predecSpace() {
            return !num.is(F_ZERO) && numberP == 0 && at(0) == '0' && num.post != 0;
        }

        /** NUM_numpart_to_char. */
        void digit(String id) {
            if (num.is(F_ROMAN)) {
                return;
            }
            numIn = false;
            if (!signWrote && (numCurr >= preSpaces || (num.is(F_ZERO) && num.zeroStart == numCurr))
                    && (!predecSpace() || (lastRelevant >= 0 && at(lastRelevant) == '.'))) {
                if (num.is(F_LSIGN)) {
                    if (num.lsign == LSIGN_PRE) {
                        out.append(sign == '-' ? NEGATIVE : POSITIVE);
                        signWrote = true;
                    }
                } else if (num.is(F_BRACKET)) {
                    out.append(sign == '+' ? ' ' : '<');
                    signWrote = true;
                } else if (sign == '+') {
                    if (!num.is(F_FILLMODE)) {
                        out.append(' ');
                    }
                    signWrote = true;
                } else if (sign == '-') {
                    out.append('-');
                    signWrote = true;
                }
            }
            if (numCurr < preSpaces && (num.zeroStart > numCurr || !num.is(F_ZERO))) {
                if (!num.is(F_FILLMODE)) {
                    out.append(' ');
                }
            } else if (num.is(F_ZERO) && numCurr < preSpaces && num.zeroStart <= numCurr) {
                out.append('0');
                numIn = true;
            } else {
                if (at(numberP) == '.') {
                    if (lastRelevant < 0 || at(lastRelevant) != '.') {
                        out.append(DECIMAL);
                    } else if (num.is(F_FILLMODE)) {
                        out.append(DECIMAL);
                    }
                } else {
                    if (lastRelevant >= 0 && numberP > lastRelevant && !id.equals("0")) {
                        // trailing zeros FM drops
                    } else if (predecSpace()) {
                        if (!num.is(F_FILLMODE)) {
                            out.append(' ');
                        } else if (lastRelevant >= 0 && at(lastRelevant) == '.') {
                            out.append('0');
                        }
                    } else {
                        out.append(at(numberP) == '\0' ? "" : Character.toString(at(numberP)));
                        numIn = true;
                    }
                }
                if (at(numberP) != '\0') {
                    numberP++;
                }
            }
            int end = numCount + (preSpaces != 0 ? 1 : 0) + (num.is(F_DECIMAL) ? 1 : 0);
            if (lastRelevant >= 0 && lastRelevant == numberP) {
                end = numCurr;
            }
            if (numCurr + 1 == end) {
                if (signWrote && num.is(F_BRACKET)) {
                    out.append(sign == '+' ? ' ' : '>');
                } else if (num.is(F_LSIGN) && num.lsign == LSIGN_POST) {
                    out.append(sign == '-' ? NEGATIVE : POSITIVE);
                }
            }
            numCurr++;
        }
    }

    // ---- to_number ----

    /** numeric_to_number: reads the text as the picture describes, then numeric input with its precision. */
    static Numeric parse(String text, String pattern) {
        if (pattern.isEmpty()) {
            return null;
        }
        List<FormatPicture.Node> nodes = FormatPicture.parseNumber(pattern);
        Desc num = prepare(nodes);
        if (num.zeroStart != 0) {
            num.zeroStart--;
        }
        if (num.is(F_EEEE)) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "\"EEEE\" not supported for input");
        }
        if (num.is(F_ROMAN)) {
            throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "\"RN\" not supported for input");
        }
        Reader r = new Reader(num, text);
        for (FormatPicture.Node n : nodes) {
            if (r.overload()) {
                break;
            }
            if (!n.isKeyword()) {
                r.skipCharacter();
                continue;
            }
            String id = id(n.keyword());
            switch (id) {
                case "9", "0", ".", "D" -> {
                    r.numberPart(id);
                    r.pos++;
                }
                case "," -> {
                    if (num.is(F_FILLMODE) || r.current() != ',') {
                        continue;
                    }
                    r.pos++;
                }
                case "G" -> {
                    if (num.is(F_FILLMODE)) {
                        continue;
                    }
                    if (r.startsWith(THOUSANDS)) {
                        r.pos += THOUSANDS.length();
                    }
                }
                case "L" -> r.eatNonData(CURRENCY.length());
                case "MI" -> {
                    if (r.current() == '-') {
                        r.sign = '-';
                        r.pos++;
                    } else {
                        r.eatNonData(1);
                    }
                }
                case "PL" -> {
                    if (r.current() == '+') {
                        r.sign = '+';
                        r.pos++;
                    } else {
                        r.eatNonData(1);
                    }
                }
                case "SG" -> {
                    if (r.current() == '-' || r.current() == '+') {
                        r.sign = (char) r.current();
                        r.pos++;
                    } else {
                        r.eatNonData(1);
                    }
                }
                case "TH", "th" -> {
                    if (num.is(F_ROMAN) || num.is(F_DECIMAL)) {
                        continue;
                    }
                    r.eatNonData(2);
                }
                default -> {
                }
            }
        }
        String digits = r.digits.toString();
        if (digits.endsWith(".")) {
            digits = digits.substring(0, digits.length() - 1);
        }
        num.post = r.readPost;
        String literal = r.sign + digits;
        Numeric parsed = Numeric.parse(literal);
        int precision = num.pre + num.multi + num.post;
        Numeric result = parsed.applyTypmod(((precision << 16) | num.post) + 4);
        if (num.is(F_MULTI) && result.isFinite()) {
            // numeric_mul by numeric_power(10, -multi), whose result scale is 16
            BigDecimal factor = BigDecimal.ONE.movePointLeft(num.multi).setScale(16, RoundingMode.HALF_UP);
            result = Numeric.of(result.decimal().multiply(factor));
        }
        return result;
    }

    /** NUMProc's state while reading. */
    private static final class Reader {
        final Desc num;
        final int[] input;
        int pos;
        char sign = ' ';
        final StringBuilder digits = new StringBuilder();
        int readPre;
        int readPost;
        boolean readDecimal;

        Reader(Desc num, String text) {
            this.num = num;
            this.input = text.codePoints().toArray();
        }

        boolean overload() {
            return pos >= input.length;
        }

        int current() {
            return pos < input.length ? input[pos] : 0;
        }

        boolean startsWith(String s) {
            int[] cps = s.codePoints().toArray();
            if (pos + cps.length > input.length) {
                return false;
            }
            for (int i = 0; i < cps.length; i++) {
                if (input[pos + i] != cps[i]) {
                    return false;
                }
            }
            return true;
        }

        void skipCharacter() {
            pos++;
        }

        /** NUM_eat_non_data_chars. */
        void eatNonData(int n) {
            while (n-- > 0) {
                if (overload()) {
                    break;
                }
                if ("0123456789.,+-".indexOf(current()) >= 0) {
                    break;
                }
                pos++;
            }
        }

        private boolean isDigit(int c) {
            return c >= '0' && c <= '9';
        }

        /** NUM_numpart_from_char; the caller then steps past one character, as NUM_processor does. */
        void numberPart(String id) {
            if (overload()) {
                return;
            }
            if (current() == ' ') {
                pos++;
            }
            if (overload()) {
                return;
            }
            if (sign == ' ' && (id.equals("0") || id.equals("9")) && readPre + readPost == 0) {
                if (num.is(F_LSIGN) && num.lsign == LSIGN_PRE) {
                    if (startsWith(NEGATIVE)) {
                        pos += NEGATIVE.length();
                        sign = '-';
                    } else if (startsWith(POSITIVE)) {
                        pos += POSITIVE.length();
                        sign = '+';
                    }
                } else if (current() == '-' || (num.is(F_BRACKET) && current() == '<')) {
                    sign = '-';
                    pos++;
                } else if (current() == '+') {
                    sign = '+';
                    pos++;
                }
            }
            if (overload()) {
                return;
            }
            boolean read = false;
            if (isDigit(current())) {
                if (readDecimal && readPost == num.post) {
                    return;
                }
                digits.appendCodePoint(current());
                if (readDecimal) {
                    readPost++;
                } else {
                    readPre++;
                }
                read = true;
            } else if (num.is(F_DECIMAL) && !readDecimal) {
                if (startsWith(DECIMAL)) {
                    pos += DECIMAL.length() - 1;
                    digits.append('.');
                    readDecimal = true;
                    read = true;
                }
            }
            if (overload()) {
                return;
            }
            if (sign == ' ' && readPre + readPost > 0) {
                if (num.is(F_LSIGN) && read && pos + 1 < input.length && !isDigit(input[pos + 1])) {
                    int saved = pos;
                    pos++;
                    if (startsWith(NEGATIVE)) {
                        pos += NEGATIVE.length() - 1;
                        sign = '-';
                    } else if (startsWith(POSITIVE)) {
                        pos += POSITIVE.length() - 1;
                        sign = '+';
                    }
                    if (sign == ' ') {
                        pos = saved;
                    }
                } else if (!read && !num.is(F_LSIGN) && (num.is(F_PLUS) || num.is(F_MINUS))) {
                    if (current() == '-' || current() == '+') {
                        sign = (char) current();
                    }
                }
            }
        }
    }

}
