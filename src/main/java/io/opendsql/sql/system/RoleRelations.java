package io.opendsql.sql.system;

import io.opendsql.catalog.RoleDescriptor;
import io.opendsql.sql.types.PgType;
import java.util.ArrayList;
import java.util.List;

/** pg_roles, pg_user, pg_shadow, pg_group and pg_auth_members (DSQL has no pg_authid: use pg_roles). */
final class RoleRelations {
    private RoleRelations() {
    }

    /** A membership: {@code member} belongs to {@code role}. */
    record Membership(long oid, long role, long member) {
    }

    static List<Membership> memberships(CatalogSnapshot catalog) {
        List<Membership> rows = new ArrayList<>();
        for (RoleDescriptor member : catalog.roles()) {
            for (long role : member.memberOf()) {
                rows.add(new Membership((member.oid() * 4096 + role) & 0xffffffffL, role, member.oid()));
            }
        }
        return rows;
    }

    static List<SystemTable<?>> tables() {
        SystemTable<RoleDescriptor> roles = SystemTable.of("pg_catalog", "pg_roles",
                SystemOids.of("pg_catalog", "pg_roles"));
        roles.column("rolname", PgType.NAME, RoleDescriptor::name)
                .column("rolsuper", PgType.BOOL, RoleDescriptor::superuser)
                .column("rolinherit", PgType.BOOL, RoleDescriptor::inherit)
                .column("rolcreaterole", PgType.BOOL, RoleDescriptor::superuser)
                .column("rolcreatedb", PgType.BOOL, RoleDescriptor::superuser)
                .column("rolcanlogin", PgType.BOOL, RoleDescriptor::login)
                .column("rolreplication", PgType.BOOL, r -> false)
                .column("rolconnlimit", PgType.INT4, r -> -1)
                .column("rolpassword", PgType.TEXT, r -> "********")
                .nullColumn("rolvaliduntil", PgType.TIMESTAMPTZ)
                .column("rolbypassrls", PgType.BOOL, r -> false)
                .nullColumn("rolconfig", PgType.TEXT_ARRAY)
                .column("oid", PgType.OID, RoleDescriptor::oid)
                .from(context -> context.catalog().roles());
        return List.of(roles, user("pg_user", "********"), user("pg_shadow", null), group(), members());
    }

    private static SystemTable<RoleDescriptor> user(String name, String password) {
        SystemTable<RoleDescriptor> t = SystemTable.of("pg_catalog", name, SystemOids.of("pg_catalog", name));
        return t.column("usename", PgType.NAME, RoleDescriptor::name)
                .column("usesysid", PgType.OID, RoleDescriptor::oid)
                .column("usecreatedb", PgType.BOOL, RoleDescriptor::superuser)
                .column("usesuper", PgType.BOOL, RoleDescriptor::superuser)
                .column("userepl", PgType.BOOL, r -> false)
                .column("usebypassrls", PgType.BOOL, r -> false)
                .column("passwd", PgType.TEXT, r -> password)
                .nullColumn("valuntil", PgType.TIMESTAMPTZ)
                .nullColumn("useconfig", PgType.TEXT_ARRAY)
                .from(context -> context.catalog().roles().stream().filter(RoleDescriptor::login).toList());
    }

    private static SystemTable<RoleDescriptor> group() {
        SystemTable<RoleDescriptor> t = SystemTable.of("pg_catalog", "pg_group",
                SystemOids.of("pg_catalog", "pg_group"));
        return t.column("groname", PgType.NAME, RoleDescriptor::name)
                .column("grosysid", PgType.OID, RoleDescriptor::oid)
                .column("grolist", PgType.OID_ARRAY, r -> null)
                .from(context -> {
                    List<RoleDescriptor> groups = context.catalog().roles().stream().filter(r -> !r.login()).toList();
                    return groups;
                });
    }

    private static SystemTable<Membership> members() {
        SystemTable<Membership> t = SystemTable.of("pg_catalog", "pg_auth_members",
                SystemOids.of("pg_catalog", "pg_auth_members"));
        return t.column("oid", PgType.OID, Membership::oid)
                .column("roleid", PgType.OID, Membership::role)
                .column("member", PgType.OID, Membership::member)
                .column("grantor", PgType.OID, m -> io.opendsql.catalog.Oids.ADMIN_ROLE)
                .column("admin_option", PgType.BOOL, m -> false)
                .column("inherit_option", PgType.BOOL, m -> true)
                .column("set_option", PgType.BOOL, m -> true)
                .from(context -> memberships(context.catalog()));
    }
}
