package io.opendsql.catalog;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.keys.KeyReader;
import io.opendsql.txn.Transaction;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Roles, role membership, grants (ACLs) and IAM role mappings. All are catalog changes: they take effect for
 * transactions that start after their commit and cause OC001 in transactions that used them (spec §3.2).
 */
public final class SecurityCatalog {
    private static final Pattern IAM_ARN = Pattern.compile("arn:aws[a-z-]*:iam::\\d{12}:(role|user)/[\\w+=,.@/-]+");

    private final CatalogStore store;
    private final IdAllocator oids;

    SecurityCatalog(CatalogStore store, IdAllocator oids) {
        this.store = store;
        this.oids = oids;
    }

    // ---- roles

    public Optional<RoleDescriptor> findRole(Transaction txn, String name) {
        return store.get(txn, CatalogKeys.roleName(name), Long.class).flatMap(oid -> role(txn, oid));
    }

    /** The role named {@code name}, or {@code 42704 role "r" does not exist}. */
    public RoleDescriptor role(Transaction txn, String name) {
        return findRole(txn, name).orElseThrow(() -> CatalogErrors.roleNotFound(name));
    }

    public Optional<RoleDescriptor> role(Transaction txn, long oid) {
        return store.get(txn, CatalogKeys.byOid(CatalogKeys.ROLES, oid), RoleDescriptor.class);
    }

    /** All roles in OID order. */
    public List<RoleDescriptor> roles(Transaction txn) {
        return store.scan(txn, CatalogKeys.prefix(CatalogKeys.ROLES), RoleDescriptor.class);
    }

    public RoleDescriptor createRole(Transaction txn, String name, boolean login, boolean inherit) {
        if (findRole(txn, name).isPresent()) {
            throw CatalogErrors.roleExists(name);
        }
        RoleDescriptor role = new RoleDescriptor(oids.next(), name, login, inherit, false, List.of());
        putRole(txn, role);
        store.put(txn, CatalogKeys.roleName(name), role.oid());
        return role;
    }

    /**
     * Drops a role. It must not be the built-in admin, have IAM mappings, own objects or hold privileges
     * ({@code 2BP01 role "r" cannot be dropped because some objects depend on it}); its memberships go with it.
     */
    public void dropRole(Transaction txn, String name) {
        RoleDescriptor role = role(txn, name);
        if (role.superuser()) {
            throw DsqlException.of(SqlState.DEPENDENT_OBJECTS_STILL_EXIST,
                    "cannot drop role %s because it is required by the database system", name);
        }
        List<String> details = new ArrayList<>();
        for (IamRoleMapping mapping : mappingsForRole(txn, role.oid())) {
            details.add("IAM role mapping from " + mapping.arn());
        }
        details.addAll(ownedAndGranted(txn, role.oid()));
        if (!details.isEmpty()) {
            throw CatalogErrors.roleHasDependents(name, details);
        }
        for (RoleDescriptor other : roles(txn)) {
            if (other.memberOf().contains(role.oid())) {
                List<Long> memberOf = new ArrayList<>(other.memberOf());
                memberOf.remove(role.oid());
                putRole(txn, other.withMemberOf(memberOf));
            }
        }
        store.delete(txn, CatalogKeys.byOid(CatalogKeys.ROLES, role.oid()));
        store.delete(txn, CatalogKeys.roleName(name));
    }

