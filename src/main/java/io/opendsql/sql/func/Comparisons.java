package io.opendsql.sql.func;

import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.ValueOrder;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/** = <> < <= > >= for every scalar type (btree order), with cross-width integer and float variants. */
final class Comparisons {
    private Comparisons() {
    }

    static final Map<String, IntPredicate> OPERATORS = Map.of(
            "=", c -> c == 0, "<>", c -> c != 0, "<", c -> c < 0, "<=", c -> c <= 0, ">", c -> c > 0,
            ">=", c -> c >= 0);

    private static final List<PgType> SAME_TYPE = List.of(PgType.BOOL, PgType.BYTEA, PgType.CHAR, PgType.NAME,
            PgType.TEXT, PgType.OID, PgType.NUMERIC, PgType.BPCHAR, PgType.DATE, PgType.TIME, PgType.TIMETZ,
            PgType.TIMESTAMP, PgType.TIMESTAMPTZ, PgType.INTERVAL, PgType.UUID, PgType.JSONB, PgType.INET);

    static void register(Registry ops) {
        OPERATORS.forEach((symbol, test) -> {
            for (PgType type : SAME_TYPE) {
                ops.add(symbol, List.of(type, type), PgType.BOOL,
                        a -> test.test(ValueOrder.compare(type, a.get(0), a.get(1))));
            }
            for (PgType left : List.of(PgType.INT2, PgType.INT4, PgType.INT8)) {
                for (PgType right : List.of(PgType.INT2, PgType.INT4, PgType.INT8)) {
                    ops.add(symbol, List.of(left, right), PgType.BOOL, a -> test.test(Long.compare(
                            ((Number) a.get(0)).longValue(), ((Number) a.get(1)).longValue())));
                }
            }
            for (PgType left : List.of(PgType.FLOAT4, PgType.FLOAT8)) {
                for (PgType right : List.of(PgType.FLOAT4, PgType.FLOAT8)) {
                    ops.add(symbol, List.of(left, right), PgType.BOOL, a -> test.test(ValueOrder.compare(
                            PgType.FLOAT8, ((Number) a.get(0)).doubleValue(), ((Number) a.get(1)).doubleValue())));
                }
            }
        });
    }
}
