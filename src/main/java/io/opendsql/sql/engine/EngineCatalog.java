package io.opendsql.sql.engine;

import io.opendsql.catalog.Catalog;
import io.opendsql.catalog.SchemaDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.SessionContext;
import io.opendsql.sql.analyze.CatalogReader;
import io.opendsql.sql.parse.ast.RangeVar;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The catalog read through one transaction with the session's {@code search_path}; remembers every table it
 * resolved and the version it saw, so a cached plan can tell whether it is still current.
 */
final class EngineCatalog implements CatalogReader {
    private final Catalog catalog;
    private final Transaction txn;
    private final List<String> searchPath;
    private final Map<Long, Integer> tableVersions = new LinkedHashMap<>();
    private final SystemRelations system;

    EngineCatalog(Catalog catalog, SystemRelations system, Transaction txn, SessionContext session) {
        this.catalog = catalog;
        this.system = system;
        this.txn = txn;
        this.searchPath = searchPath(session);
    }

    Catalog catalog() {
        return catalog;
    }

    Transaction txn() {
        return txn;
    }

    List<String> searchPath() {
        return searchPath;
    }

    /** Tables resolved so far, by OID, with the version seen. */
    Map<Long, Integer> tableVersions() {
        return tableVersions;
    }

    @Override
    public java.util.Optional<io.opendsql.sql.plan.SystemRelation> systemRelation(RangeVar name) {
        return system.find(name.schema(), name.name(), searchPath);
    }

    @Override
    public TableRef table(RangeVar name) {
        if (name.catalog() != null && !name.catalog().equals("postgres")) {
            throw io.opendsql.common.DsqlException.of(io.opendsql.common.SqlState.FEATURE_NOT_SUPPORTED,
                    "cross-database references are not implemented: %s.%s.%s", name.catalog(), name.schema(),
                    name.name()).at(name.location() + 1);
        }
        TableDescriptor table;
        try {
            table = catalog.table(txn, searchPath, name.schema(), name.name());
        } catch (io.opendsql.common.DsqlException e) {
            throw e.position() > 0 ? e : e.at(name.location() + 1);
        }
        tableVersions.put(table.oid(), table.version());
        String schema = catalog.schema(txn, table.schemaOid()).map(SchemaDescriptor::name).orElse(null);
        return new TableRef(table, catalog.indexes(txn, table.oid()), schema);
    }

    /** The session's search_path as schema names ({@code "$user"} is the user's own schema). */
    static List<String> searchPath(SessionContext session) {
        return io.opendsql.sql.system.SearchPath.of(session);
    }
}
