package io.opendsql.sql.func;

import static io.opendsql.sql.types.PgType.BOOL;
import static io.opendsql.sql.types.PgType.INT4;
import static io.opendsql.sql.types.PgType.TEXT;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.TypeIo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/** ||, LIKE/ILIKE and the common string functions over text, counting characters as code points. */
final class StringFunctions {
    private StringFunctions() {
    }

    private static String s(FunctionDef.Arguments a, int i) {
        return (String) a.get(i);
    }

    private static int i(FunctionDef.Arguments a, int index) {
        return (Integer) a.get(index);
    }

    static void register(Registry ops, Registry f) {
        ops.add("||", List.of(TEXT, TEXT), TEXT, a -> s(a, 0) + s(a, 1));
        ops.add("||", List.of(TEXT, FunctionDef.ANY), TEXT, a -> s(a, 0) + text(a, 1));
        ops.add("||", List.of(FunctionDef.ANY, TEXT), TEXT, a -> text(a, 0) + s(a, 1));
        ops.add("~~", List.of(TEXT, TEXT), BOOL, a -> Like.matches(s(a, 0), s(a, 1), false));
        ops.add("!~~", List.of(TEXT, TEXT), BOOL, a -> !Like.matches(s(a, 0), s(a, 1), false));
        ops.add("~~*", List.of(TEXT, TEXT), BOOL, a -> Like.matches(s(a, 0), s(a, 1), true));
        ops.add("!~~*", List.of(TEXT, TEXT), BOOL, a -> !Like.matches(s(a, 0), s(a, 1), true));
        f.add("like_escape", List.of(TEXT, TEXT), TEXT, a -> Like.escape(s(a, 0), s(a, 1)));
        for (String name : List.of("length", "char_length", "character_length")) {
            f.add(name, List.of(TEXT), INT4, a -> s(a, 0).codePointCount(0, s(a, 0).length()));
        }
        f.add("octet_length", List.of(TEXT), INT4, a -> s(a, 0).getBytes(StandardCharsets.UTF_8).length);
        f.add("lower", List.of(TEXT), TEXT, a -> s(a, 0).toLowerCase(Locale.ROOT));
        f.add("upper", List.of(TEXT), TEXT, a -> s(a, 0).toUpperCase(Locale.ROOT));
        for (String name : List.of("substring", "substr")) {
            f.add(name, List.of(TEXT, INT4), TEXT, a -> substring(s(a, 0), i(a, 1), null));
            f.add(name, List.of(TEXT, INT4, INT4), TEXT, a -> substring(s(a, 0), i(a, 1), i(a, 2)));
        }
        f.add("strpos", List.of(TEXT, TEXT), INT4, a -> position(s(a, 0), s(a, 1)));
        f.add("position", List.of(TEXT, TEXT), INT4, a -> position(s(a, 0), s(a, 1)));
        f.add("btrim", List.of(TEXT), TEXT, a -> trim(s(a, 0), " ", true, true));
        f.add("btrim", List.of(TEXT, TEXT), TEXT, a -> trim(s(a, 0), s(a, 1), true, true));
        f.add("ltrim", List.of(TEXT), TEXT, a -> trim(s(a, 0), " ", true, false));
        f.add("ltrim", List.of(TEXT, TEXT), TEXT, a -> trim(s(a, 0), s(a, 1), true, false));
        f.add("rtrim", List.of(TEXT), TEXT, a -> trim(s(a, 0), " ", false, true));
        f.add("rtrim", List.of(TEXT, TEXT), TEXT, a -> trim(s(a, 0), s(a, 1), false, true));
        f.add("replace", List.of(TEXT, TEXT, TEXT), TEXT,
                a -> s(a, 1).isEmpty() ? s(a, 0) : s(a, 0).replace(s(a, 1), s(a, 2)));
        f.add("left", List.of(TEXT, INT4), TEXT, a -> left(s(a, 0), i(a, 1)));
        f.add("right", List.of(TEXT, INT4), TEXT, a -> right(s(a, 0), i(a, 1)));
        f.add("repeat", List.of(TEXT, INT4), TEXT, a -> repeat(s(a, 0), i(a, 1)));
        f.add("split_part", List.of(TEXT, TEXT, INT4), TEXT, a -> splitPart(s(a, 0), s(a, 1), i(a, 2)));
        f.add("starts_with", List.of(TEXT, TEXT), BOOL, a -> s(a, 0).startsWith(s(a, 1)));
        f.add("lpad", List.of(TEXT, INT4), TEXT, a -> pad(s(a, 0), i(a, 1), " ", true));
        f.add("lpad", List.of(TEXT, INT4, TEXT), TEXT, a -> pad(s(a, 0), i(a, 1), s(a, 2), true));
        f.add("rpad", List.of(TEXT, INT4), TEXT, a -> pad(s(a, 0), i(a, 1), " ", false));
        f.add("rpad", List.of(TEXT, INT4, TEXT), TEXT, a -> pad(s(a, 0), i(a, 1), s(a, 2), false));
        f.add("reverse", List.of(TEXT), TEXT, a -> new StringBuilder(s(a, 0)).reverse().toString());
        f.add("md5", List.of(TEXT), TEXT, a -> md5(s(a, 0)));
        f.add("ascii", List.of(TEXT), INT4, a -> s(a, 0).isEmpty() ? 0 : s(a, 0).codePointAt(0));
        f.add("chr", List.of(INT4), TEXT, a -> chr(i(a, 0)));
        f.add("initcap", List.of(TEXT), TEXT, a -> initcap(s(a, 0)));
    }

