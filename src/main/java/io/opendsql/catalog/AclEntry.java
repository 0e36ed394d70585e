package io.opendsql.catalog;

import java.util.Set;

/**
 * One aclitem: {@code grantee} (0 = PUBLIC) holds {@code privileges} on an object, granted by {@code grantor};
 * {@code grantable} are those it may grant on.
 */
public record AclEntry(long grantee, long grantor, Set<Privilege> privileges, Set<Privilege> grantable) {
    public AclEntry {
        privileges = Set.copyOf(privileges);
        grantable = Set.copyOf(grantable);
    }

    /** aclitem text, e.g. {@code alice=arw/admin}, given the names of grantee and grantor. */
    public String format(String granteeName, String grantorName) {
        StringBuilder text = new StringBuilder(grantee == Oids.PUBLIC ? "" : granteeName).append('=');
        for (Privilege privilege : Privilege.values()) {
            if (privileges.contains(privilege)) {
                text.append(privilege.letter());
                if (grantable.contains(privilege)) {
                    text.append('*');
                }
            }
        }
        return text.append('/').append(grantorName).toString();
    }
}
