package io.opendsql.server;

import static io.opendsql.server.TokenMutations.param;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.opendsql.audit.JsonLinesAuditLog;
import io.opendsql.auth.AccessDeniedException;
import io.opendsql.auth.AccessKey;
import io.opendsql.auth.AssumeRoleRequest;
import io.opendsql.auth.AssumedRole;
import io.opendsql.auth.ConnectAuthenticator;
import io.opendsql.auth.ConnectRequest;
import io.opendsql.auth.IamIdentity;
import io.opendsql.auth.IamStore;
import io.opendsql.auth.Principal;
import io.opendsql.auth.RoleSessions;
import io.opendsql.auth.TokenParameter;
import io.opendsql.control.ClusterRegistry;
import io.opendsql.control.ClusterRequests;
import io.opendsql.control.ClusterStatus;
import io.opendsql.control.RegistrySettings;
import io.opendsql.server.BadTokens.Attack;
import io.opendsql.server.BadTokens.Base;
import io.opendsql.server.BadTokens.Category;
import io.opendsql.server.BadTokens.Signers;
import io.opendsql.server.BadTokens.Target;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The security suite: over a thousand bad tokens, each presented over a real TLS connection with pgJDBC,
 * none accepted, each recorded in the audit log with its reason, and no token or secret in the log.
 *
 * <p>Tokens start as valid ones made by the AWS Java SDK's own signer ({@code DsqlUtilities}) for the
 * administrator (on two clusters), a user allowed only on clusters tagged {@code Environment=production},
 * and a role session ({@link BadTokens} makes them), and are then forged (other secrets, made-up keys,
 * random or flipped signatures), replayed after their expiry or their credentials' expiry, presented to
 * another cluster or signed for another Region, tampered with parameter by parameter and at random
 * (rewrites that only change spelling are skipped: a verifier rightly accepts those), or signed by a
 * principal that may not connect that way. Connection quotas are raised so every attempt reaches the
 * token check. Tokens meant to be still valid live at least ten minutes and expired ones expired before
 * they were made, so the outcome cannot change while the suite runs (about a minute).
 *
 * <p>For each attempt the test also asks an in-process {@link ConnectAuthenticator} on the same IAM store
 * why it refuses; the client must get that refusal's message ({@code unable to accept connection, access
 * denied}, or {@code IAM authentication failed for user "<user>"} for week-old tokens and expired role
 * sessions) and the audit log must hold exactly those reasons. A few spellings of valid tokens that
 * must be accepted are tried too, so the harness is shown to notice an acceptance.
 */
class TokenSecurityTest {
    private static final long SEED = 20_260_505L;
    private static final String ACCESS_DENIED = "unable to accept connection, access denied";
    private static final List<String> HINTS =
            List.of("Signature expired: ", "Signature not yet current: ", "Wrong user to action mapping. ");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What the in-process authenticator expected and what the client saw. */
    record Outcome(Attack attack, String expectedReason, String expectedMessage, boolean expectedHint,
                   boolean accepted, String sqlState, String message, String hint, String clientFailure) {
    }

    private static TestServer server;
    private static IamStore iam;
    private static ClusterRegistry clusters;
    private static ConnectAuthenticator authenticator;
    private static Target noSni;
    private static Target defaultBySni;
    private static Target prod;
    private static final Set<String> SECRETS = new LinkedHashSet<>();
    private static final Set<String> TOKENS = new LinkedHashSet<>();

