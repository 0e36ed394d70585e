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

    public static IntervalStyle fromSetting(String value) {
        for (IntervalStyle style : values()) {
            if (style.settingName.equalsIgnoreCase(value.trim())) {
                return style;
            }
        }
        throw new IllegalArgumentException("unknown IntervalStyle " + value);
    }
}
