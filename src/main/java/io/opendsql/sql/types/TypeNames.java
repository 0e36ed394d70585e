package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Resolves SQL type names ({@code integer}, {@code character varying(20)}, {@code int4[]}) to types. */
public final class TypeNames {
    private static final Map<String, PgType> ALIASES = Map.ofEntries(
            Map.entry("boolean", PgType.BOOL), Map.entry("smallint", PgType.INT2), Map.entry("integer", PgType.INT4),
            Map.entry("int", PgType.INT4), Map.entry("bigint", PgType.INT8), Map.entry("real", PgType.FLOAT4),
            Map.entry("double precision", PgType.FLOAT8), Map.entry("float", PgType.FLOAT8),
            Map.entry("decimal", PgType.NUMERIC), Map.entry("dec", PgType.NUMERIC),
            Map.entry("character varying", PgType.VARCHAR), Map.entry("char varying", PgType.VARCHAR),
            Map.entry("character", PgType.BPCHAR), Map.entry("char", PgType.BPCHAR),
            Map.entry("\"char\"", PgType.CHAR),
            Map.entry("time without time zone", PgType.TIME), Map.entry("time with time zone", PgType.TIMETZ),
            Map.entry("timestamp without time zone", PgType.TIMESTAMP),
            Map.entry("timestamp with time zone", PgType.TIMESTAMPTZ));

    private TypeNames() {
    }

    /** A type by name with no modifier, e.g. {@code int4}, {@code integer}, {@code _text}. */
    public static Optional<PgType> lookup(String name) {
        String lower = name.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        PgType alias = ALIASES.get(lower);
        return alias != null ? Optional.of(alias) : PgType.byTypeName(lower);
    }

    /**
     * Parses a written type such as {@code varchar(3)}, {@code numeric(10,2)}, {@code timestamp(3) with time zone},
     * {@code interval day to second(3)} or {@code int4[]}.
     */
    public static SqlType parse(String written) {
        String text = written.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        boolean array = false;
        if (text.endsWith("[]")) {
            array = true;
            text = text.substring(0, text.length() - 2).trim();
        }
        SqlType type = parseScalar(text, written);
        return array ? type.arrayOf() : type;
    }

    private static SqlType parseScalar(String text, String written) {
        if (text.startsWith("interval")) {
            return parseInterval(text.substring("interval".length()).trim(), written);
        }
        int open = text.indexOf('(');
        if (open < 0) {
            if (text.equals("char") || text.equals("character")) {
                return SqlType.bpchar(1);
            }
            if (text.equals("float4")) {
                return SqlType.of(PgType.FLOAT4);
            }
            return SqlType.of(lookup(text).orElseThrow(() -> unknown(written)));
        }
        int close = text.indexOf(')', open);
        String base = text.substring(0, open).trim();
        String suffix = text.substring(close + 1).trim();
        String[] args = text.substring(open + 1, close).split(",");
        int first = Integer.parseInt(args[0].trim());
        String full = suffix.isEmpty() ? base : base + " " + suffix;
        boolean withZone = full.contains("with time zone") && !full.contains("without");
        PgType type = lookup(full).orElse(full.startsWith("timestamp")
                ? (withZone ? PgType.TIMESTAMPTZ : PgType.TIMESTAMP)
                : full.startsWith("time") ? (withZone ? PgType.TIMETZ : PgType.TIME) : null);
        if (type == null) {
            throw unknown(written);
        }
        return switch (type) {
            case VARCHAR -> SqlType.varchar(first);
            case BPCHAR -> SqlType.bpchar(first);
            case NUMERIC -> SqlType.numeric(first, args.length > 1 ? Integer.parseInt(args[1].trim()) : 0);
            case TIME, TIMETZ, TIMESTAMP, TIMESTAMPTZ -> SqlType.withPrecision(type, first);
            case FLOAT8 -> first <= 24 ? SqlType.of(PgType.FLOAT4) : SqlType.of(PgType.FLOAT8);
            default -> throw unknown(written);
        };
    }

    private static SqlType parseInterval(String rest, String written) {
        int precision = -1;
        int open = rest.indexOf('(');
        if (open >= 0) {
            precision = Integer.parseInt(rest.substring(open + 1, rest.indexOf(')')).trim());
            rest = rest.substring(0, open).trim();
        }
        int range = switch (rest) {
            case "" -> SqlType.INTERVAL_FULL_RANGE;
            case "year" -> SqlType.INTERVAL_YEAR;
            case "month" -> SqlType.INTERVAL_MONTH;
            case "day" -> SqlType.INTERVAL_DAY;
            case "hour" -> SqlType.INTERVAL_HOUR;
            case "minute" -> SqlType.INTERVAL_MINUTE;
            case "second" -> SqlType.INTERVAL_SECOND;
            case "year to month" -> SqlType.INTERVAL_YEAR | SqlType.INTERVAL_MONTH;
            case "day to hour" -> SqlType.INTERVAL_DAY | SqlType.INTERVAL_HOUR;
            case "day to minute" -> SqlType.INTERVAL_DAY | SqlType.INTERVAL_HOUR | SqlType.INTERVAL_MINUTE;
            case "day to second" -> SqlType.INTERVAL_DAY | SqlType.INTERVAL_HOUR | SqlType.INTERVAL_MINUTE
                    | SqlType.INTERVAL_SECOND;
            case "hour to minute" -> SqlType.INTERVAL_HOUR | SqlType.INTERVAL_MINUTE;
            case "hour to second" -> SqlType.INTERVAL_HOUR | SqlType.INTERVAL_MINUTE | SqlType.INTERVAL_SECOND;
            case "minute to second" -> SqlType.INTERVAL_MINUTE | SqlType.INTERVAL_SECOND;
            default -> throw unknown(written);
        };
        if (range == SqlType.INTERVAL_FULL_RANGE && precision < 0) {
            return SqlType.of(PgType.INTERVAL);
        }
        return SqlType.interval(range, precision);
    }

    private static DsqlException unknown(String written) {
        return DsqlException.of(SqlState.UNDEFINED_OBJECT, "type \"%s\" does not exist", written.trim());
    }
}
