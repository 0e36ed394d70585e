package io.opendsql.storage.keys;

/**
 * The value kinds the key codec can encode, with the Java type each is carried as. Dates are days since
 * 1970-01-01; times and timestamps are microseconds (time: since midnight; timestamp: since the epoch; with
 * time zone: since the epoch in UTC).
 */
public enum KeyType {
    INT16(Short.class),
    INT32(Integer.class),
    INT64(Long.class),
    FLOAT32(Float.class),
    FLOAT64(Double.class),
    NUMERIC(NumericValue.class),
    TEXT(String.class),
    BYTES(byte[].class),
    BOOLEAN(Boolean.class),
    UUID(java.util.UUID.class),
    DATE(Integer.class),
    TIME(Long.class),
    TIMESTAMP(Long.class),
    TIMESTAMPTZ(Long.class);

    private final Class<?> javaType;

    KeyType(Class<?> javaType) {
        this.javaType = javaType;
    }

    public Class<?> javaType() {
        return javaType;
    }
}
