package io.opendsql.session;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A session's configuration parameters: PostgreSQL 16's defaults as DSQL reports them, session values
 * set with SET, transaction-local values set with SET LOCAL, and undo of SET when a block rolls back.
 * Names are case-insensitive; SHOW prints the canonical spelling.
 */
final class Settings {
    /** A known parameter: canonical name, default, whether clients are told of changes, value check. */
    private record Definition(String name, String defaultValue, boolean reported, UnaryOperator<String> normalizer) {
    }

    private static final UnaryOperator<String> ANY = v -> v;
    private static final UnaryOperator<String> READ_ONLY = v -> {
        throw DsqlException.of(SqlState.CANT_CHANGE_RUNTIME_PARAM, "parameter cannot be changed");
    };

    private static final Map<String, Definition> DEFINITIONS = new LinkedHashMap<>();

    static {
        define("application_name", "", true, ANY);
        define("client_encoding", "UTF8", true, Settings::utf8Only);
        define("DateStyle", "ISO, MDY", true, Settings::dateStyle);
        define("default_transaction_isolation", "repeatable read", false, Settings::repeatableReadOnly);
        define("default_transaction_read_only", "off", true, Settings::bool);
        define("extra_float_digits", "1", false, Settings::extraFloatDigits);
        define("in_hot_standby", "off", true, READ_ONLY);
        define("integer_datetimes", "on", true, READ_ONLY);
        define("IntervalStyle", "postgres", true, Settings::intervalStyle);
        define("is_superuser", "off", true, READ_ONLY);
        define("opendsql.inject_conflicts", "off", false, io.opendsql.sql.engine.ConflictInjection::normalize);
        define("lock_timeout", "0", false, ANY);
        define("idle_in_transaction_session_timeout", "0", false, ANY);
        define("max_identifier_length", "63", false, READ_ONLY);
        define("search_path", "\"$user\", public", false, ANY);
        define("server_encoding", "UTF8", true, READ_ONLY);
        define("server_version", "16.13", true, READ_ONLY);
        define("server_version_num", "160013", false, READ_ONLY);
        define("session_authorization", "", true, READ_ONLY);
        define("standard_conforming_strings", "on", true, Settings::onOnly);
        define("statement_timeout", "0", false, ANY);
        define("TimeZone", "UTC", true, Settings::timeZone);
        define("transaction_isolation", "repeatable read", false, Settings::repeatableReadOnly);
        define("transaction_read_only", "off", false, Settings::bool);
    }

    private static void define(String name, String defaultValue, boolean reported, UnaryOperator<String> normalizer) {
        DEFINITIONS.put(name.toLowerCase(Locale.ROOT), new Definition(name, defaultValue, reported, normalizer));
    }

    /** What RESET restores: the built-in default, or the value the startup packet gave. */
    private final Map<String, String> resetValues = new LinkedHashMap<>();
    private final Map<String, String> sessionValues = new LinkedHashMap<>();
    private final Map<String, String> localValues = new LinkedHashMap<>();
    private Map<String, String> atBlockStart;

    Settings(String user, String applicationName) {
        for (Definition d : DEFINITIONS.values()) {
            sessionValues.put(key(d.name()), d.defaultValue());
        }
        sessionValues.put("session_authorization", user);
        sessionValues.put("application_name", applicationName == null ? "" : applicationName);
        resetValues.putAll(sessionValues);
    }

    /** Applies a startup-packet parameter (the client's options); RESET returns to it, as in PostgreSQL. */
    void applyStartupParameter(String name, String value) {
        String stored = set(name, value, false);
        resetValues.put(key(name), stored);
    }

    String get(String name) {
        String key = key(name);
        String local = localValues.get(key);
        if (local != null) {
            return local;
        }
        String value = sessionValues.get(key);
        if (value == null) {
            throw unrecognized(name);
        }
        return value;
    }

    /** Canonical spelling for SHOW's column name. */
    String canonicalName(String name) {
        Definition d = DEFINITIONS.get(key(name));
        if (d == null) {
            throw unrecognized(name);
        }
        return d.name();
    }

    /** Sets a value and returns the normalized value stored. */
    String set(String name, String value, boolean local) {
        Definition d = DEFINITIONS.get(key(name));
        if (d == null) {
            throw unrecognized(name);
        }
        String normalized = d.normalizer().apply(value);
        if (local) {
            localValues.put(key(name), normalized);
        } else {
            sessionValues.put(key(name), normalized);
            localValues.remove(key(name));
        }
        return normalized;
    }

