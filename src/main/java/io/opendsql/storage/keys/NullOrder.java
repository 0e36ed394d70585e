package io.opendsql.storage.keys;

/** Where NULL sorts in a key column. PostgreSQL's default is NULLS LAST for ascending columns. */
public enum NullOrder {
    NULLS_FIRST,
    NULLS_LAST
}
