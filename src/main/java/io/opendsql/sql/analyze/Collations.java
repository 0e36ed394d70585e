package io.opendsql.sql.analyze;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.PgType;
import io.opendsql.sql.types.SqlType;
import java.util.List;
import java.util.Set;

/**
 * {@code expr COLLATE name}. DSQL has one collation, C (byte order), which is also the database default, so
 * {@code default}, {@code C} and {@code POSIX} (optionally in pg_catalog) leave values and comparisons as they
 * are; other names do not exist, as on a database without them.
 */
final class Collations {
    private static final Set<String> KNOWN = Set.of("default", "C", "POSIX", "ucs_basic");

    private Collations() {
    }

    static BoundExpr apply(BoundExpr arg, List<String> name, int location) {
        String collation = name.get(name.size() - 1);
        boolean known = KNOWN.contains(collation) && (name.size() == 1 || name.get(0).equals("pg_catalog"));
        if (!known) {
            throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "collation \"%s\" for encoding \"UTF8\" does not exist",
                    String.join(".", name)).at(location + 1);
        }
        PgType type = arg.type().type();
        if (type == PgType.UNKNOWN) {
            return arg;
        }
        if (type != PgType.TEXT && type != PgType.VARCHAR && type != PgType.BPCHAR && type != PgType.NAME) {
            throw DsqlException.of(SqlState.DATATYPE_MISMATCH, "collations are not supported by type %s",
                    SqlType.of(type).formatType()).at(location + 1);
        }
        return arg;
    }
}
