package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One immutable snapshot of the local IAM store.
 *
 * @param accountId the installation's twelve-digit AWS account id
 * @param region the region written into the generated AWS config file
 * @param defaultAccessKeyId the administrator's key, used by {@code opendsql token} by default
 * @param principals every user and role by ARN
 * @param accessKeys every access key by id
 */
record IamState(String accountId, String region, String defaultAccessKeyId, Map<String, Principal> principals,
                Map<String, AccessKey> accessKeys) {
    IamState {
        requireNonNull(accountId, "accountId");
        requireNonNull(region, "region");
        principals = Collections.unmodifiableMap(new LinkedHashMap<>(principals));
        accessKeys = Collections.unmodifiableMap(new LinkedHashMap<>(accessKeys));
    }

    IamState withPrincipal(Principal principal) {
        Map<String, Principal> changed = new LinkedHashMap<>(principals);
        changed.put(principal.arn(), principal);
        return new IamState(accountId, region, defaultAccessKeyId, changed, accessKeys);
    }

    IamState withAccessKey(AccessKey key) {
        Map<String, AccessKey> changed = new LinkedHashMap<>(accessKeys);
        changed.put(key.accessKeyId(), key);
        return new IamState(accountId, region, defaultAccessKeyId, principals, changed);
    }

    /** This state without the temporary credentials that expired before {@code cutoff}. */
    IamState withoutSessionsExpiredBefore(Instant cutoff) {
        Map<String, AccessKey> kept = new LinkedHashMap<>(accessKeys);
        kept.values().removeIf(key -> key.expiration() != null && key.expiration().isBefore(cutoff));
        return new IamState(accountId, region, defaultAccessKeyId, principals, kept);
    }

    IamState withDefaultAccessKeyId(String accessKeyId) {
        return new IamState(accountId, region, accessKeyId, principals, accessKeys);
    }
}
