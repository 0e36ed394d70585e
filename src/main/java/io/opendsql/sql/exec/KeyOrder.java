package io.opendsql.sql.exec;

import io.opendsql.sql.plan.SortKey;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Orders and equality of key tuples ({@code Object[]} of already evaluated key values) as ORDER BY sorts them
 * (direction, NULLS FIRST/LAST) and as GROUP BY, PARTITION BY and peers compare them (NULLs equal).
 */
final class KeyOrder {
    private KeyOrder() {
    }

    static PgType[] types(List<SortKey> keys) {
        PgType[] types = new PgType[keys.size()];
        for (int k = 0; k < types.length; k++) {
            types[k] = keys.get(k).expr().type().type();
        }
        return types;
    }

    /** Order of key tuples by {@code keys}' directions and NULL placements. */
    static Comparator<Object[]> sorting(List<SortKey> keys) {
        PgType[] types = types(keys);
        boolean[] descending = new boolean[types.length];
        boolean[] nullsFirst = new boolean[types.length];
        for (int k = 0; k < types.length; k++) {
            descending[k] = keys.get(k).descending();
            nullsFirst[k] = keys.get(k).nullsFirst();
        }
        return (a, b) -> {
            for (int k = 0; k < types.length; k++) {
                int cmp;
                if (a[k] == null || b[k] == null) {
                    cmp = RowOrder.compare(types[k], a[k], b[k], nullsFirst[k]);
                } else {
                    cmp = ValueOrder.compare(types[k], a[k], b[k]);
                    if (descending[k]) {
                        cmp = -cmp;
                    }
                }
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
    }

    /** Ascending order with NULLs last over every position: the order PARTITION BY and DISTINCT sort in. */
    static Comparator<Object[]> ascending(PgType[] types) {
        return (a, b) -> {
            for (int k = 0; k < types.length; k++) {
                int cmp = RowOrder.compare(types[k], a[k], b[k], false);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
    }

    /** Equality with NULLs equal to each other, as grouping compares keys. */
    static boolean equal(PgType[] types, Object[] a, Object[] b) {
        for (int k = 0; k < types.length; k++) {
            if (a[k] == null || b[k] == null) {
                if (a[k] != b[k]) {
                    return false;
                }
            } else if (ValueOrder.compare(types[k], a[k], b[k]) != 0) {
                return false;
            }
        }
        return true;
    }

    /** A hash consistent with {@link #equal}. */
    static int hash(PgType[] types, Object[] key) {
        int h = 1;
        for (int k = 0; k < types.length; k++) {
            h = 31 * h + (key[k] == null ? 0 : ValueOrder.hash(types[k], key[k]));
        }
        return h;
    }

    /** A key tuple usable in hash maps, compared as {@link #equal}. */
    record Key(PgType[] types, Object[] values, int hash) {
        static Key of(PgType[] types, Object[] values) {
            return new Key(types, values, KeyOrder.hash(types, values));
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.hash == hash && KeyOrder.equal(types, values, k.values);
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return Arrays.toString(values);
        }
    }
}
