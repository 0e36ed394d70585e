package io.opendsql.catalog;

import static java.util.Objects.requireNonNull;

/** One {@code AWS IAM GRANT role TO 'arn'} (a sys.iam_pg_role_mappings row). */
public record IamRoleMapping(long iamOid, String arn, long roleOid, long grantorOid) {
    public IamRoleMapping {
        requireNonNull(arn, "arn");
    }
}
