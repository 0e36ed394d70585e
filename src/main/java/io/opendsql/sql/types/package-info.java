/**
 * PostgreSQL's built-in value types as OpenDSQL's analyzer and executor use them.
 *
 * <ul>
 * <li>{@link io.opendsql.sql.types.PgType}: the type registry (oid, typname, typlen, array type,
 * category, preferred); {@link io.opendsql.sql.types.SqlType}: a type with its modifier and
 * {@code format_type} text; {@link io.opendsql.sql.types.TypeNames}: written type names.</li>
 * <li>{@link io.opendsql.sql.types.TypeIo}: text input and output under a
 * {@link io.opendsql.sql.types.TypeContext} (TimeZone, DateStyle, IntervalStyle,
 * extra_float_digits, transaction start); {@link io.opendsql.sql.types.BinaryIo}: the binary wire
 * format.</li>
 * <li>{@link io.opendsql.sql.types.ValueOrder}: btree ordering and hashing;
 * {@link io.opendsql.sql.types.Casts} and {@link io.opendsql.sql.types.CommonType}: casts with
 * pg_cast's contexts and select_common_type.</li>
 * </ul>
 *
 * <p>Values are plain Java objects chosen to keep PostgreSQL's ranges and special values (see
 * {@link io.opendsql.sql.types.TypeIo}); SQL NULL is Java null and never reaches these functions.
 * Errors are {@link io.opendsql.common.DsqlException}s with PostgreSQL's SQLSTATE and text.
 * docs/types.md lists the known differences from PostgreSQL 16.
 */
package io.opendsql.sql.types;