    /** A non-text argument as its output function prints it (textanycat, concat). */
    static String text(FunctionDef.Arguments a, int index) {
        return (String) io.opendsql.sql.types.Casts.cast(a.get(index), a.types()[index],
                io.opendsql.sql.types.SqlType.of(TEXT), a.context().types(), true);
    }

    static String substring(String value, int start, Integer count) {
        int[] cps = value.codePoints().toArray();
        long from = start;
        long to;
        if (count == null) {
            to = Long.MAX_VALUE;
        } else {
            if (count < 0) {
                throw DsqlException.of(SqlState.SUBSTRING_ERROR, "negative substring length not allowed");
            }
            to = (long) start + count;
        }
        int begin = (int) Math.max(1, from) - 1;
        int end = (int) Math.min(cps.length, to - 1);
        if (begin >= cps.length || end <= begin) {
            return "";
        }
        return new String(cps, begin, end - begin);
    }

    private static int position(String value, String search) {
        int index = value.indexOf(search);
        return index < 0 ? 0 : value.codePointCount(0, index) + 1;
    }

    private static String trim(String value, String chars, boolean leading, boolean trailing) {
        int[] cps = value.codePoints().toArray();
        int begin = 0;
        int end = cps.length;
        while (leading && begin < end && chars.indexOf(Character.toString(cps[begin])) >= 0) {
            begin++;
        }
        while (trailing && end > begin && chars.indexOf(Character.toString(cps[end - 1])) >= 0) {
            end--;
        }
        return new String(cps, begin, end - begin);
    }

    private static String left(String value, int n) {
        int[] cps = value.codePoints().toArray();
        int count = n >= 0 ? Math.min(n, cps.length) : Math.max(0, cps.length + n);
        return new String(cps, 0, count);
    }

    private static String right(String value, int n) {
        int[] cps = value.codePoints().toArray();
        int count = n >= 0 ? Math.min(n, cps.length) : Math.max(0, cps.length + n);
        return new String(cps, cps.length - count, count);
    }

    private static String splitPart(String value, String delimiter, int field) {
        if (field == 0) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "field position must not be zero");
        }
        if (delimiter.isEmpty()) {
            return field == 1 || field == -1 ? value : "";
        }
        List<String> parts = List.of(value.split(java.util.regex.Pattern.quote(delimiter), -1));
        int index = field > 0 ? field - 1 : parts.size() + field;
        return index < 0 || index >= parts.size() ? "" : parts.get(index);
    }

    /** MaxAllocSize: the largest value PostgreSQL builds. */
    private static final long MAX_BYTES = 0x3fffffffL - 4;

    /** repeat: refused, as PostgreSQL refuses it, when the result would pass 1 GB. */
    private static String repeat(String value, int count) {
        if (count <= 0) {
            return "";
        }
        if ((long) value.getBytes(StandardCharsets.UTF_8).length * count > MAX_BYTES) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
        }
        return value.repeat(count);
    }

    private static String pad(String value, int length, String fill, boolean left) {
        int[] cps = value.codePoints().toArray();
        if (length <= 0) {
            return "";
        }
        int reserved = fill.isEmpty() ? Math.min(cps.length, length) : length;
        if (4L * reserved > MAX_BYTES) {
            // lpad/rpad reserve the database encoding's widest character (4 bytes in UTF-8) per position
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested length too large");
        }
        if (cps.length >= length) {
            return new String(cps, 0, length);
        }
        int[] fillCps = fill.codePoints().toArray();
        if (fillCps.length == 0) {
            return value;
        }
        StringBuilder padding = new StringBuilder();
        for (int n = 0; n < length - cps.length; n++) {
            padding.appendCodePoint(fillCps[n % fillCps.length]);
        }
        return left ? padding + value : value + padding;
    }

    private static String md5(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("MD5")
                    .digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String chr(int code) {
        if (code < 0) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "character number must be positive");
        }
        if (code == 0) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "null character not permitted");
        }
        if (code > 0x10FFFF) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character too large for encoding: %d",
                    code);
        }
        if (code >= 0xD800 && code <= 0xDFFF) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "requested character not valid for encoding: %d",
                    code);
        }
        return Character.toString(code);
    }

    private static String initcap(String value) {
        StringBuilder out = new StringBuilder();
        boolean wasAlnum = false;
        for (int cp : value.codePoints().toArray()) {
            out.appendCodePoint(wasAlnum ? Character.toLowerCase(cp) : Character.toUpperCase(cp));
            wasAlnum = Character.isLetterOrDigit(cp);
        }
        return out.toString();
    }

    /** Types whose values concat() prints. */
    static boolean isText(PgType type) {
        return type == TEXT;
    }
}
