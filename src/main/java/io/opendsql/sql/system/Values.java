package io.opendsql.sql.system;

import io.opendsql.sql.types.PgArray;
import java.util.List;

/** Small conversions to the Java values of catalog column types. */
final class Values {
    private Values() {
    }

    /** A "char" value. */
    static Byte ch(char c) {
        return (byte) c;
    }

    static Short int2(int value) {
        return (short) value;
    }

    static Long oid(long value) {
        return value;
    }

    /** An int2vector of attnums, subscripted from 0. */
    static PgArray int2vector(List<Integer> values) {
        if (values.isEmpty()) {
            return PgArray.empty();
        }
        return new PgArray(new int[] {values.size()}, new int[] {0},
                values.stream().map(v -> (Object) (short) (int) v).toList());
    }

    /** An oidvector, subscripted from 0. */
    static PgArray oidvector(List<Long> values) {
        if (values.isEmpty()) {
            return PgArray.empty();
        }
        return new PgArray(new int[] {values.size()}, new int[] {0}, values.stream().map(v -> (Object) v).toList());
    }

    /** A one-dimensional array subscripted from 1. */
    static PgArray array(List<?> values) {
        return PgArray.of(values);
    }

    static PgArray int2array(List<Integer> values) {
        return PgArray.of(values.stream().map(v -> (short) (int) v).toList());
    }
}