    @BeforeAll
    static void start() throws InterruptedException {
        server = TestServer.start(config -> config
                .withLimits(Limits.DSQL.withRate(1_000_000, 1_000_000))
                .withClusterSettings(RegistrySettings.DEFAULTS.withTransitionDelay(Duration.ofMillis(50))));
        iam = server.server.iam();
        clusters = server.server.clusters();
        authenticator = new ConnectAuthenticator(iam);
        String defaultId = clusters.defaultCluster().id();
        clusters.tag(defaultId, Map.of("Environment", "staging"));
        String prodId = clusters.create(new ClusterRequests.Create(false, null, Map.of("Environment", "production"),
                null, null, null)).id();
        for (int i = 0; i < 200 && clusters.find(prodId).orElseThrow().status() != ClusterStatus.ACTIVE; i++) {
            Thread.sleep(50);
        }
        noSni = new Target(null, defaultId);
        defaultBySni = new Target(clusters.defaultCluster().endpoint(), defaultId);
        prod = new Target(clusters.find(prodId).orElseThrow().endpoint(), prodId);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void noBadTokenIsAcceptedAndEveryRefusalIsAuditedWithoutSecrets() throws Exception {
        BadTokens generator = new BadTokens(SEED, signers(), noSni, defaultBySni, prod, SECRETS, TOKENS);
        List<Base> bases = generator.bases();
        List<Attack> controls = generator.controls(bases);
        List<Attack> attacks = generator.all(bases);

        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        attacks.forEach(attack -> counts.merge(attack.category(), 1, Integer::sum));
        System.out.println("token security suite: " + attacks.size() + " bad tokens over TLS with pgJDBC " + counts);
        assertThat(attacks).hasSizeGreaterThanOrEqualTo(1000);
        assertThat(counts.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(90));

        for (Attack valid : controls) {
            Outcome outcome = attempt(valid);
            assertThat(outcome.accepted()).as("valid token %s must be accepted: %s", valid.label(), outcome).isTrue();
        }

        List<Outcome> outcomes = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (Attack attack : attacks) {
                futures.add(pool.submit(() -> attempt(attack)));
            }
            for (Future<Outcome> future : futures) {
                outcomes.add(future.get());
            }
        }

        List<String> accepted = outcomes.stream().filter(Outcome::accepted)
                .map(o -> o.attack().category() + " " + o.attack().label()).toList();
        assertThat(accepted).as("bad tokens that were accepted").isEmpty();
        for (Outcome outcome : outcomes) {
            String what = outcome.attack().category() + " " + outcome.attack().label() + ": " + outcome;
            assertThat(outcome.clientFailure()).as(what).isNull();
            assertThat(outcome.expectedReason()).as("in-process refusal of " + what).isNotNull();
            assertThat(outcome.sqlState()).as(what).isEqualTo("28000");
            assertThat(outcome.message()).as(what).isEqualTo(outcome.expectedMessage())
                    .isIn(ACCESS_DENIED, "IAM authentication failed for user \"" + outcome.attack().user() + "\"");
            assertThat(outcome.hint() != null).as("hint of " + what).isEqualTo(outcome.expectedHint());
            if (outcome.hint() != null) {
                assertThat(HINTS).as(what).anySatisfy(prefix -> assertThat(outcome.hint()).startsWith(prefix));
            }
        }

        List<JsonNode> audit = auditEntries();
        List<JsonNode> refusals = audit.stream().filter(e -> e.get("result").asText().equals("refused")).toList();
        assertThat(audit.stream().filter(e -> e.get("result").asText().equals("accepted")))
                .as("only the valid tokens were let in").hasSize(controls.size());
        assertThat(refusals).hasSize(attacks.size());
        assertThat(refusals).allSatisfy(entry -> {
            assertThat(entry.get("reason").asText()).isNotBlank();
            assertThat(entry.get("sqlState").asText()).isEqualTo("28000");
        });
        assertThat(refusals.stream().map(e -> e.get("reason").asText()).sorted().toList())
                .as("the audit log gives each attempt's precise reason")
                .isEqualTo(outcomes.stream().map(Outcome::expectedReason).sorted().toList());

        Map<String, Long> reasonKinds = new TreeMap<>();
        // reasons without their particulars (quoted values, key ids, ARNs, times), to show what was exercised
        refusals.forEach(entry -> reasonKinds.merge(entry.get("reason").asText()
                .replaceAll("('|arn:|AKIA|ASIA|<|\\(|\\d).*", "..."), 1L, Long::sum));
        System.out.println("audited refusal reasons: " + reasonKinds);

        String log = auditText();
        List<String> leaked = new ArrayList<>();
        for (String secret : SECRETS) {
            if (log.contains(secret)) {
                leaked.add("secret " + secret.substring(0, 4) + "...");
            }
        }
        for (String token : TOKENS) {
            // a token cut short before its query is only a host name, which the log names on purpose
            if (token.indexOf('?') >= 0 && log.contains(token)) {
                leaked.add("token " + token);
            }
            String signature = param(token, TokenParameter.SIGNATURE);
            if (signature != null && signature.length() >= 32 && log.contains(signature)) {
                leaked.add("signature of " + token);
            }
            String sessionToken = param(token, TokenParameter.SECURITY_TOKEN);
            if (sessionToken != null && sessionToken.length() >= 16 && (log.contains(sessionToken)
                    || log.contains(percentDecoded(sessionToken)))) {
                leaked.add("session token of " + token);
            }
        }
        assertThat(leaked).as("secrets and tokens found in the audit log").isEmpty();
    }

    // ---- the identities that sign ------------------------------------------------------------------------

    private static Signers signers() {
        AwsCredentials alice = user("alice", """
                {"Effect":"Allow","Action":"dsql:DbConnectAdmin","Resource":"arn:aws:dsql:us-east-1:*:cluster/*",
                 "Condition":{"StringEquals":{"aws:ResourceTag/Environment":"production"}}}""");
        AwsCredentials reader = user("reader", """
                {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*"}""");
        AwsCredentials denied = user("denied", """
                {"Effect":"Allow","Action":"dsql:*","Resource":"*"},
                {"Effect":"Deny","Action":"dsql:DbConnectAdmin","Resource":"*"}""");
        AwsCredentials nobody = user("nobody", null);
        Principal ops = role("ops", """
                {"Effect":"Allow","Action":"dsql:DbConnect*","Resource":"*"}""");
        Principal bare = role("bare", null);
        return new Signers(basic(iam.defaultAccessKey()), alice, reader, denied, nobody,
                session(ops, "suite", Instant.now(), 3600), session(ops, "other", Instant.now(), 3600),
                session(bare, "suite", Instant.now(), 3600),
                session(ops, "expired", Instant.now().minus(Duration.ofHours(2)), 900));
    }

