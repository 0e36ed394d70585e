package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One statement of an identity policy.
 *
 * @param sid the optional statement id, or null
 * @param effect Allow or Deny
 * @param actions the {@code Action} patterns, or the {@code NotAction} patterns when {@code notAction}
 * @param notAction whether {@code actions} came from {@code NotAction}
 * @param resources the {@code Resource} patterns, or the {@code NotResource} patterns when {@code notResource}
 * @param notResource whether {@code resources} came from {@code NotResource}
 * @param conditions every operator/key pair of the {@code Condition} block, AND-ed
 */
public record PolicyStatement(String sid, Effect effect, List<String> actions, boolean notAction, List<String> resources,
                              boolean notResource, List<PolicyCondition> conditions) {
    public PolicyStatement {
        requireNonNull(effect, "effect");
        actions = List.copyOf(actions);
        resources = List.copyOf(resources);
        conditions = List.copyOf(conditions);
    }
}