    /** Objects {@code roleOid} owns and privileges granted to it, as PostgreSQL's DETAIL lines. */
    private List<String> ownedAndGranted(Transaction txn, long roleOid) {
        List<String> details = new ArrayList<>();
        for (KeyValue row : store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.SCHEMAS))) {
            SchemaDescriptor schema = CatalogStore.decode(row.value(), SchemaDescriptor.class);
            if (schema.owner() == roleOid) {
                details.add("owner of schema " + schema.name());
            }
        }
        for (KeyValue row : store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.TABLES))) {
            TableDescriptor table = CatalogStore.decode(row.value(), TableDescriptor.class);
            if (table.owner() == roleOid) {
                details.add("owner of table " + table.name());
            }
        }
        for (KeyValue row : store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.VIEWS))) {
            ViewDescriptor view = CatalogStore.decode(row.value(), ViewDescriptor.class);
            if (view.owner() == roleOid) {
                details.add("owner of view " + view.name());
            }
        }
        for (KeyValue row : store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.FUNCTIONS))) {
            FunctionDescriptor function = CatalogStore.decode(row.value(), FunctionDescriptor.class);
            if (function.owner() == roleOid) {
                details.add("owner of function " + TypeNames.signature(function.name(), function.argTypes()));
            }
        }
        for (KeyValue row : store.scanUntracked(txn, CatalogKeys.prefix(CatalogKeys.ACLS))) {
            for (AclEntry entry : CatalogStore.decodeList(row.value(), AclEntry.class)) {
                if (entry.grantee() == roleOid || entry.grantor() == roleOid) {
                    KeyReader key = new KeyReader(row.key());
                    key.int64();
                    ObjectKind kind = ObjectKind.valueOf(key.text());
                    details.add("privileges for " + kind.name().toLowerCase(java.util.Locale.ROOT) + " "
                            + objectName(txn, kind, key.int64()));
                    break;
                }
            }
        }
        return details;
    }

    /** The name of an object for a message, or its OID when it has none here. */
    private String objectName(Transaction txn, ObjectKind kind, long oid) {
        Optional<? extends Descriptor> descriptor = switch (kind) {
            case SCHEMA -> store.get(txn, CatalogKeys.byOid(CatalogKeys.SCHEMAS, oid), SchemaDescriptor.class);
            case TABLE -> store.get(txn, CatalogKeys.byOid(CatalogKeys.TABLES, oid), TableDescriptor.class);
            case VIEW -> store.get(txn, CatalogKeys.byOid(CatalogKeys.VIEWS, oid), ViewDescriptor.class);
            case FUNCTION -> store.get(txn, CatalogKeys.byOid(CatalogKeys.FUNCTIONS, oid), FunctionDescriptor.class);
            default -> Optional.empty();
        };
        return descriptor.map(Descriptor::name).orElse(Long.toString(oid));
    }

    /** ALTER ROLE ... RENAME TO. */
    public RoleDescriptor renameRole(Transaction txn, String name, String newName) {
        RoleDescriptor role = role(txn, name);
        if (findRole(txn, newName).isPresent()) {
            throw CatalogErrors.roleExists(newName);
        }
        RoleDescriptor renamed = role.withName(newName);
        store.delete(txn, CatalogKeys.roleName(name));
        store.put(txn, CatalogKeys.roleName(newName), role.oid());
        putRole(txn, renamed);
        return renamed;
    }

    /** ALTER ROLE ... WITH [NO]LOGIN. */
    public RoleDescriptor setLogin(Transaction txn, String name, boolean login) {
        RoleDescriptor changed = role(txn, name).withLogin(login);
        putRole(txn, changed);
        return changed;
    }

    /** GRANT role TO member; a no-op when already granted. */
    public RoleDescriptor grantRole(Transaction txn, String roleName, String memberName) {
        RoleDescriptor granted = role(txn, roleName);
        RoleDescriptor member = role(txn, memberName);
        if (granted.oid() == member.oid() || isMember(txn, granted, member.oid())) {
            throw DsqlException.of(SqlState.INVALID_GRANT_OPERATION, "role \"%s\" is a member of role \"%s\"",
                    roleName, memberName);
        }
        if (member.memberOf().contains(granted.oid())) {
            return member;
        }
        List<Long> memberOf = new ArrayList<>(member.memberOf());
        memberOf.add(granted.oid());
        RoleDescriptor changed = member.withMemberOf(memberOf);
        putRole(txn, changed);
        return changed;
    }

    /** REVOKE role FROM member; a no-op when not granted. */
    public RoleDescriptor revokeRole(Transaction txn, String roleName, String memberName) {
        RoleDescriptor granted = role(txn, roleName);
        RoleDescriptor member = role(txn, memberName);
        List<Long> memberOf = new ArrayList<>(member.memberOf());
        memberOf.remove(granted.oid());
        RoleDescriptor changed = member.withMemberOf(memberOf);
        putRole(txn, changed);
        return changed;
    }

    /** True when {@code role} is {@code target} or a direct or indirect member of it. */
    public boolean isMemberOf(Transaction txn, long roleOid, long targetOid) {
        Optional<RoleDescriptor> role = role(txn, roleOid);
        return role.isPresent() && (roleOid == targetOid || isMember(txn, role.get(), targetOid));
    }

    private boolean isMember(Transaction txn, RoleDescriptor role, long targetOid) {
        List<Long> pending = new ArrayList<>(role.memberOf());
        Set<Long> seen = new java.util.HashSet<>();
        while (!pending.isEmpty()) {
            long oid = pending.removeLast();
            if (oid == targetOid) {
                return true;
            }
            if (seen.add(oid)) {
                role(txn, oid).ifPresent(parent -> pending.addAll(parent.memberOf()));
            }
        }
        return false;
    }

    private void putRole(Transaction txn, RoleDescriptor role) {
        store.put(txn, CatalogKeys.byOid(CatalogKeys.ROLES, role.oid()), role);
    }

    // ---- grants

    /** The ACL of an object; empty means the owner's default privileges only. */
    public List<AclEntry> acl(Transaction txn, ObjectKind kind, long oid) {
        byte[] bytes = store.get(txn, CatalogKeys.acl(kind, oid));
        return bytes == null ? List.of() : CatalogStore.decodeList(bytes, AclEntry.class);
    }

    /** GRANT privileges ON object TO grantee (0 = PUBLIC), merged into the grantee's entry from grantor. */
    public List<AclEntry> grant(Transaction txn, ObjectKind kind, long oid, long grantee, long grantor,
                                Set<Privilege> privileges, boolean withGrantOption) {
        List<AclEntry> entries = new ArrayList<>(acl(txn, kind, oid));
        EnumSet<Privilege> held = EnumSet.noneOf(Privilege.class);
        EnumSet<Privilege> grantable = EnumSet.noneOf(Privilege.class);
        entries.removeIf(entry -> {
            if (entry.grantee() == grantee && entry.grantor() == grantor) {
                held.addAll(entry.privileges());
                grantable.addAll(entry.grantable());
                return true;
            }
            return false;
        });
        held.addAll(privileges);
        if (withGrantOption) {
            grantable.addAll(privileges);
        }
        entries.add(new AclEntry(grantee, grantor, held, grantable));
        return putAcl(txn, kind, oid, entries);
    }

    /** REVOKE privileges ON object FROM grantee, whoever granted them. */
    public List<AclEntry> revoke(Transaction txn, ObjectKind kind, long oid, long grantee, Set<Privilege> privileges) {
        List<AclEntry> entries = new ArrayList<>();
        for (AclEntry entry : acl(txn, kind, oid)) {
            if (entry.grantee() != grantee) {
                entries.add(entry);
                continue;
            }
            EnumSet<Privilege> held = entry.privileges().isEmpty() ? EnumSet.noneOf(Privilege.class)
                    : EnumSet.copyOf(entry.privileges());
            held.removeAll(privileges);
            EnumSet<Privilege> grantable = EnumSet.noneOf(Privilege.class);
            grantable.addAll(entry.grantable());
            grantable.retainAll(held);
            if (!held.isEmpty()) {
                entries.add(new AclEntry(grantee, entry.grantor(), held, grantable));
            }
        }
        return putAcl(txn, kind, oid, entries);
    }

    private List<AclEntry> putAcl(Transaction txn, ObjectKind kind, long oid, List<AclEntry> entries) {
        if (entries.isEmpty()) {
            store.delete(txn, CatalogKeys.acl(kind, oid));
        } else {
            store.put(txn, CatalogKeys.acl(kind, oid), entries);
        }
        return List.copyOf(entries);
    }

    void dropAcl(Transaction txn, ObjectKind kind, long oid) {
        store.delete(txn, CatalogKeys.acl(kind, oid));
    }

    // ---- IAM mappings

    /**
     * {@code AWS IAM GRANT role TO 'arn'}. DSQL's texts (spec §3.1); their SQLSTATEs are not documented and
     * are our choice: 42704 unknown role, 55000 role without LOGIN, 22023 malformed ARN, 42710 duplicate.
     */
    public IamRoleMapping grantIam(Transaction txn, String roleName, String arn, long grantorOid) {
        RoleDescriptor role = findRole(txn, roleName).orElseThrow(() ->
                DsqlException.of(SqlState.UNDEFINED_OBJECT, "Role %s does not exist", roleName));
        if (!role.login()) {
            throw DsqlException.of(SqlState.OBJECT_NOT_IN_PREREQUISITE_STATE,
                    "role %s must have the LOGIN attribute", roleName);
        }
        if (!IAM_ARN.matcher(arn).matches()) {
            throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "IAM role must look like an IAM ARN");
        }
        if (store.get(txn, CatalogKeys.iamMapping(role.oid(), arn)) != null) {
            throw DsqlException.of(SqlState.DUPLICATE_OBJECT, "IAM role %s is already granted to role %s", arn,
                    roleName);
        }
        IamRoleMapping mapping = new IamRoleMapping(oids.next(), arn, role.oid(), grantorOid);
        store.put(txn, CatalogKeys.iamMapping(role.oid(), arn), mapping);
        return mapping;
    }

    /** {@code AWS IAM REVOKE role FROM 'arn'}. */
    public void revokeIam(Transaction txn, String roleName, String arn) {
        RoleDescriptor role = findRole(txn, roleName).orElseThrow(() ->
                DsqlException.of(SqlState.UNDEFINED_OBJECT, "Role %s does not exist", roleName));
        if (store.get(txn, CatalogKeys.iamMapping(role.oid(), arn)) == null) {
            throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "IAM role %s is not granted to role %s", arn,
                    roleName);
        }
        store.delete(txn, CatalogKeys.iamMapping(role.oid(), arn));
    }

    /** sys.iam_pg_role_mappings, by role OID then ARN. */
    public List<IamRoleMapping> mappings(Transaction txn) {
        return store.scan(txn, CatalogKeys.prefix(CatalogKeys.IAM_MAPPINGS), IamRoleMapping.class);
    }

    public List<IamRoleMapping> mappingsForRole(Transaction txn, long roleOid) {
        return store.scan(txn, CatalogKeys.iamMappings(roleOid), IamRoleMapping.class);
    }

    /** Roles an IAM principal may connect as. */
    public List<IamRoleMapping> mappingsForArn(Transaction txn, String arn) {
        return mappings(txn).stream().filter(mapping -> mapping.arn().equals(arn)).toList();
    }
}
