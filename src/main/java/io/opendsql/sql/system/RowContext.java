package io.opendsql.sql.system;

import io.opendsql.sql.func.FunctionContext;
import io.opendsql.txn.Transaction;
import java.util.List;

/**
 * What the rows of one scan of a system relation are computed from: the catalog at the transaction's
 * snapshot, the session (search_path, user, settings) and the system relations themselves.
 */
record RowContext(CatalogSnapshot catalog, Transaction txn, FunctionContext session, SystemCatalog system) {
    /** Builds the context of a scan. */
    @FunctionalInterface
    interface Factory {
        RowContext create(Transaction txn, FunctionContext session);
    }

    /** The session's search_path with pg_catalog first when it is not named, as name lookup uses it. */
    List<String> searchPath() {
        return SearchPath.effective(session.session());
    }

    String user() {
        return session.session().user();
    }
}
