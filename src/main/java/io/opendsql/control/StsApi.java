package io.opendsql.control;

import static java.util.Objects.requireNonNull;

import io.opendsql.auth.AssumeRoleException;
import io.opendsql.auth.AssumeRoleRequest;
import io.opendsql.auth.AssumedRole;
import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.RoleSessions;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWS STS query API (version {@value #VERSION}) as far as OpenDSQL serves it, on the control plane's
 * root path: {@code AssumeRole} (parameters {@code RoleArn}, {@code RoleSessionName},
 * {@code DurationSeconds}; see {@link RoleSessions}) and {@code GetCallerIdentity}. Parameters come from
 * the query string and a {@code application/x-www-form-urlencoded} body, as the AWS SDKs send them.
 *
 * <p>Session policies and session tags ({@code Policy}, {@code PolicyArns.member.N}, {@code Tags.member.N},
 * {@code TransitiveTagKeys.member.N}) are refused with ValidationError rather than ignored, since ignoring
 * them would give a session more than its caller asked for. {@code ExternalId}, {@code SerialNumber},
 * {@code TokenCode}, {@code SourceIdentity} and {@code ProvidedContexts} are accepted and have no effect
 * (OpenDSQL roles have no trust policies to check them against).
 */
final class StsApi {
    static final String VERSION = "2011-06-15";

    private static final Logger log = LoggerFactory.getLogger(StsApi.class);
    private static final String FORM = "application/x-www-form-urlencoded";
    private static final List<String> SESSION_POLICY_PARAMETERS =
            List.of("Policy", "PolicyArns.", "Tags.", "TransitiveTagKeys.");

    private final RoleSessions sessions;
    private final Clock clock;

    StsApi(RoleSessions sessions, Clock clock) {
        this.sessions = requireNonNull(sessions, "sessions");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Runs one authenticated request and returns the XML body of its response; throws StsException when refused. */
    String handle(IamIdentity caller, Map<String, String> parameters, String requestId) {
        String action = parameters.get("Action");
        if (action == null || action.isEmpty()) {
            throw new StsException("MissingAction", 400, "Missing Action");
        }
        String version = parameters.getOrDefault("Version", "NO_VERSION_SPECIFIED");
        if (!version.equals(VERSION)) {
            throw invalidAction(action, version);
        }
        return switch (action) {
            case "AssumeRole" -> assumeRole(caller, parameters, requestId);
            case "GetCallerIdentity" -> StsXml.callerIdentity(caller, requestId);
            default -> throw invalidAction(action, version);
        };
    }

    private String assumeRole(IamIdentity caller, Map<String, String> parameters, String requestId) {
        for (String name : parameters.keySet()) {
            for (String unsupported : SESSION_POLICY_PARAMETERS) {
                if (unsupported.endsWith(".") ? name.startsWith(unsupported) : name.equals(unsupported)) {
                    throw StsException.validation("OpenDSQL does not support session policies or session tags: "
                            + "parameter " + name + " cannot be used.");
                }
            }
        }
        AssumeRoleRequest request = new AssumeRoleRequest(parameters.get("RoleArn"), parameters.get("RoleSessionName"),
                duration(parameters.get("DurationSeconds")));
        try {
            AssumedRole assumed = sessions.assumeRole(caller, request, clock.instant());
            log.info("{} assumed {} as {} until {}", caller.arn(), request.roleArn(), assumed.assumedRoleArn(),
                    assumed.expiration());
            return StsXml.assumeRole(assumed, requestId);
        } catch (AssumeRoleException e) {
            log.info("AssumeRole by {} refused: {}", caller.arn(), e.getMessage());
            int status = e.code() == AssumeRoleException.Code.ACCESS_DENIED ? 403 : 400;
            throw new StsException(e.code().stsCode(), status, e.getMessage());
        }
    }

    private static Integer duration(String text) {
        if (text == null) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw StsException.validation("1 validation error detected: Value '" + shorten(text)
                    + "' at 'durationSeconds' failed to satisfy constraint: Member must be an integer");
        }
    }

    private static StsException invalidAction(String action, String version) {
        return new StsException("InvalidAction", 400,
                "Could not find operation " + shorten(action) + " for version " + shorten(version));
    }

    private static String shorten(String text) {
        return text.length() > 64 ? text.substring(0, 64) + "..." : text;
    }

    /**
     * The request's parameters: the query string's, then the form body's (an earlier value of a name wins).
     * In the form body {@code +} is a space.
     */
    static Map<String, String> parameters(String rawQuery, String contentType, byte[] body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : HttpSignature.parseQuery(rawQuery)) {
            parameters.putIfAbsent(entry.getKey(), entry.getValue());
        }
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(FORM) && body.length > 0) {
            String form = new String(body, StandardCharsets.UTF_8).replace('+', ' ');
            for (Map.Entry<String, String> entry : HttpSignature.parseQuery(form.strip())) {
                parameters.putIfAbsent(entry.getKey(), entry.getValue());
            }
        }
        return parameters;
    }
}
