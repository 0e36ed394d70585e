package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.ANYELEMENT;
import static io.opendsql.sql.types.PgType.BYTEA;
import static io.opendsql.sql.types.PgType.FLOAT4;
import static io.opendsql.sql.types.PgType.FLOAT8;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.INT8;
import static io.opendsql.sql.types.PgType.INTERVAL;
import static io.opendsql.sql.types.PgType.NUMERIC;
import static io.opendsql.sql.types.PgType.TEXT;
import static io.opendsql.sql.types.PgType.TIMESTAMP;
import static io.opendsql.sql.types.PgType.TIMESTAMPTZ;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.CalendarFields;
import io.opendsql.sql.types.Interval;
import io.opendsql.sql.types.PgTimestamp;
import io.opendsql.sql.types.PgTimestampTz;
import io.opendsql.sql.types.PgType;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * format(), to_char/to_number, quote_ident/quote_literal/quote_nullable, the digests (md5 of bytea,
 * sha224/256/384/512), encode/decode, overlay and translate.
 */
final class FormattingFunctions {
    private FormattingFunctions() {
    }

    private static String s(FunctionDef.Arguments a, int i) {
        return (String) a.get(i);
    }

    static void register(Registry f) {
        f.add(new FunctionDef("format", List.of(TEXT), TEXT, false, TextFormat::format));
        f.addVariadicAny("format", List.of(TEXT), TEXT, false, TextFormat::format);
        f.add("quote_ident", List.of(TEXT), TEXT, a -> Quoting.identifier(s(a, 0)));
        f.add("quote_literal", List.of(TEXT), TEXT, a -> Quoting.literal(s(a, 0)));
        f.add("quote_literal", List.of(ANYELEMENT), TEXT, TextFormat::quoteValue);
        f.add(new FunctionDef("quote_nullable", List.of(TEXT), TEXT, false,
                a -> a.get(0) == null ? "NULL" : Quoting.literal(s(a, 0))));
        f.add(new FunctionDef("quote_nullable", List.of(ANYELEMENT), TEXT, false,
                a -> a.get(0) == null ? "NULL" : TextFormat.quoteValue(a)));
        for (PgType type : List.of(INT4, INT8, NUMERIC, FLOAT4, FLOAT8)) {
            f.add("to_char", List.of(type, TEXT), TEXT, a -> NumberFormat.format(a.get(0), type, s(a, 1)));
        }
        f.add("to_char", List.of(TIMESTAMP, TEXT), TEXT, a -> {
            PgTimestamp value = (PgTimestamp) a.get(0);
            if (s(a, 1).isEmpty() || !value.isFinite()) {
                return null;
            }
            return DateTimeFormat.format(CalendarFields.of(value.micros(), 0, null), s(a, 1));
        });
        f.add("to_char", List.of(TIMESTAMPTZ, TEXT), TEXT, a -> {
            PgTimestampTz value = (PgTimestampTz) a.get(0);
            if (s(a, 1).isEmpty() || !value.isFinite()) {
                return null;
            }
            return DateTimeFormat.format(CalendarFields.of(value, a.context().types().timeZone()), s(a, 1));
        });
        f.add("to_char", List.of(INTERVAL, TEXT), TEXT,
                a -> s(a, 1).isEmpty() ? null : DateTimeFormat.format((Interval) a.get(0), s(a, 1)));
        f.add("to_number", List.of(TEXT, TEXT), NUMERIC, a -> NumberFormat.parse(s(a, 0), s(a, 1)));
        f.add("md5", List.of(BYTEA), TEXT, a -> HexFormat.of().formatHex(digest("MD5", (byte[]) a.get(0))));
        f.add("sha224", List.of(BYTEA), BYTEA, a -> digest("SHA-224", (byte[]) a.get(0)));
        f.add("sha256", List.of(BYTEA), BYTEA, a -> digest("SHA-256", (byte[]) a.get(0)));
        f.add("sha384", List.of(BYTEA), BYTEA, a -> digest("SHA-384", (byte[]) a.get(0)));
        f.add("sha512", List.of(BYTEA), BYTEA, a -> digest("SHA-512", (byte[]) a.get(0)));
        f.add("encode", List.of(BYTEA, TEXT), TEXT, a -> BinaryEncoding.encode((byte[]) a.get(0), s(a, 1)));
        f.add("decode", List.of(TEXT, TEXT), BYTEA, a -> BinaryEncoding.decode(s(a, 0), s(a, 1)));
        f.add("overlay", List.of(TEXT, TEXT, INT4, INT4), TEXT,
                a -> overlay(s(a, 0), s(a, 1), (Integer) a.get(2), (Integer) a.get(3)));
        f.add("overlay", List.of(TEXT, TEXT, INT4), TEXT,
                a -> overlay(s(a, 0), s(a, 1), (Integer) a.get(2), s(a, 1).codePointCount(0, s(a, 1).length())));
        f.add("translate", List.of(TEXT, TEXT, TEXT), TEXT, a -> translate(s(a, 0), s(a, 1), s(a, 2)));
    }

    static byte[] digest(String algorithm, byte[] data) {
        try {
            return MessageDigest.getInstance(algorithm).digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** text_overlay: the text before {@code start}, the replacement, then the text from start + length. */
    private static String overlay(String text, String replacement, int start, int length) {
        if (start <= 0) {
            throw DsqlException.of(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
        }
        long end = (long) start + length;
        if (end > Integer.MAX_VALUE || end < Integer.MIN_VALUE) {
            throw DsqlException.of(SqlState.NUMERIC_VALUE_OUT_OF_RANGE, "integer out of range");
        }
        return StringFunctions.substring(text, 1, start - 1) + replacement
                + StringFunctions.substring(text, (int) end, null);
    }

    /** translate: each character found in {@code from} becomes the one at its place in {@code to}, or goes. */
    private static String translate(String text, String from, String to) {
        int[] source = from.codePoints().toArray();
        int[] target = to.codePoints().toArray();
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            int i = 0;
            while (i < source.length && source[i] != c) {
                i++;
            }
            if (i == source.length) {
                out.appendCodePoint(c);
            } else if (i < target.length) {
                out.appendCodePoint(target[i]);
            }
        });
        return out.toString();
    }

    /** The bytes of a text in the database encoding. */
    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
