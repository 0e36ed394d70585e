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
        boolean formatSeen = false;
        boolean orderSeen = false;
        for (String raw : value.split(",")) {
            String token = raw.trim().toLowerCase(Locale.ROOT);
            switch (token) {
                case "iso" -> { format = Format.ISO; formatSeen = true; }
                case "sql" -> { format = Format.SQL; formatSeen = true; }
                case "postgres" -> { format = Format.POSTGRES; formatSeen = true; }
                case "german" -> {
                    format = Format.GERMAN;
                    formatSeen = true;
                    if (!orderSeen) {
                        order = Order.DMY;
                    }
                }
                case "ymd" -> { order = Order.YMD; orderSeen = true; }
                case "dmy", "euro", "european" -> { order = Order.DMY; orderSeen = true; }
                case "mdy", "us", "noneuro", "noneuropean" -> { order = Order.MDY; orderSeen = true; }
                case "default" -> { }
                default -> throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                        "invalid value for parameter \"DateStyle\": \"%s\"", value)
                        .detail("Unrecognized key word: \"" + raw.trim() + "\".");
            }
        }
        if (!formatSeen && !orderSeen) {
            return current;
        }
        return new DateStyle(format, order);
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
