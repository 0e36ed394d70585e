package io.opendsql.sql.types;

/** PostgreSQL's IntervalStyle setting. */
public enum IntervalStyle {
    POSTGRES("postgres"),
    POSTGRES_VERBOSE("postgres_verbose"),
    SQL_STANDARD("sql_standard"),
    ISO_8601("iso_8601");

    private final String settingName;

    IntervalStyle(String settingName) {
        this.settingName = settingName;
    }

    public String settingName() {
        return settingName;
    }

    /** Reads the setting; case-insensitive; 22023 with PostgreSQL's hint for anything else. */
    public static IntervalStyle fromSetting(String value) {
        for (IntervalStyle style : values()) {
            if (style.settingName.equalsIgnoreCase(value.trim())) {
                return style;
            }
        }
        throw io.opendsql.common.DsqlException.of(io.opendsql.common.SqlState.INVALID_PARAMETER_VALUE,
                "invalid value for parameter \"IntervalStyle\": \"%s\"", value)
                .hint("Available values: postgres, postgres_verbose, sql_standard, iso_8601.");
    }
}
