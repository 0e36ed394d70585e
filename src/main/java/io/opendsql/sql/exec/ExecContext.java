package io.opendsql.sql.exec;

import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.func.FunctionContext;
import io.opendsql.sql.table.TableStore;
import io.opendsql.sql.types.TypeIo;
import io.opendsql.txn.Transaction;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * What operators of one statement execution share: the session's function context, the bound parameter
 * values, the transaction (null for a statement that touches no table), and what the execution caches
 * (uncorrelated subqueries' results, common tables' rows).
 */
public record ExecContext(FunctionContext functions, Object[] parameters, Transaction txn, LongSupplier rowIds,
                          ExecutionCache cache) {
    public ExecContext(FunctionContext functions, Object[] parameters, Transaction txn, LongSupplier rowIds) {
        this(functions, parameters, txn, rowIds, new ExecutionCache());
    }

    /** The evaluator of a top-level operator. */
    public Evaluator evaluator(Frames outer) {
        return new Evaluator(functions, parameters, outer, this);
    }

    /** Access to a table's rows in this transaction. */
    public TableStore table(TableDescriptor table, List<IndexDescriptor> indexes) {
        return new TableStore(table, indexes, rowIds, (type, value) -> TypeIo.format(type, value, functions.types()));
    }

    /** Throws {@code 57014} when the client cancelled the statement; loops call it. */
    public void checkCancel() {
        functions.session().checkCancel();
    }
}