    private static AwsCredentials user(String name, String statements) {
        Principal user = iam.createUser(name);
        policy(user, statements);
        return basic(iam.createAccessKey(user.arn()));
    }

    private static Principal role(String name, String statements) {
        Principal role = iam.createRole(name);
        policy(role, statements);
        return role;
    }

    private static void policy(Principal principal, String statements) {
        if (statements != null) {
            iam.putPolicy(principal.arn(), "p", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
        }
    }

    private static AwsCredentials session(Principal role, String name, Instant at, int seconds) {
        IamIdentity caller = iam.identity(iam.defaultAccessKey().accessKeyId()).orElseThrow();
        AssumedRole assumed = new RoleSessions(iam).assumeRole(caller, new AssumeRoleRequest(role.arn(), name, seconds),
                at);
        AccessKey key = assumed.credentials();
        SECRETS.add(key.secretAccessKey());
        SECRETS.add(key.sessionToken());
        return AwsSessionCredentials.create(key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
    }

    private static AwsCredentials basic(AccessKey key) {
        SECRETS.add(key.secretAccessKey());
        return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
    }

    // ---- trying a token -----------------------------------------------------------------------------------

    /** Asks the in-process authenticator, then the server over TLS with pgJDBC. */
    private static Outcome attempt(Attack attack) {
        Cluster cluster = ClusterRouter.asCluster(clusters.find(attack.target().clusterId()).orElseThrow());
        // the host names ClusterSessionOpener accepts: the SNI name, or without SNI the local names and endpoint
        Set<String> hosts = attack.target().serverName() == null
                ? Set.of("localhost", "127.0.0.1", "::1", cluster.endpoint())
                : Set.of(attack.target().serverName().toLowerCase(Locale.ROOT));
        String expectedReason;
        String expectedMessage = ACCESS_DENIED;
        boolean expectedHint = false;
        try {
            authenticator.authenticate(new ConnectRequest(attack.token(), attack.user(), hosts, cluster.region(),
                    cluster.arn(), cluster.tags(), Instant.now()));
            expectedReason = attack.user().equals("admin") ? null : "role " + attack.user() + " does not exist";
        } catch (AccessDeniedException e) {
            expectedReason = e.reason();
            expectedMessage = e.toClientError().getMessage();
            expectedHint = e.hint() != null;
        }
        Properties properties = new Properties();
        properties.setProperty("user", attack.user());
        properties.setProperty("password", attack.token());
        properties.setProperty("sslmode", "verify-full");
        properties.setProperty("sslrootcert", server.server.caCertificateFile().toString());
        properties.setProperty("connectTimeout", "20");
        String host = "localhost";
        if (attack.target().serverName() != null) {
            host = attack.target().serverName();
            properties.setProperty("socketFactory", LoopbackSocketFactory.class.getName());
        }
        String url = "jdbc:postgresql://" + host + ":" + server.server.port() + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return new Outcome(attack, expectedReason, expectedMessage, expectedHint, connection.isValid(5), null, null,
                    null, null);
        } catch (PSQLException e) {
            ServerErrorMessage error = e.getServerErrorMessage();
            if (error == null) {
                return new Outcome(attack, expectedReason, expectedMessage, expectedHint, false, e.getSQLState(), null,
                        null, e.getMessage());
            }
            return new Outcome(attack, expectedReason, expectedMessage, expectedHint, false, error.getSQLState(),
                    error.getMessage(), error.getHint(), null);
        } catch (SQLException e) {
            return new Outcome(attack, expectedReason, expectedMessage, expectedHint, false, e.getSQLState(), null, null,
                    e.getMessage());
        }
    }

    // ---- the audit log ------------------------------------------------------------------------------------

    private static List<Path> auditFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String id : List.of(noSni.clusterId(), prod.clusterId())) {
            Path directory = clusters.dataDirectory(id).resolve("audit");
            if (Files.isDirectory(directory)) {
                try (Stream<Path> list = Files.list(directory)) {
                    list.filter(p -> p.getFileName().toString().startsWith(JsonLinesAuditLog.FILE_NAME))
                            .forEach(files::add);
                }
            }
        }
        return files;
    }

    private static List<JsonNode> auditEntries() throws IOException {
        List<JsonNode> entries = new ArrayList<>();
        for (Path file : auditFiles()) {
            for (String line : Files.readAllLines(file)) {
                entries.add(JSON.readTree(line));
            }
        }
        return entries;
    }

    private static String auditText() throws IOException {
        StringBuilder text = new StringBuilder();
        for (Path file : auditFiles()) {
            text.append(Files.readString(file));
        }
        return text.toString();
    }

    /** The value as the server decodes it, or the raw value when it does not decode (a tampered escape). */
    private static String percentDecoded(String raw) {
        try {
            return URLDecoder.decode(raw.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return raw;
        }
    }
}
