package io.opendsql.sql.system;

import static io.opendsql.sql.system.Values.ch;

import io.opendsql.catalog.ConstraintDescriptor;
import io.opendsql.catalog.ConstraintKind;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/** pg_constraint: primary keys, unique, CHECK and foreign key constraints of the user's tables. */
final class ConstraintRelations {
    private ConstraintRelations() {
    }

    /** A constraint with its table. */
    record ConstraintRow(ConstraintDescriptor constraint, TableDescriptor table) {
        boolean foreignKey() {
            return constraint.kind() == ConstraintKind.FOREIGN_KEY;
        }
    }

    static List<ConstraintRow> constraints(CatalogSnapshot catalog) {
        List<ConstraintRow> rows = new ArrayList<>();
        for (ConstraintDescriptor constraint : catalog.constraints()) {
            catalog.table(constraint.tableOid()).ifPresent(table -> rows.add(new ConstraintRow(constraint, table)));
        }
        return rows;
    }

    static List<SystemTable<?>> tables() {
        SystemTable<ConstraintRow> t = SystemTable.of("pg_catalog", "pg_constraint",
                SystemOids.of("pg_catalog", "pg_constraint"));
        t.column("oid", PgType.OID, c -> c.constraint().oid())
                .column("conname", PgType.NAME, c -> c.constraint().name())
                .column("connamespace", PgType.OID, c -> c.table().schemaOid())
                .column("contype", PgType.CHAR, c -> ch(c.constraint().kind().code()))
                .column("condeferrable", PgType.BOOL, c -> false)
                .column("condeferred", PgType.BOOL, c -> false)
                .column("convalidated", PgType.BOOL, c -> c.constraint().validated())
                .column("conrelid", PgType.OID, c -> c.table().oid())
                .column("contypid", PgType.OID, c -> 0L)
                .column("conindid", PgType.OID, c -> c.constraint().indexOid())
                .column("conparentid", PgType.OID, c -> 0L)
                .column("confrelid", PgType.OID, c -> c.constraint().referencedTableOid())
                .column("confupdtype", PgType.CHAR, c -> ch(c.foreignKey() ? 'a' : ' '))
                .column("confdeltype", PgType.CHAR, c -> ch(c.foreignKey() ? 'a' : ' '))
                .column("confmatchtype", PgType.CHAR, c -> ch(c.foreignKey() ? 's' : ' '))
                .column("conislocal", PgType.BOOL, c -> true)
                .column("coninhcount", PgType.INT4, c -> 0)
                .column("connoinherit", PgType.BOOL, c -> false)
                .column("conkey", PgType.INT2_ARRAY, c -> c.constraint().columns().isEmpty() ? null
                        : Values.int2array(c.constraint().columns()))
                .column("confkey", PgType.INT2_ARRAY, c -> c.foreignKey()
                        ? Values.int2array(c.constraint().referencedColumns()) : null)
                .nullColumn("conpfeqop", PgType.OID_ARRAY)
                .nullColumn("conppeqop", PgType.OID_ARRAY)
                .nullColumn("conffeqop", PgType.OID_ARRAY)
                .nullColumn("confdelsetcols", PgType.INT2_ARRAY)
                .nullColumn("conexclop", PgType.OID_ARRAY)
                .column("conbin", PgType.PG_NODE_TREE, c -> c.constraint().checkExpression())
                .from(context -> constraints(context.catalog()));
        return List.of(t);
    }
}
