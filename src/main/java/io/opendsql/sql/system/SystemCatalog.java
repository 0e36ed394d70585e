package io.opendsql.sql.system;

import io.opendsql.catalog.Catalog;
import io.opendsql.sql.func.FunctionContext;
import io.opendsql.sql.plan.SystemRelation;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;

/**
 * The system relations of one database: pg_catalog's tables and views, information_schema's views and sys's,
 * computed from its {@link Catalog} at each transaction's snapshot. Name lookup follows PostgreSQL's implicit
 * search path: an unqualified name finds pg_catalog's relation before the search path's.
 */
public final class SystemCatalog {
    private final Catalog catalog;
    private final Map<String, SystemRelation> relations = new LinkedHashMap<>();
    private final Map<Long, SystemRelation> byOid = new LinkedHashMap<>();
    private final Map<Transaction, Cached> snapshots = Collections.synchronizedMap(new WeakHashMap<>());

    private record Cached(long catalogVersion, long writeBytes, CatalogSnapshot snapshot) {
    }

    public SystemCatalog(Catalog catalog) {
        this.catalog = catalog;
        List<SystemTable<?>> tables = new ArrayList<>();
        tables.addAll(ClassRelations.tables());
        tables.addAll(ConstraintRelations.tables());
        tables.addAll(TypeRelations.tables());
        tables.addAll(ProcRelations.tables());
        tables.addAll(RoleRelations.tables());
        tables.addAll(DatabaseRelations.tables());
        tables.addAll(SystemViews.tables());
        tables.addAll(EmptyRelations.tables());
        tables.addAll(InformationSchema.tables());
        tables.addAll(InformationSchemaKeys.tables());
        tables.addAll(SysRelations.tables());
        for (SystemTable<?> table : tables) {
            add(table.relation(this::context));
        }
    }

    /** Adds a relation computed elsewhere (such as sys.jobs). */
    public void add(SystemRelation relation) {
        relations.put(relation.schema() + "." + relation.name(), relation);
        if (relation.oid() != 0) {
            byOid.put(relation.oid(), relation);
        }
    }

    public Catalog catalog() {
        return catalog;
    }

    /** The relation {@code schema.name}; with no schema, pg_catalog's, then the search path's. */
    public Optional<SystemRelation> find(String schema, String name, List<String> searchPath) {
        if (schema != null) {
            return Optional.ofNullable(relations.get(schema + "." + name));
        }
        SystemRelation found = relations.get("pg_catalog." + name);
        if (found != null) {
            return Optional.of(found);
        }
        for (String entry : searchPath) {
            found = relations.get(entry + "." + name);
            if (found != null) {
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** Every system relation, pg_catalog's first. */
    public List<SystemRelation> relations() {
        return List.copyOf(relations.values());
    }

    public Optional<SystemRelation> relation(long oid) {
        return Optional.ofNullable(byOid.get(oid));
    }

    /**
     * The catalog at {@code txn}'s snapshot; the same object while the transaction writes nothing and no
     * catalog change commits, so the relations of one query and its subqueries read it once.
     */
    public CatalogSnapshot snapshot(Transaction txn) {
        long version = catalog.version();
        long written = txn.writeBytes();
        Cached cached = snapshots.get(txn);
        if (cached != null && cached.catalogVersion() == version && cached.writeBytes() == written) {
            return cached.snapshot();
        }
        CatalogSnapshot snapshot = new CatalogSnapshot(catalog, txn);
        snapshots.put(txn, new Cached(version, written, snapshot));
        return snapshot;
    }

    RowContext context(Transaction txn, FunctionContext session) {
        return new RowContext(snapshot(txn), txn, session, this);
    }
}
