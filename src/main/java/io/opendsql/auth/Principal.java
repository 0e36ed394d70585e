package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * An IAM user or role with its tags and named inline policies.
 *
 * @param arn {@code arn:aws:iam::<account>:user/<name>} or {@code ...:role/<name>}
 * @param type user or role
 * @param name the user or role name
 * @param created when it was created
 * @param tags principal tags, visible to conditions as {@code aws:PrincipalTag/<key>}
 * @param policies inline identity policies by name
 */
public record Principal(String arn, PrincipalType type, String name, Instant created, Map<String, String> tags,
                       Map<String, PolicyDocument> policies) {
    public Principal {
        requireNonNull(arn, "arn");
        requireNonNull(type, "type");
        requireNonNull(name, "name");
        requireNonNull(created, "created");
        tags = Collections.unmodifiableMap(new TreeMap<>(tags));
        policies = Collections.unmodifiableMap(new TreeMap<>(policies));
    }

    /** IAM's unique id of this principal: {@code AIDA...} for a user, {@code AROA...} for a role. */
    public String uniqueId() {
        return IamIdentifiers.uniqueId(type, arn, created);
    }

    /** This principal with {@code document} attached as {@code policyName}, replacing any policy of that name. */
    public Principal withPolicy(String policyName, PolicyDocument document) {
        Map<String, PolicyDocument> changed = new TreeMap<>(policies);
        changed.put(policyName, document);
        return new Principal(arn, type, name, created, tags, changed);
    }

    /** This principal without the named policy. */
    public Principal withoutPolicy(String policyName) {
        Map<String, PolicyDocument> changed = new TreeMap<>(policies);
        changed.remove(policyName);
        return new Principal(arn, type, name, created, tags, changed);
    }

    /** This principal with the given tags added or replaced. */
    public Principal withTags(Map<String, String> added) {
        Map<String, String> changed = new TreeMap<>(tags);
        changed.putAll(added);
        return new Principal(arn, type, name, created, changed, policies);
    }
}
