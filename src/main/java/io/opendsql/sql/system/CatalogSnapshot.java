package io.opendsql.sql.system;

import io.opendsql.catalog.Catalog;
import io.opendsql.catalog.ConstraintDescriptor;
import io.opendsql.catalog.FunctionDescriptor;
import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.ObjectKind;
import io.opendsql.catalog.RelationKind;
import io.opendsql.catalog.RelationRef;
import io.opendsql.catalog.RoleDescriptor;
import io.opendsql.catalog.SchemaDescriptor;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.catalog.TableStatistics;
import io.opendsql.catalog.ViewDescriptor;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The user's catalog objects at one transaction's snapshot, read once and indexed by OID for the system
 * relations and the describe functions. Built by {@link SystemCatalog#snapshot}, which reuses it while the
 * transaction writes nothing and the catalog does not change.
 */
public final class CatalogSnapshot {
    /** A relation of a user schema: its kind, its schema and its descriptor. */
    public record Relation(RelationRef ref, SchemaDescriptor schema, TableDescriptor table, IndexDescriptor index,
                           ViewDescriptor view) {
        public long oid() {
            return ref.oid();
        }

        public String name() {
            return ref.name();
        }

        public RelationKind kind() {
            return ref.kind();
        }

        public long owner() {
            return table != null ? table.owner() : view != null ? view.owner() : 0;
        }
    }

    private final Catalog catalog;
    private final Transaction txn;
    private final List<SchemaDescriptor> schemas;
    private final Map<Long, SchemaDescriptor> schemasByOid = new HashMap<>();
    private final Map<Long, Relation> relations = new LinkedHashMap<>();
    private final Map<Long, List<IndexDescriptor>> indexesByTable = new HashMap<>();
    private final Map<Long, List<ConstraintDescriptor>> constraintsByTable = new LinkedHashMap<>();
    private final Map<Long, ConstraintDescriptor> constraints = new LinkedHashMap<>();
    private final List<FunctionDescriptor> functions = new ArrayList<>();
    private final Map<Long, FunctionDescriptor> functionsByOid = new HashMap<>();
    private final List<RoleDescriptor> roles;
    private final Map<Long, RoleDescriptor> rolesByOid = new HashMap<>();
    private final Map<Long, TableStatistics> statistics = new HashMap<>();

    CatalogSnapshot(Catalog catalog, Transaction txn) {
        this.catalog = catalog;
        this.txn = txn;
        this.schemas = catalog.schemas(txn);
        for (SchemaDescriptor schema : schemas) {
            schemasByOid.put(schema.oid(), schema);
            for (RelationRef ref : catalog.relations(txn, schema.oid())) {
                switch (ref.kind()) {
                    case TABLE -> catalog.table(txn, ref.oid()).ifPresent(table -> {
                        relations.put(ref.oid(), new Relation(ref, schema, table, null, null));
                        List<IndexDescriptor> indexes = catalog.indexes(txn, table.oid());
                        indexesByTable.put(table.oid(), indexes);
                        List<ConstraintDescriptor> tableConstraints = catalog.constraints(txn, table.oid());
                        constraintsByTable.put(table.oid(), tableConstraints);
                        tableConstraints.forEach(c -> constraints.put(c.oid(), c));
                    });
                    case VIEW -> catalog.view(txn, ref.oid()).ifPresent(view ->
                            relations.put(ref.oid(), new Relation(ref, schema, null, null, view)));
                    case INDEX -> catalog.index(txn, ref.oid()).ifPresent(index ->
                            relations.put(ref.oid(), new Relation(ref, schema, null, index, null)));
                    case SEQUENCE -> {
                        // sequences are not in the catalog's profile yet
                    }
                }
            }
            for (FunctionDescriptor function : catalog.functions(txn, schema.oid())) {
                functions.add(function);
                functionsByOid.put(function.oid(), function);
            }
        }
        this.roles = catalog.security().roles(txn);
        roles.forEach(role -> rolesByOid.put(role.oid(), role));
    }

    public List<SchemaDescriptor> schemas() {
        return schemas;
    }

    public Optional<SchemaDescriptor> schema(long oid) {
        return Optional.ofNullable(schemasByOid.get(oid));
    }

    public Optional<SchemaDescriptor> schema(String name) {
        return schemas.stream().filter(s -> s.name().equals(name)).findFirst();
    }

    /** Tables, views and indexes of every schema, schema by schema in name order. */
    public List<Relation> relations() {
        return List.copyOf(relations.values());
    }

    public Optional<Relation> relation(long oid) {
        return Optional.ofNullable(relations.get(oid));
    }

    /** The relation {@code name} in schema {@code schemaOid}. */
    public Optional<Relation> relation(long schemaOid, String name) {
        return relations.values().stream()
                .filter(r -> r.schema().oid() == schemaOid && r.name().equals(name)).findFirst();
    }

    public Optional<TableDescriptor> table(long oid) {
        return relation(oid).map(Relation::table);
    }

    public List<IndexDescriptor> indexes(long tableOid) {
        return indexesByTable.getOrDefault(tableOid, List.of());
    }

    public Optional<IndexDescriptor> index(long oid) {
        return relation(oid).map(Relation::index);
    }

    public List<ConstraintDescriptor> constraints(long tableOid) {
        return constraintsByTable.getOrDefault(tableOid, List.of());
    }

    /** Every table constraint, table by table. */
    public List<ConstraintDescriptor> constraints() {
        return List.copyOf(constraints.values());
    }

    public Optional<ConstraintDescriptor> constraint(long oid) {
        return Optional.ofNullable(constraints.get(oid));
    }

    /** The constraint a primary key or unique index enforces. */
    public Optional<ConstraintDescriptor> constraintOfIndex(long indexOid) {
        return constraints.values().stream().filter(c -> c.indexOid() == indexOid).findFirst();
    }

    /** The user's SQL functions. */
    public List<FunctionDescriptor> functions() {
        return functions;
    }

    public Optional<FunctionDescriptor> function(long oid) {
        return Optional.ofNullable(functionsByOid.get(oid));
    }

    public List<RoleDescriptor> roles() {
        return roles;
    }

    public Optional<RoleDescriptor> role(long oid) {
        return Optional.ofNullable(rolesByOid.get(oid));
    }

    public Optional<RoleDescriptor> role(String name) {
        return roles.stream().filter(r -> r.name().equals(name)).findFirst();
    }

    /** A role's name, or {@code unknown (OID=n)} as pg_get_userbyid prints a missing one. */
    public String roleName(long oid) {
        return role(oid).map(RoleDescriptor::name).orElse("unknown (OID=" + oid + ")");
    }

    /** The comment of an object ({@code subId} = column attnum, else 0). */
    public Optional<String> comment(ObjectKind kind, long oid, int subId) {
        return catalog.comment(txn, kind, oid, subId);
    }

    /** ANALYZE's row estimate of a table; -1 before the first ANALYZE. */
    public long rowEstimate(long tableOid) {
        return statistics.computeIfAbsent(tableOid, oid -> catalog.statistics(txn, oid)).rowEstimate();
    }
}
