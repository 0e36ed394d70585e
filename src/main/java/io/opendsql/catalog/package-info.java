/**
 * The catalog: schemas, tables, columns, indexes, constraints, views, functions, domains, comments
 * ({@link io.opendsql.catalog.Catalog}), roles, grants and IAM role mappings
 * ({@link io.opendsql.catalog.SecurityCatalog}) and sys.jobs ({@link io.opendsql.catalog.JobCatalog}), stored as
 * versioned rows in the MVCC store and read through the caller's transaction.
 *
 * <h2>Storage</h2>
 * Immutable descriptor records ({@code *Descriptor}) are JSON rows under system storage ids below
 * {@link io.opendsql.catalog.StorageIds#FIRST_USER_ID}, one row per descriptor keyed by OID plus name rows
 * that make lookups by name point reads; layout in {@link io.opendsql.catalog.CatalogKeys}. A transaction
 * sees the catalog as of its snapshot plus its own uncommitted DDL, because every read goes through it. DDL is
 * a transaction: its rows commit or vanish with it. Expressions are SQL text; types are PostgreSQL OIDs and
 * typmods.
 *
 * <h2>Ids</h2>
 * OIDs start at 16384 and storage ids at 1024; both come from an {@link io.opendsql.catalog.IdAllocator}
 * that persists a high-water mark a block at a time in its own short transaction, so ids are monotonic and
 * never reused (across restarts too), and DDL transactions never conflict on a counter. Bootstrap objects
 * have fixed OIDs ({@link io.opendsql.catalog.Oids}): pg_catalog 11, public 2200, admin 15579.
 *
 * <h2>Catalog version and OC001</h2>
 * {@link io.opendsql.catalog.CatalogChanges} remembers, for recent catalog commits, which rows they wrote
 * and at which commit timestamp; the cluster-wide catalog version is the commit timestamp of the latest
 * catalog change. It is updated inside the store's adjudication critical section
 * ({@link io.opendsql.txn.CommitCheck#committed}), so no commit can slip between a change and a check. Each
 * transaction that touches the catalog records the rows and ranges it read and wrote and registers a commit
 * check. Then:
 * <ul>
 *   <li>COMMIT fails with {@code 40001 schema has been updated by another transaction (OC001)} if a catalog
 *       change committed after the snapshot wrote a row the transaction used (read-only transactions too);
 *   <li>a read of a row that existed at the snapshot and has changed since fails at once, so the statement
 *       touching a changed object gets OC001; a row created after the snapshot simply reads as missing
 *       ({@code 42P01} for a new table); {@link io.opendsql.catalog.Catalog#checkCurrent} checks everything
 *       used so far, for statement start;
 *   <li>two concurrent DDLs on the same object read and write the same rows, so the later committer gets
 *       OC001 (the check runs before OC000 adjudication); DDLs on different objects share no rows and both
 *       commit. Changes of a table's indexes and constraints rewrite the table row (its {@code version}), so
 *       DML that used the table conflicts with them.
 * </ul>
 * {@link io.opendsql.catalog.CatalogOptions.ConflictScope#CLUSTER} instead fails any catalog-using
 * transaction after any catalog change. Limit counts (tables, schemas, views) are read without tracking and
 * hold at the snapshot only, so that concurrent CREATEs do not all conflict.
 */
package io.opendsql.catalog;
