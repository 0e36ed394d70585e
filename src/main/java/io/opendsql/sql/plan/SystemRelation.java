package io.opendsql.sql.plan;

import io.opendsql.sql.func.FunctionContext;
import io.opendsql.txn.Transaction;
import java.util.List;
import java.util.function.Function;

/**
 * A relation computed from the catalog or the server's state rather than stored rows: {@code sys.jobs},
 * and the {@code pg_catalog} and {@code information_schema} relations tools read. Rows are computed per
 * execution, at the transaction's snapshot, for the session running the statement.
 *
 * @param oid the relation's pg_class OID (0 when it has none)
 */
public record SystemRelation(String schema, String name, long oid, List<OutputColumn> columns, Rows rows) {
    /** Computes the rows of one scan. */
    @FunctionalInterface
    public interface Rows {
        List<Object[]> compute(Transaction txn, FunctionContext context);
    }

    public SystemRelation {
        columns = List.copyOf(columns);
    }

    /** A relation whose rows depend only on the transaction. */
    public SystemRelation(String schema, String name, List<OutputColumn> columns,
                          Function<Transaction, List<Object[]>> rows) {
        this(schema, name, 0, columns, (txn, context) -> rows.apply(txn));
    }

    public List<Object[]> rows(Transaction txn, FunctionContext context) {
        return rows.compute(txn, context);
    }
}