    /** RESET name, or RESET ALL when name is null. */
    void reset(String name) {
        if (name == null) {
            for (Definition d : DEFINITIONS.values()) {
                if (d.normalizer() != READ_ONLY) {
                    sessionValues.put(key(d.name()), resetValues.get(key(d.name())));
                }
            }
            localValues.clear();
            return;
        }
        Definition d = DEFINITIONS.get(key(name));
        if (d == null) {
            throw unrecognized(name);
        }
        if (d.normalizer() == READ_ONLY) {
            throw DsqlException.of(SqlState.CANT_CHANGE_RUNTIME_PARAM, "parameter \"%s\" cannot be changed", d.name());
        }
        sessionValues.put(key(name), resetValues.get(key(name)));
        localValues.remove(key(name));
    }

    boolean isReported(String name) {
        Definition d = DEFINITIONS.get(key(name));
        return d != null && d.reported();
    }

    /** Values the client is told of after authentication, in a stable order. */
    Map<String, String> reported() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Definition d : DEFINITIONS.values()) {
            if (d.reported()) {
                out.put(d.name(), get(d.name()));
            }
        }
        return out;
    }

    /** Every setting with its current value, canonical names, for SHOW ALL. */
    Map<String, String> all() {
        Map<String, String> out = new LinkedHashMap<>();
        for (Definition d : DEFINITIONS.values()) {
            out.put(d.name(), get(d.name()));
        }
        return out;
    }

    void blockStarted() {
        atBlockStart = new LinkedHashMap<>(sessionValues);
    }

    /** Ends a block: SET LOCAL values end, and a rollback also undoes SET. */
    void blockEnded(boolean committed) {
        localValues.clear();
        if (!committed && atBlockStart != null) {
            sessionValues.clear();
            sessionValues.putAll(atBlockStart);
        }
        atBlockStart = null;
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static DsqlException unrecognized(String name) {
        return DsqlException.of(SqlState.UNDEFINED_OBJECT, "unrecognized configuration parameter \"%s\"", name);
    }

    private static DsqlException invalid(String name, String value) {
        return DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "invalid value for parameter \"%s\": \"%s\"", name, value);
    }

    private static String utf8Only(String value) {
        String v = value.replace("-", "").replace("_", "").toUpperCase(Locale.ROOT);
        if (v.equals("UTF8") || v.equals("UNICODE")) {
            return "UTF8";
        }
        throw invalid("client_encoding", value);
    }

    private static String bool(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "on", "true", "yes", "1", "t", "y" -> "on";
            case "off", "false", "no", "0", "f", "n" -> "off";
            default -> throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "parameter requires a Boolean value");
        };
    }

    private static String onOnly(String value) {
        if (bool(value).equals("on")) {
            return "on";
        }
        throw invalid("standard_conforming_strings", value);
    }

    private static String repeatableReadOnly(String value) {
        if (value.toLowerCase(Locale.ROOT).trim().equals("repeatable read")) {
            return "repeatable read";
        }
        throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED, "unsupported isolation level: %s",
                value.toLowerCase(Locale.ROOT));
    }

    private static String extraFloatDigits(String value) {
        try {
            int digits = Integer.parseInt(value.trim());
            if (digits < -15 || digits > 3) {
                throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                        "%d is outside the valid range for parameter \"extra_float_digits\" (-15 .. 3)", digits);
            }
            return Integer.toString(digits);
        } catch (NumberFormatException e) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                    "invalid value for parameter \"extra_float_digits\": \"%s\"", value);
        }
    }

    private static String intervalStyle(String value) {
        String v = value.toLowerCase(Locale.ROOT).trim();
        return switch (v) {
            case "postgres", "postgres_verbose", "sql_standard", "iso_8601" -> v;
            default -> throw invalid("IntervalStyle", value);
        };
    }

    /** DateStyle: an output format and/or an input ordering, as PostgreSQL combines them. */
    private static String dateStyle(String value) {
        String format = "ISO";
        String order = "MDY";
        for (String part : value.split("[,\\s]+")) {
            switch (part.toUpperCase(Locale.ROOT)) {
                case "" -> { }
                case "ISO" -> format = "ISO";
                case "SQL" -> format = "SQL";
                case "POSTGRES" -> format = "Postgres";
                case "GERMAN" -> { format = "German"; order = "DMY"; }
                case "MDY", "US", "NONEURO", "NONEUROPEAN" -> order = "MDY";
                case "DMY", "EURO", "EUROPEAN" -> order = "DMY";
                case "YMD" -> order = "YMD";
                case "DEFAULT" -> { format = "ISO"; order = "MDY"; }
                default -> throw invalid("DateStyle", value);
            }
        }
        return format + ", " + order;
    }

    private static String timeZone(String value) {
        String v = value.trim();
        if (v.equalsIgnoreCase("utc") || v.equalsIgnoreCase("z") || v.equalsIgnoreCase("gmt")) {
            return v.equalsIgnoreCase("gmt") ? "GMT" : "UTC";
        }
        try {
            return ZoneId.of(v).getId();
        } catch (DateTimeException e) {
            throw invalid("TimeZone", value);
        }
    }
}
