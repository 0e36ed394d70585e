package io.opendsql.sql.types;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.Locale;

/**
 * PostgreSQL's DateStyle setting: an output format and a field order for ambiguous input.
 *
 * @param format output format
 * @param order order of day, month and year in ambiguous input (and in SQL/Postgres output)
 */
public record DateStyle(Format format, Order order) {
    public static final DateStyle DEFAULT = new DateStyle(Format.ISO, Order.MDY);

    public enum Format { ISO, SQL, POSTGRES, GERMAN }

    public enum Order { YMD, DMY, MDY }

    /** Parses a DateStyle value such as {@code ISO, MDY} or {@code German}, starting from {@code current}. */
    public static DateStyle parse(String value, DateStyle current) {
        Format format = current.format;
        Order order = current.order;
        Format newFormat = null;
        Order newOrder = null;
        boolean conflict = false;
        for (String raw : value.split(",")) {
            String token = raw.trim().toLowerCase(Locale.ROOT);
            Format f = null;
            Order o = null;
            switch (token) {
                case "iso" -> f = Format.ISO;
                case "sql" -> f = Format.SQL;
                case "postgres" -> f = Format.POSTGRES;
                case "german" -> {
                    f = Format.GERMAN;
                    if (newOrder == null) {
                        order = Order.DMY;
                    }
                }
                case "ymd" -> o = Order.YMD;
                case "dmy", "euro", "european" -> o = Order.DMY;
                case "mdy", "us", "noneuro", "noneuropean" -> o = Order.MDY;
                case "default" -> {
                    f = Format.ISO;
                    o = Order.MDY;
                }
                default -> throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"DateStyle\": \"%s\"", value)
                        .detail("Unrecognized key word: \"" + raw.trim() + "\".");
            }
            if (f != null) {
                conflict |= newFormat != null && newFormat != f;
                newFormat = f;
            }
            if (o != null) {
                conflict |= newOrder != null && newOrder != o;
                newOrder = o;
            }
        }
        if (conflict) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"DateStyle\": \"%s\"",
                    value).detail("Conflicting \"datestyle\" specifications.");
        }
        return new DateStyle(newFormat != null ? newFormat : format, newOrder != null ? newOrder : order);
    }

    /** The setting as SHOW DateStyle prints it, e.g. {@code ISO, MDY}. */
    public String show() {
        String f = switch (format) {
            case ISO -> "ISO";
            case SQL -> "SQL";
            case POSTGRES -> "Postgres";
            case GERMAN -> "German";
        };
        return f + ", " + order.name();
    }
}
