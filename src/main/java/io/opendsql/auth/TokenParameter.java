package io.opendsql.auth;

import java.util.List;

/** Names of the query parameters of a DSQL auth token, in the order the AWS Java SDK writes them. */
public final class TokenParameter {
    public static final String ACTION = "Action";
    public static final String SECURITY_TOKEN = "X-Amz-Security-Token";
    public static final String ALGORITHM = "X-Amz-Algorithm";
    public static final String DATE = "X-Amz-Date";
    public static final String SIGNED_HEADERS = "X-Amz-SignedHeaders";
    public static final String EXPIRES = "X-Amz-Expires";
    public static final String CREDENTIAL = "X-Amz-Credential";
    public static final String SIGNATURE = "X-Amz-Signature";

    /** Parameters every token must carry. */
    public static final List<String> REQUIRED =
            List.of(ACTION, ALGORITHM, DATE, SIGNED_HEADERS, EXPIRES, CREDENTIAL, SIGNATURE);

    private TokenParameter() {
    }
}
