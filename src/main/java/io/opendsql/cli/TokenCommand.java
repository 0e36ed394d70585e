package io.opendsql.cli;

import io.opendsql.auth.ConnectAction;
import io.opendsql.auth.SigningCredential;
import io.opendsql.auth.TokenSigner;
import io.opendsql.common.DsqlException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code opendsql token}: prints an IAM auth token, the password for a connection, exactly as the AWS
 * SDKs would generate it. Credentials come from {@code --profile} (the AWS shared-credentials file),
 * else from {@code AWS_ACCESS_KEY_ID}/{@code AWS_SECRET_ACCESS_KEY}[/{@code AWS_SESSION_TOKEN}], else
 * from the administrator key of the IAM store in {@code --data-dir}.
 */
@Command(name = "token", mixinStandardHelpOptions = true,
        description = "Print an IAM auth token to use as the password of a connection.")
public final class TokenCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--hostname", defaultValue = "localhost", description = "Cluster host name (default: ${DEFAULT-VALUE}).")
    String hostname;

    @Option(names = "--region", defaultValue = "us-east-1", description = "Cluster region (default: ${DEFAULT-VALUE}).")
    String region;

    @Option(names = "--expires-in", defaultValue = "900", paramLabel = "SECONDS",
            description = "Token lifetime, 1 to 604800 seconds (default: ${DEFAULT-VALUE}).")
    long expiresIn;

    @Option(names = "--user", defaultValue = "admin",
            description = "Database role to connect as; 'admin' gets a DbConnectAdmin token (default: ${DEFAULT-VALUE}).")
    String user;

    @Option(names = "--admin", description = "Generate a DbConnectAdmin token whatever --user says.")
    boolean admin;

    @Option(names = "--data-dir", defaultValue = "./data", paramLabel = "DIR",
            description = "Data directory whose IAM store holds the administrator key (default: ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--profile", paramLabel = "NAME",
            description = "Use this profile of the AWS shared-credentials file (AWS_SHARED_CREDENTIALS_FILE or ~/.aws/credentials).")
    String profile;

    /** The signing clock; tests replace it. */
    Clock clock = Clock.systemUTC();

    /** The process environment; tests replace it. */
    Map<String, String> environment = System.getenv();

    @Override
    public Integer call() {
        if (expiresIn < 1 || expiresIn > 604_800) {
            throw new ParameterException(spec.commandLine(),
                    "--expires-in must be between 1 and 604800 seconds, was " + expiresIn);
        }
        ConnectAction action = admin ? ConnectAction.DB_CONNECT_ADMIN : ConnectAction.forUser(user);
        SigningCredential credential;
        try {
            credential = credential();
        } catch (DsqlException | IOException e) {
            spec.commandLine().getErr().println("error: " + ErrorText.of(e));
            return 1;
        }
        String token = TokenSigner.sign(hostname, region, action, credential, clock.instant(), expiresIn);
        spec.commandLine().getOut().println(token);
        spec.commandLine().getOut().flush();
        return 0;
    }

    private SigningCredential credential() throws IOException {
        return CredentialChain.resolve(profile, environment, dataDir);
    }
}
