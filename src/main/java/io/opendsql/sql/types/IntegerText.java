package io.opendsql.sql.types;

/**
 * Text input of smallint, integer, bigint and oid as PostgreSQL 16's pg_strtoint and oidin read it:
 * surrounding whitespace, a sign, decimal digits or a 0x/0o/0b prefix, and underscores between digits.
 */
final class IntegerText {
    private IntegerText() {
    }

    static short parseInt2(String input) {
        long value = parse(input, "smallint", Short.MIN_VALUE, Short.MAX_VALUE);
        return (short) value;
    }

    static int parseInt4(String input) {
        return (int) parse(input, "integer", Integer.MIN_VALUE, Integer.MAX_VALUE);
    }

    static long parseInt8(String input) {
        return parse(input, "bigint", Long.MIN_VALUE, Long.MAX_VALUE);
    }

    /** oid: decimal only, like strtoul, accepting -2147483648..4294967295 (negatives wrap). */
    static long parseOid(String input) {
        int i = 0;
        int n = input.length();
        while (i < n && Errors.isSpace(input.charAt(i))) {
            i++;
        }
        if (i == n) {
            throw Errors.invalidSyntax("oid", input);
        }
        boolean negative = false;
        if (input.charAt(i) == '+' || input.charAt(i) == '-') {
            negative = input.charAt(i) == '-';
            i++;
        }
        int start = i;
        java.math.BigInteger value = java.math.BigInteger.ZERO;
        while (i < n && input.charAt(i) >= '0' && input.charAt(i) <= '9') {
            value = value.multiply(java.math.BigInteger.TEN).add(java.math.BigInteger.valueOf(input.charAt(i) - '0'));
            i++;
        }
        if (i == start) {
            throw Errors.invalidSyntax("oid", input);
        }
        while (i < n && Errors.isSpace(input.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw Errors.invalidSyntax("oid", input);
        }
        if (negative) {
            value = value.negate();
        }
        if (value.compareTo(java.math.BigInteger.valueOf(4294967295L)) > 0
                || value.compareTo(java.math.BigInteger.valueOf(Integer.MIN_VALUE)) < 0) {
            throw Errors.valueOutOfRange("oid", input);
        }
        return value.longValue() & 0xffffffffL;
    }

    private static long parse(String input, String typeName, long min, long max) {
        int i = 0;
        int n = input.length();
        while (i < n && Errors.isSpace(input.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (input.charAt(i) == '+' || input.charAt(i) == '-')) {
            negative = input.charAt(i) == '-';
            i++;
        }
        int radix = 10;
        if (i + 1 < n && input.charAt(i) == '0') {
            char p = input.charAt(i + 1);
            if (p == 'x' || p == 'X') {
                radix = 16;
            } else if (p == 'o' || p == 'O') {
                radix = 8;
            } else if (p == 'b' || p == 'B') {
                radix = 2;
            }
            if (radix != 10) {
                i += 2;
            }
        }
        // accumulate as a negative number so that the minimum value fits
        long limit = negative ? min : -max;
        long value = 0;
        boolean overflow = false;
        int digits = 0;
        boolean lastUnderscore = false;
        while (i < n) {
            char c = input.charAt(i);
            if (c == '_') {
                // an underscore must sit between digits (after a prefix it may lead)
                if (lastUnderscore || (digits == 0 && radix == 10)) {
                    throw Errors.invalidSyntax(typeName, input);
                }
                lastUnderscore = true;
                i++;
                continue;
            }
            int d = Character.digit(c, radix);
            if (d < 0 || c >= 128) {
                break;
            }
            lastUnderscore = false;
            digits++;
            if (!overflow) {
                try {
                    long next = Math.subtractExact(Math.multiplyExact(value, radix), d);
                    if (next < limit) {
                        overflow = true;
                    } else {
                        value = next;
                    }
                } catch (ArithmeticException e) {
                    overflow = true;
                }
                if (overflow) {
                    // PostgreSQL reports the overflow at the digit that causes it, before any trailing junk
                    throw Errors.valueOutOfRange(typeName, input);
                }
            }
            i++;
        }
        if (digits == 0 || lastUnderscore) {
            throw Errors.invalidSyntax(typeName, input);
        }
        while (i < n && Errors.isSpace(input.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw Errors.invalidSyntax(typeName, input);
        }
        if (overflow) {
            throw Errors.valueOutOfRange(typeName, input);
        }
        return negative ? value : -value;
    }
}
