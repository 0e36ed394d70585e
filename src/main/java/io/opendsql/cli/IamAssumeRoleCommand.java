package io.opendsql.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.opendsql.auth.AccessKey;
import io.opendsql.auth.AssumeRoleException;
import io.opendsql.auth.AssumeRoleRequest;
import io.opendsql.auth.AssumedRole;
import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.RoleSessions;
import io.opendsql.auth.SigningCredential;
import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code opendsql iam assume-role ROLE --session-name NAME}: the local form of STS {@code AssumeRole}. The
 * caller is whoever owns the credentials found the way {@code opendsql token} finds them ({@code --profile},
 * else {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}[/{@code AWS_SESSION_TOKEN}], else the
 * administrator key of the store); its policies must allow {@code sts:AssumeRole} on the role.
 */
@Command(name = "assume-role", mixinStandardHelpOptions = true,
        description = {"Get temporary credentials (access key id, secret and session token) for a session of a role.",
                "The caller (--profile, else AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY[/AWS_SESSION_TOKEN], else the "
                        + "administrator key) needs a policy allowing sts:AssumeRole on the role."})
final class IamAssumeRoleCommand extends IamCommand.Subcommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The output forms. */
    enum Output { credentials, json, env }

    @Parameters(paramLabel = "ROLE", description = "The role: an ARN, role/NAME or a bare name.")
    String role;

    @Option(names = {"--session-name", "--role-session-name"}, required = true, paramLabel = "NAME",
            description = "The role session name (2 to 64 of letters, digits and +=,.@_-); it ends the assumed-role ARN.")
    String sessionName;

    @Option(names = "--duration-seconds", paramLabel = "SECONDS",
            description = "Session length, 900 to 43200 seconds; at most 3600 when the caller is itself a role session "
                    + "(default: 3600).")
    Integer durationSeconds;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Sign as this profile of the AWS shared-credentials file (AWS_SHARED_CREDENTIALS_FILE or "
                    + "~/.aws/credentials).")
    String profile;

    @Option(names = "--output", defaultValue = "credentials", paramLabel = "FORMAT",
            description = "credentials (shared-credentials lines), json (as `aws sts assume-role`) or env (export "
                    + "lines for a shell) (default: ${DEFAULT-VALUE}).")
    Output output;

    /** The clock sessions start by; tests replace it. */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        try {
            return super.call();
        } catch (AssumeRoleException e) {
            spec.commandLine().getErr().println("error: " + e.code().stsCode() + ": " + e.getMessage());
            return 1;
        }
    }

    @Override
    void run(IamStore store, PrintWriter out) throws IOException {
        IamIdentity caller = caller(store, CredentialChain.resolve(profile, parent.environment, parent.dataDir));
        String roleArn = role.startsWith("arn:") ? role : store.resolve(role.contains("/") ? role : "role/" + role).arn();
        AssumedRole assumed = new RoleSessions(store).assumeRole(caller,
                new AssumeRoleRequest(roleArn, sessionName, durationSeconds), clock.instant());
        print(assumed, out);
    }

    /** The identity owning {@code credential}, once its secret (and session token) proved to be right. */
    private IamIdentity caller(IamStore store, SigningCredential credential) {
        IamIdentity identity = store.identity(credential.accessKeyId())
                .filter(found -> same(found.accessKey().secretAccessKey(), credential.secretAccessKey())
                        && same(found.accessKey().sessionToken(), credential.sessionToken()))
                .orElseThrow(() -> DsqlException.of(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                        "the credentials of access key %s are not valid in this installation", credential.accessKeyId()));
        AccessKey key = identity.accessKey();
        if (key.expiration() != null && !clock.instant().isBefore(key.expiration())) {
            throw DsqlException.of(SqlState.INVALID_AUTHORIZATION_SPECIFICATION,
                    "the temporary credentials %s expired at %s", key.accessKeyId(), key.expiration());
        }
        return identity;
    }

    private static boolean same(String left, String right) {
        return left == null || right == null ? Objects.equals(left, right)
                : MessageDigest.isEqual(left.getBytes(StandardCharsets.UTF_8), right.getBytes(StandardCharsets.UTF_8));
    }

    private void print(AssumedRole assumed, PrintWriter out) throws IOException {
        AccessKey credentials = assumed.credentials();
        String expiration = assumed.expiration().truncatedTo(ChronoUnit.SECONDS).toString();
        switch (output) {
            case credentials -> {
                out.println("# " + assumed.assumedRoleArn() + ", expires " + expiration);
                out.println("aws_access_key_id = " + credentials.accessKeyId());
                out.println("aws_secret_access_key = " + credentials.secretAccessKey());
                out.println("aws_session_token = " + credentials.sessionToken());
            }
            case env -> {
                out.println("export AWS_ACCESS_KEY_ID=" + credentials.accessKeyId());
                out.println("export AWS_SECRET_ACCESS_KEY='" + credentials.secretAccessKey() + "'");
                out.println("export AWS_SESSION_TOKEN='" + credentials.sessionToken() + "'");
            }
            case json -> {
                ObjectNode root = JSON.createObjectNode();
                ObjectNode node = root.putObject("Credentials");
                node.put("AccessKeyId", credentials.accessKeyId());
                node.put("SecretAccessKey", credentials.secretAccessKey());
                node.put("SessionToken", credentials.sessionToken());
                node.put("Expiration", expiration);
                root.putObject("AssumedRoleUser").put("AssumedRoleId", assumed.assumedRoleId())
                        .put("Arn", assumed.assumedRoleArn());
                out.println(JSON.writeValueAsString(root));
            }
        }
    }
}
