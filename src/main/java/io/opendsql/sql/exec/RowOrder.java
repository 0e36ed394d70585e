package io.opendsql.sql.exec;

import io.opendsql.sql.plan.OutputColumn;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import java.util.Comparator;
import java.util.List;

/** Orders of rows and values as PostgreSQL's default btree operators sort them. */
final class RowOrder {
    private RowOrder() {
    }

    /** Compares two values of one type; NULLs equal each other and sort last (or first when asked). */
    static int compare(PgType type, Object a, Object b, boolean nullsFirst) {
        if (a == null || b == null) {
            return a == b ? 0 : (a == null) == nullsFirst ? -1 : 1;
        }
        return ValueOrder.compare(type, a, b);
    }

    /** Equality of whole rows over the first {@code width} columns, NULLs equal (as DISTINCT and UNION treat them). */
    static Comparator<Object[]> rows(List<OutputColumn> columns, int width) {
        PgType[] types = new PgType[width];
        for (int i = 0; i < width; i++) {
            types[i] = columns.get(i).type().type();
        }
        return (a, b) -> {
            for (int c = 0; c < types.length; c++) {
                int cmp = compare(types[c], a[c], b[c], false);
                if (cmp != 0) {
                    return cmp;
                }
            }
            return 0;
        };
    }
}
