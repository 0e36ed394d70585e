package io.opendsql.sql.plan;

import io.opendsql.txn.Transaction;
import java.util.List;
import java.util.function.Function;

/**
 * A relation computed from the catalog or the server's state rather than stored rows: {@code sys.jobs},
 * and the {@code pg_catalog} and {@code information_schema} relations tools read. Rows are computed per
 * execution, at the transaction's snapshot.
 */
public record SystemRelation(String schema, String name, List<OutputColumn> columns,
                             Function<Transaction, List<Object[]>> rows) {
    public SystemRelation {
        columns = List.copyOf(columns);
    }
}
