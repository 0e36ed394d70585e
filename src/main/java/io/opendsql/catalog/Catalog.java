package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import io.opendsql.txn.MvccStore;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The catalog of one database: schemas, tables, columns, indexes, constraints, views, functions and
 * comments, stored as versioned rows in the MVCC store ({@link CatalogKeys}) and always read through the
 * caller's {@link Transaction}, so a transaction sees the catalog as of its snapshot plus its own uncommitted
 * DDL. Roles, grants and IAM mappings are in {@link #security()}, sys.jobs in {@link #jobs()}.
 *
 * <p><b>OC001.</b> Every read records which catalog rows a transaction used; if a catalog change committed
 * after its snapshot wrote one of them, the read fails at once (the statement touching a changed object)
 * and so does COMMIT, with {@code 40001 schema has been updated by another transaction (OC001)}. Two
 * concurrent DDLs on the same object both read its rows, so the later committer fails with OC001; DDLs on
 * different objects share no rows and both commit. See {@link CatalogStore} and {@link CatalogChanges}.
 *
 * <p>Mutations check existence, names and DSQL's limits and raise PostgreSQL's errors; they do not check
 * privileges or DSQL's statement rules (one DDL per transaction), which belong to the SQL layer.
 * Thread-safe; each transaction belongs to one thread.
 */
public final class Catalog {
    private final MvccStore mvcc;
    private final CatalogOptions options;
    private final CatalogStore store;
    private final IdAllocator oids;
    private final IdAllocator storageIds;
    private final Relations relations;
    private final Functions functions;
    private final SecurityCatalog security;
    private final JobCatalog jobs;

    private Catalog(MvccStore mvcc, CatalogOptions options) {
        this.mvcc = mvcc;
        this.options = options;
        this.store = new CatalogStore(new CatalogChanges(mvcc.latestTimestamp(), mvcc::oldestSnapshot),
                options.conflictScope());
        this.oids = new IdAllocator(mvcc, "oid", Oids.FIRST_USER_OID, options.idBlockSize());
        this.storageIds = new IdAllocator(mvcc, "storage-id", StorageIds.FIRST_USER_ID, options.idBlockSize());
        this.jobs = new JobCatalog(store, options.nowMicros());
        this.security = new SecurityCatalog(store, oids);
        this.relations = new Relations(store, options.limits(), oids, storageIds, jobs);
        this.functions = new Functions(store, oids, relations);
    }

    /** Opens the catalog of {@code mvcc} with DSQL's limits, creating the bootstrap objects on first open. */
    public static Catalog open(MvccStore mvcc) {
        return open(mvcc, CatalogOptions.defaults());
    }

    public static Catalog open(MvccStore mvcc, CatalogOptions options) {
        Catalog catalog = new Catalog(requireNonNull(mvcc, "mvcc"), requireNonNull(options, "options"));
        catalog.bootstrap();
        return catalog;
    }

    /**
     * Creates {@code pg_catalog}, {@code public} (2200), {@code information_schema}, {@code sys} and the
     * {@code admin} role (15579) in one transaction, unless they exist.
     */
    private void bootstrap() {
        try (Transaction txn = mvcc.begin()) {
            if (txn.get(CatalogKeys.schemaName("public")) != null) {
                return;
            }
            store.put(txn, CatalogKeys.byOid(CatalogKeys.ROLES, Oids.ADMIN_ROLE),
                    new RoleDescriptor(Oids.ADMIN_ROLE, "admin", true, true, true, List.of()));
            store.put(txn, CatalogKeys.roleName("admin"), Oids.ADMIN_ROLE);
            for (SchemaDescriptor schema : List.of(
                    new SchemaDescriptor(Oids.PG_CATALOG_SCHEMA, "pg_catalog", Oids.ADMIN_ROLE),
                    new SchemaDescriptor(Oids.PUBLIC_SCHEMA, "public", Oids.ADMIN_ROLE),
                    new SchemaDescriptor(Oids.INFORMATION_SCHEMA, "information_schema", Oids.ADMIN_ROLE),
                    new SchemaDescriptor(Oids.SYS_SCHEMA, "sys", Oids.ADMIN_ROLE))) {
                store.put(txn, CatalogKeys.byOid(CatalogKeys.SCHEMAS, schema.oid()), schema);
                store.put(txn, CatalogKeys.schemaName(schema.name()), schema.oid());
            }
            txn.commit();
        }
    }

    public CatalogOptions options() {
        return options;
    }

    /**
     * The cluster-wide catalog version: the commit timestamp of the latest committed catalog change (after a
     * restart, at least the store's latest timestamp). It only grows; a cache keyed by it is valid while it
     * stays equal.
     */
    public long version() {
        return store.changes().version();
    }

    /**
     * Throws OC001 if a catalog row {@code txn} has used changed since its snapshot. Reads already fail when
     * they touch a changed row, and COMMIT checks again; the session may call this at statement start to fail
     * a statement early on an object an earlier statement used.
     */
    public void checkCurrent(Transaction txn) {
        store.checkCurrent(txn);
    }

    /** Roles, grants and IAM mappings. */
    public SecurityCatalog security() {
        return security;
    }

    /** sys.jobs. */
    public JobCatalog jobs() {
        return jobs;
    }

    /** A fresh OID from the same sequence as catalog objects, e.g. for a sequence the SQL layer creates. */
    public long allocateOid() {
        return oids.next();
    }

    // ---- schemas

    public Optional<SchemaDescriptor> findSchema(Transaction txn, String name) {
        return store.get(txn, CatalogKeys.schemaName(name), Long.class).flatMap(oid -> schema(txn, oid));
    }

    /** The schema named {@code name}, or {@code 3F000 schema "s" does not exist}. */
    public SchemaDescriptor schema(Transaction txn, String name) {
        return findSchema(txn, name).orElseThrow(() -> CatalogErrors.schemaNotFound(name));
    }

    public Optional<SchemaDescriptor> schema(Transaction txn, long oid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.SCHEMAS, oid), SchemaDescriptor.class);
    }

    /** All schemas in OID order. */
    public List<SchemaDescriptor> schemas(Transaction txn) {
        return store.scan(txn, CatalogKeys.prefix(CatalogKeys.SCHEMAS), SchemaDescriptor.class);
    }

    public SchemaDescriptor createSchema(Transaction txn, String name, long owner) {
        if (findSchema(txn, name).isPresent()) {
            throw CatalogErrors.schemaExists(name);
        }
        long userSchemas = store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.SCHEMAS)).stream()
                .map(row -> CatalogStore.decode(row.value(), SchemaDescriptor.class))
                .filter(schema -> !schema.isSystem())
                .count();
        if (userSchemas >= options.limits().userSchemas()) {
            throw CatalogErrors.tooManySchemas(options.limits().userSchemas());
        }
        SchemaDescriptor schema = new SchemaDescriptor(oids.next(), name, owner);
        store.put(txn, CatalogKeys.byOid(CatalogKeys.SCHEMAS, schema.oid()), schema);
        store.put(txn, CatalogKeys.schemaName(name), schema.oid());
        return schema;
    }

    /**
     * Drops a schema; without {@code cascade} it must be empty ({@code 2BP01 cannot drop schema s because
     * other objects depend on it}); with it, its relations and functions go too.
     */
    public void dropSchema(Transaction txn, String name, boolean cascade) {
        SchemaDescriptor schema = schema(txn, name);
        if (schema.isSystem()) {
            throw CatalogErrors.systemSchema(name);
        }
        List<RelationRef> contents = relations.relations(txn, schema.oid());
        List<FunctionDescriptor> inSchema = functions.functions(txn, schema.oid());
        List<String> domains = store.scan(txn, CatalogKeys.typeNames(schema.oid())).stream()
                .map(row -> CatalogStore.decode(row.value(), Long.class))
                .map(oid -> store.get(txn, CatalogKeys.byOid(CatalogKeys.DOMAINS, oid), DomainDescriptor.class))
                .flatMap(Optional::stream)
                .map(DomainDescriptor::name)
                .toList();
        if (!cascade && (!contents.isEmpty() || !inSchema.isEmpty() || !domains.isEmpty())) {
            List<String> details = new ArrayList<>();
            for (RelationRef relation : contents) {
                if (relation.kind() != RelationKind.INDEX) {
                    details.add("%s %s.%s depends on schema %s".formatted(relation.kind().displayName(), name,
                            relation.name(), name));
                }
            }
            for (FunctionDescriptor function : inSchema) {
                details.add("function %s.%s depends on schema %s".formatted(name,
                        TypeNames.signature(function.name(), function.argTypes()), name));
            }
            for (String domain : domains) {
                details.add("type %s.%s depends on schema %s".formatted(name, domain, name));
            }
            throw CatalogErrors.hasDependents("schema " + name, details);
        }
        for (String domain : domains) {
            dropDomain(txn, schema.oid(), domain);
        }
        for (RelationRef relation : contents) {
            relations.dropIfPresent(txn, relation);
        }
        for (FunctionDescriptor function : inSchema) {
            functions.dropFunction(txn, function.oid());
        }
        store.delete(txn, CatalogKeys.byOid(CatalogKeys.SCHEMAS, schema.oid()));
        store.delete(txn, CatalogKeys.schemaName(name));
        security.dropAcl(txn, ObjectKind.SCHEMA, schema.oid());
        relations.dropComments(txn, ObjectKind.SCHEMA, schema.oid());
    }

    public SchemaDescriptor renameSchema(Transaction txn, String name, String newName) {
        SchemaDescriptor schema = schema(txn, name);
        if (findSchema(txn, newName).isPresent()) {
            throw CatalogErrors.schemaExists(newName);
        }
        SchemaDescriptor renamed = schema.withName(newName);
        store.delete(txn, CatalogKeys.schemaName(name));
        store.put(txn, CatalogKeys.schemaName(newName), schema.oid());
        store.put(txn, CatalogKeys.byOid(CatalogKeys.SCHEMAS, schema.oid()), renamed);
        return renamed;
    }

    public SchemaDescriptor alterSchemaOwner(Transaction txn, String name, long owner) {
        SchemaDescriptor changed = schema(txn, name).withOwner(owner);
        store.put(txn, CatalogKeys.byOid(CatalogKeys.SCHEMAS, changed.oid()), changed);
        return changed;
    }

    // ---- relations: lookups

    /** The relation {@code name} in schema {@code schemaOid}, if any. */
    public Optional<RelationRef> findRelation(Transaction txn, long schemaOid, String name) {
        return relations.find(txn, schemaOid, name);
    }

    /**
     * Resolves a possibly qualified relation name: in {@code schemaName} when given, else in the first schema
     * of {@code searchPath} that has it. A missing schema finds nothing, so a query on {@code nosuch.t} gets
     * PostgreSQL's {@code relation "nosuch.t" does not exist}; DDL that creates in a schema looks the schema up
     * with {@link #schema(Transaction, String)} for {@code 3F000}. System relations of pg_catalog and information_schema are the SQL layer's, not stored here.
     */
    public Optional<RelationRef> resolveRelation(Transaction txn, List<String> searchPath, String schemaName,
                                                 String name) {
        if (schemaName != null) {
            return findSchema(txn, schemaName).flatMap(schema -> findRelation(txn, schema.oid(), name));
        }
        for (String pathEntry : searchPath) {
            Optional<SchemaDescriptor> schema = findSchema(txn, pathEntry);
            if (schema.isPresent()) {
                Optional<RelationRef> found = findRelation(txn, schema.get().oid(), name);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** {@link #resolveRelation}, or {@code 42P01 relation "name" does not exist}. */
    public RelationRef relation(Transaction txn, List<String> searchPath, String schemaName, String name) {
        return resolveRelation(txn, searchPath, schemaName, name)
                .orElseThrow(() -> CatalogErrors.relationNotFound(qualified(schemaName, name)));
    }

    /**
     * The relation a name resolves to, for a statement that names its kind ({@code DROP INDEX i},
     * {@code DROP VIEW v}): {@code index "i" does not exist} (42704) / {@code table "t" does not exist} (42P01)
     * when missing, {@code 42809 "t" is not an index} when of another kind.
     */
    public RelationRef relationOfKind(Transaction txn, List<String> searchPath, String schemaName, String name,
                                      RelationKind kind) {
        RelationRef ref = resolveRelation(txn, searchPath, schemaName, name)
                .orElseThrow(() -> CatalogErrors.relationNotFound(kind, qualified(schemaName, name)));
        if (ref.kind() != kind) {
            throw CatalogErrors.wrongKind(qualified(schemaName, name), kind);
        }
        return ref;
    }

    /** The table a name resolves to: {@code 42P01} if none, {@code 42809 "v" is not a table} if not a table. */
    public TableDescriptor table(Transaction txn, List<String> searchPath, String schemaName, String name) {
        RelationRef ref = relation(txn, searchPath, schemaName, name);
        if (ref.kind() != RelationKind.TABLE) {
            throw CatalogErrors.wrongKind(name, RelationKind.TABLE);
        }
        return relations.table(txn, ref.oid());
    }

    public Optional<TableDescriptor> table(Transaction txn, long oid) {
        return relations.findTable(txn, oid);
    }

    /** The relations of a schema (tables, indexes, views) in name order. */
    public List<RelationRef> relations(Transaction txn, long schemaOid) {
        return relations.relations(txn, schemaOid);
    }

    /** Tables of a schema in name order. */
    public List<TableDescriptor> tables(Transaction txn, long schemaOid) {
        List<TableDescriptor> tables = new ArrayList<>();
        for (RelationRef ref : relations.relations(txn, schemaOid)) {
            if (ref.kind() == RelationKind.TABLE) {
                tables.add(relations.table(txn, ref.oid()));
            }
        }
        return tables;
    }

    /** Indexes of a table in OID order, building ones included (check {@link IndexDescriptor#valid()}). */
    public List<IndexDescriptor> indexes(Transaction txn, long tableOid) {
        return relations.indexes(txn, tableOid);
    }

    public Optional<IndexDescriptor> index(Transaction txn, long oid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.INDEXES, oid), IndexDescriptor.class);
    }

    public List<ConstraintDescriptor> constraints(Transaction txn, long tableOid) {
        return store.scan(txn, CatalogKeys.constraints(tableOid), ConstraintDescriptor.class);
    }

    public Optional<ViewDescriptor> view(Transaction txn, long oid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.VIEWS, oid), ViewDescriptor.class);
    }

    // ---- tables

    /**
     * Creates a table with {@code columns} (attnums are assigned 1..n) and, when {@code primaryKey} names
     * columns, its primary key: constraint and covering unique index {@code <table>_pkey}, key columns made
     * NOT NULL. Without a primary key rows get a hidden row id.
     */
    public TableDescriptor createTable(Transaction txn, long schemaOid, String name, long owner,
                                       List<ColumnDescriptor> columns, List<String> primaryKey) {
        return relations.createTable(txn, schemaOid, name, owner, columns, primaryKey);
    }

    /** Drops a table with its indexes and constraints and queues a DROP job for its storage. */
    public void dropTable(Transaction txn, long tableOid, boolean cascade) {
        relations.dropTable(txn, tableOid, cascade);
    }

    /** Renames a table, index or view; {@code 42P07} if the new name is taken in its schema. */
    public RelationRef renameRelation(Transaction txn, RelationRef relation, String newName) {
        return relations.rename(txn, relation, newName);
    }

    public TableDescriptor renameColumn(Transaction txn, long tableOid, String column, String newName) {
        return relations.renameColumn(txn, tableOid, column, newName);
    }

    /** Adds a column (its attnum is assigned); {@code 42701} if the name is taken. */
    public TableDescriptor addColumn(Transaction txn, long tableOid, ColumnDescriptor column) {
        return relations.addColumn(txn, tableOid, column);
    }

    /** Marks a column dropped; indexes and constraints using it are dropped too. */
    public TableDescriptor dropColumn(Transaction txn, long tableOid, String column) {
        return relations.dropColumn(txn, tableOid, column);
    }

    /** SET DEFAULT (expression text) or DROP DEFAULT (null). */
    public TableDescriptor setColumnDefault(Transaction txn, long tableOid, String column, String expression) {
        return relations.alterColumn(txn, tableOid, column, c -> c.withDefault(expression));
    }

    public TableDescriptor setColumnNotNull(Transaction txn, long tableOid, String column, boolean notNull) {
        return relations.alterColumn(txn, tableOid, column, c -> c.withNotNull(notNull));
    }

    /** DROP EXPRESSION: a generated column becomes a plain one. */
    public TableDescriptor dropColumnExpression(Transaction txn, long tableOid, String column) {
        return relations.alterColumn(txn, tableOid, column, c -> c.withGenerated(null));
    }

    /** ADD/SET/DROP IDENTITY (null drops it). */
    public TableDescriptor setColumnIdentity(Transaction txn, long tableOid, String column, Identity identity) {
        return relations.alterColumn(txn, tableOid, column, c -> c.withIdentity(identity));
    }

    public TableDescriptor alterTableOwner(Transaction txn, long tableOid, long owner) {
        return relations.alterTable(txn, tableOid, table -> table.withOwner(owner));
    }

    /** ANALYZE's row estimate of a table; {@link TableStatistics#never} before the first ANALYZE. */
    public TableStatistics statistics(Transaction txn, long tableOid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.STATISTICS, tableOid), TableStatistics.class)
                .orElseGet(() -> TableStatistics.never(tableOid));
    }

    /** Stores ANALYZE's row estimate. Not a schema change: it causes no OC001. */
    public TableStatistics setRowEstimate(Transaction txn, long tableOid, long rows) {
        relations.table(txn, tableOid);
        TableStatistics statistics = new TableStatistics(tableOid, rows, options.nowMicros().getAsLong());
        store.put(txn, CatalogKeys.byOid(CatalogKeys.STATISTICS, tableOid), statistics);
        return statistics;
    }

    // ---- indexes and constraints

    /** Creates an index, invalid unless {@link IndexDefinition#valid()}; checks DSQL's index limits. */
    public IndexDescriptor createIndex(Transaction txn, IndexDefinition definition) {
        return relations.createIndex(txn, definition);
    }

    /** Finishes an asynchronous build: the index becomes ready and valid. */
    public IndexDescriptor markIndexValid(Transaction txn, long indexOid) {
        return relations.markIndexValid(txn, indexOid);
    }

    /** Drops an index (cancelling its build) and queues a DROP job; a primary key index cannot be dropped. */
    public void dropIndex(Transaction txn, long indexOid) {
        relations.dropIndex(txn, indexOid, false);
    }

    /** Adds a constraint; a null name is chosen as PostgreSQL does ({@code t_a_check}, {@code t_a_fkey}). */
    public ConstraintDescriptor addConstraint(Transaction txn, long tableOid, String name, ConstraintKind kind,
                                              List<Integer> columns, String checkExpression, long indexOid,
                                              long referencedTableOid, List<Integer> referencedColumns,
                                              boolean validated) {
        return relations.addConstraint(txn, tableOid, name, kind, columns, checkExpression, indexOid,
                referencedTableOid, referencedColumns, validated);
    }

    public void dropConstraint(Transaction txn, long tableOid, String name) {
        relations.dropConstraint(txn, tableOid, name);
    }

    public ConstraintDescriptor markConstraintValidated(Transaction txn, long tableOid, String name) {
        return relations.markConstraintValidated(txn, tableOid, name);
    }

    // ---- views

    /**
     * Creates (or with {@code orReplace}, replaces) a view. {@code dependsOn} lists the OIDs of relations and
     * functions the definition uses, so dropping them needs CASCADE.
     */
    public ViewDescriptor createView(Transaction txn, long schemaOid, String name, long owner, String definition,
                                     List<ViewDescriptor.ViewColumn> columns, List<Long> dependsOn,
                                     boolean orReplace) {
        return relations.createView(txn, schemaOid, name, owner, definition, columns, dependsOn, orReplace);
    }

    public void dropView(Transaction txn, long viewOid, boolean cascade) {
        relations.dropView(txn, viewOid, cascade);
    }

    // ---- functions

    public FunctionDescriptor createFunction(Transaction txn, FunctionDefinition definition, boolean orReplace) {
        return functions.createFunction(txn, definition, orReplace);
    }

    /** Overloads of {@code name} in a schema, in OID order. */
    public List<FunctionDescriptor> functions(Transaction txn, long schemaOid, String name) {
        return functions.functions(txn, schemaOid, name);
    }

    /** Overloads of a possibly qualified function name: the first schema of the path that has any. */
    public List<FunctionDescriptor> resolveFunctions(Transaction txn, List<String> searchPath, String schemaName,
                                                     String name) {
        if (schemaName != null) {
            return functions(txn, schema(txn, schemaName).oid(), name);
        }
        for (String pathEntry : searchPath) {
            Optional<SchemaDescriptor> schema = findSchema(txn, pathEntry);
            if (schema.isPresent()) {
                List<FunctionDescriptor> found = functions(txn, schema.get().oid(), name);
                if (!found.isEmpty()) {
                    return found;
                }
            }
        }
        return List.of();
    }

    public Optional<FunctionDescriptor> function(Transaction txn, long oid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.FUNCTIONS, oid), FunctionDescriptor.class);
    }

    public void dropFunction(Transaction txn, long oid) {
        functions.dropFunction(txn, oid);
    }

    // ---- indexes built asynchronously

    /** An index being built and the sys.jobs row that tracks its build. */
    public record IndexBuild(IndexDescriptor index, Job job) {
    }

    /**
     * {@code CREATE INDEX ASYNC}: an invalid index plus an INDEX_BUILD job in the same transaction; the job's
     * id is the statement's {@code job_id}. The builder finishes with {@link #markIndexValid} and
     * {@link JobCatalog#update}.
     */
    public IndexBuild createIndexAsync(Transaction txn, IndexDefinition definition) {
        IndexDescriptor index = relations.createIndex(txn, definition);
        String schemaName = schema(txn, index.schemaOid()).map(SchemaDescriptor::name).orElseThrow();
        Job job = jobs.create(txn, Job.Type.INDEX_BUILD, ObjectKind.INDEX.classId(), index.oid(),
                schemaName + "." + index.name());
        return new IndexBuild(index, job);
    }

    // ---- domains

    /** {@code CREATE DOMAIN}; {@code 42710 type "d" already exists} if a domain or table has the name. */
    public DomainDescriptor createDomain(Transaction txn, long schemaOid, String name, long owner, int baseTypeOid,
                                         int typmod, boolean notNull, String defaultExpr, List<String> checks) {
        if (store.get(txn, CatalogKeys.typeName(schemaOid, name)) != null
                || findRelation(txn, schemaOid, name).filter(r -> r.kind() == RelationKind.TABLE).isPresent()) {
            throw CatalogErrors.typeExists(name);
        }
        DomainDescriptor domain = new DomainDescriptor(oids.next(), schemaOid, name, owner, baseTypeOid, typmod,
                notNull, defaultExpr, checks);
        store.put(txn, CatalogKeys.byOid(CatalogKeys.DOMAINS, domain.oid()), domain);
        store.put(txn, CatalogKeys.typeName(schemaOid, name), domain.oid());
        return domain;
    }

    public Optional<DomainDescriptor> findDomain(Transaction txn, long schemaOid, String name) {
        return store.get(txn, CatalogKeys.typeName(schemaOid, name), Long.class)
                .flatMap(oid -> store.get(txn, CatalogKeys.byOid(CatalogKeys.DOMAINS, oid), DomainDescriptor.class));
    }

    /** {@code ALTER DOMAIN}: the change is applied to the domain found by name ({@code 42704} if none). */
    public DomainDescriptor alterDomain(Transaction txn, long schemaOid, String name,
                                        java.util.function.UnaryOperator<DomainDescriptor> change) {
        DomainDescriptor changed = change.apply(findDomain(txn, schemaOid, name)
                .orElseThrow(() -> CatalogErrors.typeNotFound(name)));
        store.put(txn, CatalogKeys.byOid(CatalogKeys.DOMAINS, changed.oid()), changed);
        return changed;
    }

    public void dropDomain(Transaction txn, long schemaOid, String name) {
        DomainDescriptor domain = findDomain(txn, schemaOid, name)
                .orElseThrow(() -> CatalogErrors.typeNotFound(name));
        store.delete(txn, CatalogKeys.byOid(CatalogKeys.DOMAINS, domain.oid()));
        store.delete(txn, CatalogKeys.typeName(schemaOid, name));
    }

    // ---- comments

    /** COMMENT ON: sets, or with null text removes, the comment of an object ({@code subId} = column attnum). */
    public void setComment(Transaction txn, ObjectKind kind, long oid, int subId, String text) {
        if (text == null || text.isEmpty()) {
            store.delete(txn, CatalogKeys.comment(kind, oid, subId));
        } else {
            store.put(txn, CatalogKeys.comment(kind, oid, subId), text);
        }
    }

    public Optional<String> comment(Transaction txn, ObjectKind kind, long oid, int subId) {
        return store.get(txn, CatalogKeys.comment(kind, oid, subId), String.class);
    }

    /** The functions of a schema in name order, overloads in OID order. */
    public List<FunctionDescriptor> functions(Transaction txn, long schemaOid) {
        return functions.functions(txn, schemaOid);
    }

    static String qualified(String schemaName, String name) {
        return schemaName == null ? name : schemaName + "." + name;
    }
}
