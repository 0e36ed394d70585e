package io.opendsql.sql.system;

import io.opendsql.catalog.IamRoleMapping;
import io.opendsql.sql.types.PgType;
import java.util.List;

/** sys.iam_pg_role_mappings (spec §3.1): the IAM principals mapped to database roles. */
final class SysRelations {
    private SysRelations() {
    }

    static List<SystemTable<?>> tables() {
        SystemTable<SystemViews.RowOf<IamRoleMapping>> mappings = SystemTable.of("sys", "iam_pg_role_mappings",
                SystemOids.of("sys", "iam_pg_role_mappings"));
        mappings.column("iam_oid", PgType.OID, m -> m.value().iamOid())
                .column("arn", PgType.TEXT, m -> m.value().arn())
                .column("pg_role_oid", PgType.OID, m -> m.value().roleOid())
                .column("pg_role_name", PgType.NAME, m -> m.catalog().roleName(m.value().roleOid()))
                .column("grantor_pg_role_oid", PgType.OID, m -> m.value().grantorOid())
                .column("grantor_pg_role_name", PgType.TEXT, m -> m.catalog().roleName(m.value().grantorOid()))
                .from(context -> SystemViews.RowOf.of(context,
                        context.system().catalog().security().mappings(context.txn())));
        return List.of(mappings);
    }
}
