package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * A role (pg_roles row) with the roles it is a member of (pg_auth_members).
 *
 * @param superuser true only for the built-in {@code admin}
 */
public record RoleDescriptor(long oid, String name, boolean login, boolean inherit, boolean superuser,
                             List<Long> memberOf) implements Descriptor {
    public RoleDescriptor {
        requireNonNull(name, "name");
        memberOf = List.copyOf(memberOf);
    }

    public RoleDescriptor withName(String value) {
        return new RoleDescriptor(oid, value, login, inherit, superuser, memberOf);
    }

    public RoleDescriptor withLogin(boolean value) {
        return new RoleDescriptor(oid, name, value, inherit, superuser, memberOf);
    }

    public RoleDescriptor withMemberOf(List<Long> value) {
        return new RoleDescriptor(oid, name, login, inherit, superuser, value);
    }
}
