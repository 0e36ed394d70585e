package io.opendsql.catalog;

import io.opendsql.storage.keys.KeyWriter;

/**
 * Where the catalog lives in the MVCC key space: one system table (storage id below
 * {@link StorageIds#FIRST_USER_ID}) per kind of row, a row per descriptor keyed by OID, and name rows that
 * make lookups by name point reads.
 *
 * <pre>
 * 1  SCHEMAS         oid                          → SchemaDescriptor
 * 2  SCHEMA_NAMES    name                         → oid
 * 3  TABLES          oid                          → TableDescriptor
 * 4  INDEXES         oid                          → IndexDescriptor
 * 5  VIEWS           oid                          → ViewDescriptor
 * 6  RELATION_NAMES  schemaOid name               → RelationRef (tables, indexes, views share names)
 * 7  TABLE_INDEXES   tableOid indexOid            → (empty)
 * 8  CONSTRAINTS     tableOid oid                 → ConstraintDescriptor
 * 9  FUNCTIONS       oid                          → FunctionDescriptor
 * 10 FUNCTION_NAMES  schemaOid name oid           → (empty)
 * 11 ROLES           oid                          → RoleDescriptor
 * 12 ROLE_NAMES      name                         → oid
 * 13 ACLS            kind oid                     → AclEntry list
 * 14 IAM_MAPPINGS    roleOid arn                  → IamRoleMapping
 * 15 COMMENTS        kind oid subId               → text
 * 16 DEPENDENCIES    referencedOid dependentOid   → RelationRef of the dependent
 * 17 JOBS            id                           → Job              (not a schema change)
 * 18 COUNTERS        name                         → long             (OID and storage id high-water marks)
 * 19 DOMAINS         oid                          → DomainDescriptor
 * 20 TYPE_NAMES      schemaOid name               → oid (domains; a table's row type shares its name)
 * 21 STATISTICS      tableOid                     → TableStatistics  (not a schema change)
 * </pre>
 *
 * All numbers are {@link KeyWriter#int64}, names {@link KeyWriter#text}. Rows other than 17, 18 and 21 are
 * schema: writing one is a catalog change that can cause OC001. JOBS, COUNTERS and STATISTICS are state, not
 * schema, and are not tracked.
 */
public final class CatalogKeys {
    static final long SCHEMAS = 1;
    static final long SCHEMA_NAMES = 2;
    static final long TABLES = 3;
    static final long INDEXES = 4;
    static final long VIEWS = 5;
    static final long RELATION_NAMES = 6;
    static final long TABLE_INDEXES = 7;
    static final long CONSTRAINTS = 8;
    static final long FUNCTIONS = 9;
    static final long FUNCTION_NAMES = 10;
    static final long ROLES = 11;
    static final long ROLE_NAMES = 12;
    static final long ACLS = 13;
    static final long IAM_MAPPINGS = 14;
    static final long COMMENTS = 15;
    static final long DEPENDENCIES = 16;
    static final long JOBS = 17;
    static final long COUNTERS = 18;
    static final long DOMAINS = 19;
    static final long TYPE_NAMES = 20;
    static final long STATISTICS = 21;

    private static final byte[] JOBS_PREFIX = StorageIds.prefix(JOBS);
    private static final byte[] COUNTERS_PREFIX = StorageIds.prefix(COUNTERS);
    private static final byte[] STATISTICS_PREFIX = StorageIds.prefix(STATISTICS);

    private CatalogKeys() {
    }

    static KeyWriter key(long systemTable) {
        return StorageIds.keyWriter(systemTable);
    }

    static byte[] byOid(long systemTable, long oid) {
        return key(systemTable).int64(oid).toByteArray();
    }

    static byte[] prefix(long systemTable) {
        return StorageIds.prefix(systemTable);
    }

    static byte[] schemaName(String name) {
        return key(SCHEMA_NAMES).text(name).toByteArray();
    }

    static byte[] relationName(long schemaOid, String name) {
        return key(RELATION_NAMES).int64(schemaOid).text(name).toByteArray();
    }

    static byte[] relationNames(long schemaOid) {
        return key(RELATION_NAMES).int64(schemaOid).toByteArray();
    }

    static byte[] tableIndex(long tableOid, long indexOid) {
        return key(TABLE_INDEXES).int64(tableOid).int64(indexOid).toByteArray();
    }

    static byte[] tableIndexes(long tableOid) {
        return key(TABLE_INDEXES).int64(tableOid).toByteArray();
    }

    static byte[] constraint(long tableOid, long oid) {
        return key(CONSTRAINTS).int64(tableOid).int64(oid).toByteArray();
    }

    static byte[] constraints(long tableOid) {
        return key(CONSTRAINTS).int64(tableOid).toByteArray();
    }

    static byte[] functionName(long schemaOid, String name, long oid) {
        return key(FUNCTION_NAMES).int64(schemaOid).text(name).int64(oid).toByteArray();
    }

    static byte[] functionNames(long schemaOid, String name) {
        return key(FUNCTION_NAMES).int64(schemaOid).text(name).toByteArray();
    }

    static byte[] functionNames(long schemaOid) {
        return key(FUNCTION_NAMES).int64(schemaOid).toByteArray();
    }

    static byte[] roleName(String name) {
        return key(ROLE_NAMES).text(name).toByteArray();
    }

    static byte[] acl(ObjectKind kind, long oid) {
        return key(ACLS).text(kind.name()).int64(oid).toByteArray();
    }

    static byte[] iamMapping(long roleOid, String arn) {
        return key(IAM_MAPPINGS).int64(roleOid).text(arn).toByteArray();
    }

    static byte[] iamMappings(long roleOid) {
        return key(IAM_MAPPINGS).int64(roleOid).toByteArray();
    }

    static byte[] comment(ObjectKind kind, long oid, int subId) {
        return key(COMMENTS).text(kind.name()).int64(oid).int64(subId).toByteArray();
    }

    static byte[] comments(ObjectKind kind, long oid) {
        return key(COMMENTS).text(kind.name()).int64(oid).toByteArray();
    }

    static byte[] dependency(long referencedOid, long dependentOid) {
        return key(DEPENDENCIES).int64(referencedOid).int64(dependentOid).toByteArray();
    }

    static byte[] dependents(long referencedOid) {
        return key(DEPENDENCIES).int64(referencedOid).toByteArray();
    }

    static byte[] typeName(long schemaOid, String name) {
        return key(TYPE_NAMES).int64(schemaOid).text(name).toByteArray();
    }

    static byte[] typeNames(long schemaOid) {
        return key(TYPE_NAMES).int64(schemaOid).toByteArray();
    }

    static byte[] job(String id) {
        return key(JOBS).text(id).toByteArray();
    }

    static byte[] counter(String name) {
        return key(COUNTERS).text(name).toByteArray();
    }

    /** True for schema rows, whose changes are tracked for OC001; false for jobs, counters and statistics. */
    static boolean isSchemaRow(byte[] key) {
        return !startsWith(key, JOBS_PREFIX) && !startsWith(key, COUNTERS_PREFIX)
                && !startsWith(key, STATISTICS_PREFIX);
    }

    private static boolean startsWith(byte[] key, byte[] prefix) {
        return key.length >= prefix.length && java.util.Arrays.equals(key, 0, prefix.length, prefix, 0,
                prefix.length);
    }
}
