package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import io.opendsql.auth.AssumeRoleException.Code;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * STS {@code AssumeRole} over the local IAM store. Trust is kept simple: every principal of the
 * installation's account whose identity policies allow {@code sts:AssumeRole} on the role's ARN may
 * assume it (roles carry no trust policy). Parameters are checked first, with STS's
 * {@code ValidationError} texts; then the policy; a role that does not exist is refused exactly like
 * one the caller may not assume, as in AWS.
 *
 * <p>Sessions last {@value #DEFAULT_DURATION_SECONDS} seconds unless asked otherwise, between
 * {@value #MIN_DURATION_SECONDS} and {@value #MAX_DURATION_SECONDS} (every role's maximum session
 * duration is twelve hours); a role session assuming a role (role chaining) gets at most one hour.
 *
 * <p>Condition keys offered to the caller's policies: those of {@link IamIdentity#conditionValues()},
 * {@code aws:ResourceTag/<key>} (the role's tags), {@code aws:ResourceAccount}, {@code sts:RoleSessionName},
 * {@code aws:SecureTransport} and {@code aws:CurrentTime}.
 */
public final class RoleSessions {
    public static final String ACTION = "sts:AssumeRole";
    public static final int DEFAULT_DURATION_SECONDS = 3600;
    public static final int MIN_DURATION_SECONDS = 900;
    public static final int MAX_DURATION_SECONDS = 43_200;
    /** The longest session a role session may start by assuming another role. */
    public static final int MAX_CHAINED_DURATION_SECONDS = 3600;

    private static final Pattern ROLE_ARN = Pattern.compile("arn:aws:iam::([0-9]{12}):role/([A-Za-z0-9+=,.@_-]{1,64})");

    private final IamStore store;

    public RoleSessions(IamStore store) {
        this.store = requireNonNull(store, "store");
    }

    /**
     * Assumes a role for {@code caller}.
     *
     * @throws AssumeRoleException with STS's code and message when refused
     */
    public AssumedRole assumeRole(IamIdentity caller, AssumeRoleRequest request, Instant now) {
        int duration = checkParameters(request);
        if (caller.roleSession() && duration > MAX_CHAINED_DURATION_SECONDS) {
            throw new AssumeRoleException(Code.VALIDATION_ERROR,
                    "The requested DurationSeconds exceeds the 1 hour session limit for roles assumed by role chaining.");
        }
        Optional<Principal> role = findRole(request.roleArn());
        Map<String, String> context = new HashMap<>(caller.conditionValues());
        context.put("aws:ResourceAccount", store.accountId());
        context.put("aws:SecureTransport", "true");
        context.put("aws:CurrentTime", now.toString());
        context.put("sts:RoleSessionName", request.sessionName());
        role.ifPresent(found -> found.tags().forEach((key, value) -> context.put("aws:ResourceTag/" + key, value)));
        PolicyDecision decision = PolicyEvaluator.evaluate(caller.principal().policies().values(), ACTION,
                request.roleArn(), context);
        if (!decision.allowed() || role.isEmpty()) {
            throw new AssumeRoleException(Code.ACCESS_DENIED, "User: " + caller.arn()
                    + " is not authorized to perform: " + ACTION + " on resource: " + request.roleArn());
        }
        AccessKey credentials = store.createSessionCredentials(role.get().arn(), request.sessionName(), now,
                now.plusSeconds(duration));
        return new AssumedRole(credentials,
                IamIdentity.assumedRoleArn(store.accountId(), role.get().name(), request.sessionName()),
                role.get().uniqueId() + ":" + request.sessionName());
    }

    private static int checkParameters(AssumeRoleRequest request) {
        String arn = request.roleArn();
        if (arn == null) {
            throw validation("Value null at 'roleArn' failed to satisfy constraint: Member must not be null");
        }
        if (arn.length() < 20 || arn.length() > 2048) {
            throw validation("Value '" + AccessDeniedException.printable(arn) + "' at 'roleArn' failed to "
                    + "satisfy constraint: Member must have length " + (arn.length() < 20
                    ? "greater than or equal to 20" : "less than or equal to 2048"));
        }
        String session = request.sessionName();
        if (session == null) {
            throw validation("Value null at 'roleSessionName' failed to satisfy constraint: Member must not be null");
        }
        if (!IamIdentifiers.validSessionName(session)) {
            throw validation("Value '" + AccessDeniedException.printable(session) + "' at 'roleSessionName' "
                    + "failed to satisfy constraint: Member must " + (session.length() < 2 || session.length() > 64
                    ? "have length between 2 and 64" : "satisfy regular expression pattern: [\\w+=,.@-]*"));
        }
        Integer duration = request.durationSeconds();
        if (duration == null) {
            return DEFAULT_DURATION_SECONDS;
        }
        if (duration < MIN_DURATION_SECONDS) {
            throw validation("Value '" + duration + "' at 'durationSeconds' failed to satisfy constraint: Member must "
                    + "have value greater than or equal to " + MIN_DURATION_SECONDS);
        }
        if (duration > MAX_DURATION_SECONDS) {
            throw new AssumeRoleException(Code.VALIDATION_ERROR,
                    "The requested DurationSeconds exceeds the MaxSessionDuration set for this role.");
        }
        return duration;
    }

    private Optional<Principal> findRole(String arn) {
        if (!ROLE_ARN.matcher(arn).matches()) {
            return Optional.empty();
        }
        return store.principal(arn).filter(principal -> principal.type() == PrincipalType.ROLE);
    }

    private static AssumeRoleException validation(String detail) {
        return new AssumeRoleException(Code.VALIDATION_ERROR, "1 validation error detected: " + detail);
    }
}
