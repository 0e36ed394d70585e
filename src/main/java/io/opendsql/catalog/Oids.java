package io.opendsql.catalog;

/** Fixed OIDs of bootstrap objects; user objects get OIDs from {@link #FIRST_USER_OID} up. */
public final class Oids {
    /** PostgreSQL's FirstNormalObjectId: OIDs below are system objects. */
    public static final long FIRST_USER_OID = 16384;
    /** The grantee of a grant to PUBLIC. */
    public static final long PUBLIC = 0;
    public static final long PG_CATALOG_SCHEMA = 11;
    public static final long PUBLIC_SCHEMA = 2200;
    /** information_schema: a system OID of our choosing (PostgreSQL's varies by release). */
    public static final long INFORMATION_SCHEMA = 13000;
    /** sys, DSQL's schema of jobs and IAM mappings: a system OID of our choosing. */
    public static final long SYS_SCHEMA = 14000;
    /** The built-in admin role, as on DSQL. */
    public static final long ADMIN_ROLE = 15579;
    public static final long DATABASE = 5;

    private Oids() {
    }
}
