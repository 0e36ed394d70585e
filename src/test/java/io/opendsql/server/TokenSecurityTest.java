package io.opendsql.server;

import static io.opendsql.server.TokenMutations.param;
import static io.opendsql.server.TokenMutations.plusParam;
import static io.opendsql.server.TokenMutations.withParam;
import static io.opendsql.server.TokenMutations.withoutParam;
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
import io.opendsql.auth.SigV4;
import io.opendsql.auth.TokenParameter;
import io.opendsql.control.ClusterRegistry;
import io.opendsql.control.ClusterRequests;
import io.opendsql.control.ClusterStatus;
import io.opendsql.control.RegistrySettings;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Random;
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
 * <p>Tokens start as valid ones made by the AWS Java SDK's own signer ({@code DsqlUtilities}) for four
 * identities (the administrator user, a user allowed only on clusters tagged
 * {@code Environment=production}, and a role session), and are then forged (other secrets, made-up keys,
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
    private static final String REGION = "us-east-1";
    private static final String ACCESS_DENIED = "unable to accept connection, access denied";
    private static final List<String> HINTS =
            List.of("Signature expired: ", "Signature not yet current: ", "Wrong user to action mapping. ");
    private static final List<String> OTHER_REGIONS = List.of("us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-northeast-1", "ap-southeast-2", "sa-east-1", "ca-central-1", "me-south-1", "af-south-1");
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The kinds of bad token. */
    enum Category { FORGED, REPLAYED_AFTER_EXPIRY, CROSS_CLUSTER, CROSS_REGION, TAMPERED_PARAMETER, WRONG_PRINCIPAL }

    /** Where a token is presented: without SNI (the default cluster) or with a cluster endpoint as SNI. */
    record Target(String serverName, String clusterId) {
    }

    record Attack(Category category, String label, String user, String token, Target target) {
    }

    /** What the in-process authenticator expected and what the client saw. */
    record Outcome(Attack attack, String expectedReason, String expectedMessage, boolean expectedHint,
                   boolean accepted, String sqlState, String message, String hint, String clientFailure) {
    }

    /** A valid token and how it was made, for the SDK to make variants of it. */
    record Base(String name, AwsCredentials credentials, String host, Target target, String token) {
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

    private final Random random = new Random(SEED);

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
        Principals principals = new Principals();
        List<Base> bases = principals.bases();
        List<Attack> controls = controls(bases);

        List<Attack> attacks = new ArrayList<>();
        attacks.addAll(forged(bases, principals));
        attacks.addAll(replayed(bases, principals));
        attacks.addAll(crossCluster(principals));
        attacks.addAll(crossRegion(principals));
        attacks.addAll(tampered(bases, principals));
        attacks.addAll(wrongPrincipal(principals));
        attacks.forEach(attack -> TOKENS.add(attack.token()));

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

    // ---- the identities and their valid tokens ------------------------------------------------------------

    /** The principals the tokens are signed by, each with its credentials. */
    private final class Principals {
        final AwsCredentials admin = basic(iam.defaultAccessKey());
        final AwsCredentials alice;
        final AwsCredentials reader;
        final AwsCredentials denied;
        final AwsCredentials nobody;
        final AwsCredentials ops;
        final AwsCredentials opsOther;
        final AwsCredentials noPermission;
        final AwsCredentials expiredSession;

        Principals() {
            alice = user("alice", """
                    {"Effect":"Allow","Action":"dsql:DbConnectAdmin","Resource":"arn:aws:dsql:us-east-1:*:cluster/*",
                     "Condition":{"StringEquals":{"aws:ResourceTag/Environment":"production"}}}""");
            reader = user("reader", """
                    {"Effect":"Allow","Action":"dsql:DbConnect","Resource":"*"}""");
            denied = user("denied", """
                    {"Effect":"Allow","Action":"dsql:*","Resource":"*"},
                    {"Effect":"Deny","Action":"dsql:DbConnectAdmin","Resource":"*"}""");
            nobody = user("nobody", null);
            Principal opsRole = role("ops", """
                    {"Effect":"Allow","Action":"dsql:DbConnect*","Resource":"*"}""");
            Principal bareRole = role("bare", null);
            ops = session(opsRole, "suite", Instant.now(), 3600);
            opsOther = session(opsRole, "other", Instant.now(), 3600);
            noPermission = session(bareRole, "suite", Instant.now(), 3600);
            expiredSession = session(opsRole, "expired", Instant.now().minus(Duration.ofHours(2)), 900);
        }

        List<Base> bases() {
            return List.of(
                    base("admin", admin, "localhost", noSni),
                    base("admin@prod", admin, prod.serverName(), prod),
                    base("ops-session", ops, "localhost", noSni),
                    base("alice@prod", alice, prod.serverName(), prod));
        }

        private Base base(String name, AwsCredentials credentials, String host, Target target) {
            return new Base(name, credentials, host, target, sdk(credentials, host, REGION, true, Instant.now(), 900));
        }

        private AwsCredentials user(String name, String statements) {
            Principal user = iam.createUser(name);
            policy(user, statements);
            return basic(iam.createAccessKey(user.arn()));
        }

        private Principal role(String name, String statements) {
            Principal role = iam.createRole(name);
            policy(role, statements);
            return role;
        }

        private void policy(Principal principal, String statements) {
            if (statements != null) {
                iam.putPolicy(principal.arn(), "p", "{\"Version\":\"2012-10-17\",\"Statement\":[" + statements + "]}");
            }
        }

        private AwsCredentials session(Principal role, String name, Instant at, int seconds) {
            IamIdentity caller = iam.identity(iam.defaultAccessKey().accessKeyId()).orElseThrow();
            AssumedRole assumed = new RoleSessions(iam).assumeRole(caller,
                    new AssumeRoleRequest(role.arn(), name, seconds), at);
            AccessKey key = assumed.credentials();
            SECRETS.add(key.secretAccessKey());
            SECRETS.add(key.sessionToken());
            return AwsSessionCredentials.create(key.accessKeyId(), key.secretAccessKey(), key.sessionToken());
        }

        private AwsCredentials basic(AccessKey key) {
            SECRETS.add(key.secretAccessKey());
            return AwsBasicCredentials.create(key.accessKeyId(), key.secretAccessKey());
        }
    }

    /** Spellings of valid tokens a verifier must accept, proving the harness sees an acceptance. */
    private List<Attack> controls(List<Base> bases) {
        List<Attack> controls = new ArrayList<>();
        for (Base base : bases) {
            controls.add(new Attack(null, base.name() + " as signed", "admin", base.token(), base.target()));
        }
        String admin = bases.getFirst().token();
        controls.add(new Attack(null, "parameters reversed", "admin", TokenMutations.reversed(admin), noSni));
        controls.add(new Attack(null, "https:// prefix", "admin", "https://" + admin, noSni));
        controls.add(new Attack(null, "host in capitals", "admin", admin.replaceFirst("localhost", "LOCALHOST"), noSni));
        controls.add(new Attack(null, "lower-case escapes", "admin", admin.replace("%2F", "%2f"), noSni));
        controls.forEach(control -> TOKENS.add(control.token()));
        return controls;
    }

    // ---- the bad tokens -----------------------------------------------------------------------------------

    private List<Attack> forged(List<Base> bases, Principals principals) {
        List<Attack> attacks = new ArrayList<>();
        for (Base base : bases) {
            for (int i = 0; i < 15; i++) {
                attacks.add(attack(Category.FORGED, base.name() + " random signature " + i, "admin",
                        withParam(base.token(), TokenParameter.SIGNATURE, randomHex(64)), base.target()));
            }
            String signature = param(base.token(), TokenParameter.SIGNATURE);
            for (int i = 0; i < 16; i++) {
                int position = random.nextInt(64);
                char flipped = "0123456789abcdef".replace(String.valueOf(signature.charAt(position)), "")
                        .charAt(random.nextInt(15));
                String changed = signature.substring(0, position) + flipped + signature.substring(position + 1);
                attacks.add(attack(Category.FORGED, base.name() + " signature digit " + position + " flipped",
                        "admin", withParam(base.token(), TokenParameter.SIGNATURE, changed), base.target()));
            }
            for (int i = 0; i < 10; i++) {
                AwsCredentials wrong = withSecret(base.credentials(), randomSecret());
                attacks.add(attack(Category.FORGED, base.name() + " signed with a guessed secret " + i, "admin",
                        sdk(wrong, base.host(), REGION, true, Instant.now(), 900), base.target()));
            }
            for (Duration ahead : List.of(Duration.ofMinutes(20), Duration.ofHours(1), Duration.ofDays(1))) {
                attacks.add(attack(Category.FORGED, base.name() + " signed with a clock " + ahead + " ahead", "admin",
                        sdk(base.credentials(), base.host(), REGION, true, Instant.now().plus(ahead), 900),
                        base.target()));
            }
            AwsCredentials borrowed = withSecret(base.credentials(), principals.reader.secretAccessKey());
            attacks.add(attack(Category.FORGED, base.name() + " signed with another principal's secret", "admin",
                    sdk(borrowed, base.host(), REGION, true, Instant.now(), 900), base.target()));
        }
        for (int i = 0; i < 20; i++) {
            AwsCredentials madeUp = AwsBasicCredentials.create("AKIA" + randomBase32(16), randomSecret());
            attacks.add(attack(Category.FORGED, "made-up long-term key " + i, "admin",
                    sdk(madeUp, "localhost", REGION, true, Instant.now(), 900), noSni));
            String sessionToken = randomSessionToken();
            SECRETS.add(sessionToken);
            AwsCredentials madeUpSession = AwsSessionCredentials.create("ASIA" + randomBase32(16), randomSecret(),
                    sessionToken);
            attacks.add(attack(Category.FORGED, "made-up session key " + i, "admin",
                    sdk(madeUpSession, "localhost", REGION, true, Instant.now(), 900), noSni));
        }
        return attacks;
    }

    private List<Attack> replayed(List<Base> bases, Principals principals) {
        List<Attack> attacks = new ArrayList<>();
        long[] lifetimes = {1, 5, 60, 300, 900, 3600, 43_200, 604_800};
        for (Base base : bases) {
            for (long lifetime : lifetimes) {
                for (long late : new long[] {1, 60, 86_400}) {
                    Instant signedAt = Instant.now().minusSeconds(lifetime + late);
                    attacks.add(attack(Category.REPLAYED_AFTER_EXPIRY, base.name() + " " + lifetime + " s token, "
                            + late + " s after expiry", "admin",
                            sdk(base.credentials(), base.host(), REGION, true, signedAt, lifetime), base.target()));
                }
            }
        }
        for (long lifetime : new long[] {900, 3600, 43_200, 86_400, 604_800}) {
            for (int i = 0; i < 4; i++) {
                attacks.add(attack(Category.REPLAYED_AFTER_EXPIRY, "expired role session, " + lifetime + " s token " + i,
                        "admin", sdk(principals.expiredSession, "localhost", REGION, true,
                                Instant.now().minusSeconds(10L * i), lifetime), noSni));
            }
        }
        return attacks;
    }

    private List<Attack> crossCluster(Principals principals) {
        List<Attack> attacks = new ArrayList<>();
        long[] lifetimes = {600, 900, 1200, 1800, 3600, 7200, 43_200, 86_400, 259_200, 604_800};
        for (long lifetime : lifetimes) {
            attacks.add(attack(Category.CROSS_CLUSTER, "prod token at the default cluster, " + lifetime, "admin",
                    sdk(principals.admin, prod.serverName(), REGION, true, Instant.now(), lifetime), noSni));
            attacks.add(attack(Category.CROSS_CLUSTER, "prod token at the default endpoint, " + lifetime, "admin",
                    sdk(principals.admin, prod.serverName(), REGION, true, Instant.now(), lifetime), defaultBySni));
            attacks.add(attack(Category.CROSS_CLUSTER, "localhost token at prod, " + lifetime, "admin",
                    sdk(principals.admin, "localhost", REGION, true, Instant.now(), lifetime), prod));
            attacks.add(attack(Category.CROSS_CLUSTER, "default endpoint token at prod, " + lifetime, "admin",
                    sdk(principals.admin, defaultBySni.serverName(), REGION, true, Instant.now(), lifetime), prod));
            attacks.add(attack(Category.CROSS_CLUSTER, "alice (production only) at staging, " + lifetime, "admin",
                    sdk(principals.alice, "localhost", REGION, true, Instant.now(), lifetime), noSni));
            attacks.add(attack(Category.CROSS_CLUSTER, "alice at the staging endpoint, " + lifetime, "admin",
                    sdk(principals.alice, defaultBySni.serverName(), REGION, true, Instant.now(), lifetime),
                    defaultBySni));
            attacks.add(attack(Category.CROSS_CLUSTER, "role session's prod token at staging, " + lifetime, "admin",
                    sdk(principals.ops, prod.serverName(), REGION, true, Instant.now(), lifetime), noSni));
        }
        for (int i = 0; i < 30; i++) {
            String other = randomClusterId() + ".dsql." + REGION + ".on.aws";
            attacks.add(attack(Category.CROSS_CLUSTER, "token for unknown cluster " + other, "admin",
                    sdk(principals.admin, other, REGION, true, Instant.now(), 900), i % 2 == 0 ? noSni : prod));
        }
        return attacks;
    }

    private List<Attack> crossRegion(Principals principals) {
        List<Attack> attacks = new ArrayList<>();
        Map<String, AwsCredentials> signers = Map.of("admin", principals.admin, "ops-session", principals.ops,
                "alice", principals.alice);
        for (String region : OTHER_REGIONS) {
            for (Map.Entry<String, AwsCredentials> signer : signers.entrySet()) {
                AwsCredentials credentials = signer.getValue();
                attacks.add(attack(Category.CROSS_REGION, signer.getKey() + " localhost token for " + region, "admin",
                        sdk(credentials, "localhost", region, true, Instant.now(), 900), noSni));
                attacks.add(attack(Category.CROSS_REGION, signer.getKey() + " prod endpoint token for " + region,
                        "admin", sdk(credentials, prod.serverName(), region, true, Instant.now(), 900), prod));
                String sameIdElsewhere = noSni.clusterId() + ".dsql." + region + ".on.aws";
                attacks.add(attack(Category.CROSS_REGION, signer.getKey() + " " + sameIdElsewhere, "admin",
                        sdk(credentials, sameIdElsewhere, region, true, Instant.now(), 900), noSni));
            }
        }
        for (Map.Entry<String, AwsCredentials> signer : signers.entrySet()) {
            for (String region : List.of("US-EAST-1", "us-east-1a", "global")) {
                attacks.add(attack(Category.CROSS_REGION, signer.getKey() + " region " + region, "admin",
                        sdk(signer.getValue(), "localhost", region, true, Instant.now(), 900), noSni));
            }
        }
        return attacks;
    }

    private List<Attack> tampered(List<Base> bases, Principals principals) {
        List<Attack> attacks = new ArrayList<>();
        for (Base base : bases) {
            String token = base.token();
            for (Map.Entry<String, String> mutation : mutations(base, principals).entrySet()) {
                attacks.add(attack(Category.TAMPERED_PARAMETER, base.name() + " " + mutation.getKey(), "admin",
                        mutation.getValue(), base.target()));
            }
            String meaning = TokenMutations.meaning(token);
            String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789%&=/-_.~+";
            for (int made = 0; made < 40; ) {
                int position = random.nextInt(token.length());
                String changed = token.substring(0, position) + alphabet.charAt(random.nextInt(alphabet.length()))
                        + token.substring(position + 1);
                if (!changed.equals(token) && !Objects.equals(TokenMutations.meaning(changed), meaning)) {
                    attacks.add(attack(Category.TAMPERED_PARAMETER, base.name() + " character " + position
                            + " changed", "admin", changed, base.target()));
                    made++;
                }
            }
        }
        return attacks;
    }

    /** Named changes to one valid token. */
    private Map<String, String> mutations(Base base, Principals principals) {
        String token = base.token();
        Map<String, String> m = new LinkedHashMap<>();
        for (String action : List.of("DbConnect", "dbconnectadmin", "DBCONNECTADMIN", "DbConnectAdminX", "Connect",
                "dsql%3ADbConnectAdmin", "DbConnectAdmin%00")) {
            m.put("Action=" + action, withParam(token, TokenParameter.ACTION, action));
        }
        for (String algorithm : List.of("AWS4-HMAC-SHA512", "aws4-hmac-sha256", "AWS4-HMAC-SHA256X", "HMAC-SHA256")) {
            m.put("algorithm " + algorithm, withParam(token, TokenParameter.ALGORITHM, algorithm));
        }
        Instant signedAt = SigV4.parseAmzDate(param(token, TokenParameter.DATE));
        for (Duration shift : List.of(Duration.ofSeconds(1), Duration.ofSeconds(-1), Duration.ofDays(1),
                Duration.ofDays(-1), Duration.ofMinutes(10))) {
            m.put("date " + shift, withParam(token, TokenParameter.DATE, SigV4.formatAmzDate(signedAt.plus(shift))));
        }
        m.put("date in extended format", withParam(token, TokenParameter.DATE, signedAt.toString().replace(":", "%3A")));
        for (String expires : List.of("901", "899", "604800", "604801", "0", "00900", "-900", "9e2", "99999999999")) {
            m.put("expires " + expires, withParam(token, TokenParameter.EXPIRES, expires));
        }
        String[] scope = param(token, TokenParameter.CREDENTIAL).split("%2F");
        String date = scope[1];
        String nextDay = SigV4.formatAmzDate(signedAt.plus(Duration.ofDays(1))).substring(0, 8);
        m.put("credential date next day", withParam(token, TokenParameter.CREDENTIAL,
                String.join("%2F", scope[0], nextDay, scope[2], scope[3], scope[4])));
        m.put("credential region us-west-2", withParam(token, TokenParameter.CREDENTIAL,
                String.join("%2F", scope[0], date, "us-west-2", scope[3], scope[4])));
        m.put("credential service rds-db", withParam(token, TokenParameter.CREDENTIAL,
                String.join("%2F", scope[0], date, scope[2], "rds-db", scope[4])));
        m.put("credential terminator", withParam(token, TokenParameter.CREDENTIAL,
                String.join("%2F", scope[0], date, scope[2], scope[3], "aws4_requests")));
        m.put("credential of another principal", withParam(token, TokenParameter.CREDENTIAL,
                String.join("%2F", principals.reader.accessKeyId(), date, scope[2], scope[3], scope[4])));
        m.put("credential key id lower-case", withParam(token, TokenParameter.CREDENTIAL,
                String.join("%2F", scope[0].toLowerCase(Locale.ROOT), date, scope[2], scope[3], scope[4])));
        m.put("credential with six parts", withParam(token, TokenParameter.CREDENTIAL,
                String.join("%2F", scope[0], date, scope[2], scope[3], scope[4], "x")));
        m.put("credential with four parts", withParam(token, TokenParameter.CREDENTIAL,
                String.join("%2F", scope[0], date, scope[2], scope[3])));
        for (String headers : List.of("host%3Bx-amz-date", "Host", "x-amz-date")) {
            m.put("signed headers " + headers, withParam(token, TokenParameter.SIGNED_HEADERS, headers));
        }
        String sessionToken = param(token, TokenParameter.SECURITY_TOKEN);
        if (sessionToken != null) {
            m.put("security token removed", withoutParam(token, TokenParameter.SECURITY_TOKEN));
            int middle = sessionToken.length() / 2;
            char other = sessionToken.charAt(middle) == 'A' ? 'B' : 'A';
            m.put("security token one character changed", withParam(token, TokenParameter.SECURITY_TOKEN,
                    sessionToken.substring(0, middle) + other + sessionToken.substring(middle + 1)));
            m.put("security token of another session", withParam(token, TokenParameter.SECURITY_TOKEN,
                    SigV4.uriEncode(((AwsSessionCredentials) principals.opsOther).sessionToken())));
            m.put("security token truncated", withParam(token, TokenParameter.SECURITY_TOKEN,
                    sessionToken.substring(0, sessionToken.length() - 4)));
        } else {
            String invented = randomSessionToken();
            SECRETS.add(invented);
            m.put("security token added", plusParam(token, TokenParameter.SECURITY_TOKEN + "="
                    + SigV4.uriEncode(invented), 1));
            m.put("security token of a live session added", plusParam(token, TokenParameter.SECURITY_TOKEN + "="
                    + SigV4.uriEncode(((AwsSessionCredentials) principals.ops).sessionToken()), 1));
        }
        String signature = param(token, TokenParameter.SIGNATURE);
        m.put("signature in capitals", withParam(token, TokenParameter.SIGNATURE, signature.toUpperCase(Locale.ROOT)));
        m.put("signature shortened", withParam(token, TokenParameter.SIGNATURE, signature.substring(1)));
        m.put("signature lengthened", withParam(token, TokenParameter.SIGNATURE, signature + "0"));
        m.put("signature empty", withParam(token, TokenParameter.SIGNATURE, ""));
        m.put("signature of another token", withParam(token, TokenParameter.SIGNATURE,
                param(sdk(base.credentials(), base.host(), REGION, false, Instant.now(), 900), TokenParameter.SIGNATURE)));
        for (String name : TokenParameter.REQUIRED) {
            m.put(name + " removed", withoutParam(token, name));
        }
        m.put("Action repeated", plusParam(token, "Action=DbConnectAdmin", 99));
        m.put("Action repeated differently", plusParam(token, "Action=DbConnect", 0));
        m.put("second signature", plusParam(token, TokenParameter.SIGNATURE + "=" + randomHex(64), 0));
        m.put("unsigned extra parameter", plusParam(token, "X-Amz-Foo=bar", 3));
        m.put("extra parameter without value", plusParam(token, "X-Amz-Foo", 3));
        m.put("empty parameter", plusParam(token, "", 2));
        for (int percent : new int[] {10, 25, 50, 75, 90, 99}) {
            m.put("cut to " + percent + "%", token.substring(0, token.length() * percent / 100));
        }
        m.put("trailing &", token + "&");
        m.put("trailing garbage", token + "x");
        m.put("http:// prefix", "http://" + token);
        m.put("path before query", token.replaceFirst("/\\?", "/db?"));
        m.put("query marker moved", token.replaceFirst("/\\?", "?/"));
        m.put("another host", token.replaceFirst("^[^/?]+", "evil.example.com"));
        m.put("host with port", token.replaceFirst("^[^/?]+", base.host() + ":5432"));
        m.put("host with user info", token.replaceFirst("^[^/?]+", "admin@" + base.host()));
        m.put("non-ASCII character", token.replace("Action=", "Acti\u00f3n="));
        m.put("control character", token.replace("Action=", "Action=\u0001"));
        m.put("bad percent escape", token.replace("%2F", "%G2"));
        m.put("double-encoded credential", token.replace("%2F", "%252F"));
        m.put("space inside", token.replace("&X-Amz-Date", "& X-Amz-Date"));
        return m;
    }

    private List<Attack> wrongPrincipal(Principals principals) {
        List<Attack> attacks = new ArrayList<>();
        long[] lifetimes = {600, 900, 1200, 1800, 2400, 3600, 7200, 14_400, 86_400, 604_800};
        for (long lifetime : lifetimes) {
            Instant now = Instant.now();
            attacks.add(attack(Category.WRONG_PRINCIPAL, "DbConnect-only user's admin token, " + lifetime, "admin",
                    sdk(principals.reader, "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "DbConnect-only user's admin token at prod, " + lifetime,
                    "admin", sdk(principals.reader, prod.serverName(), REGION, true, now, lifetime), prod));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "DbConnect token as admin, " + lifetime, "admin",
                    sdk(principals.reader, "localhost", REGION, false, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "administrator's DbConnect token as admin, " + lifetime,
                    "admin", sdk(principals.admin, "localhost", REGION, false, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "admin token for role app, " + lifetime, "app",
                    sdk(principals.admin, "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "explicitly denied user, " + lifetime, "admin",
                    sdk(principals.denied, "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "user without policy, " + lifetime, "admin",
                    sdk(principals.nobody, "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "role session without policy, " + lifetime, "admin",
                    sdk(principals.noPermission, "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "user without policy, DbConnect, " + lifetime, "app",
                    sdk(principals.nobody, "localhost", REGION, false, now, lifetime), noSni));
        }
        for (String user : List.of("Admin", "ADMIN", " admin", "admin ", "postgres", "rdsadmin")) {
            attacks.add(attack(Category.WRONG_PRINCIPAL, "admin token as user '" + user + "'", user,
                    sdk(principals.admin, "localhost", REGION, true, Instant.now(), 900), noSni));
        }
        for (String user : List.of("app", "myapp", "postgres", "sys", "public")) {
            attacks.add(attack(Category.WRONG_PRINCIPAL, "valid DbConnect token for unmapped role " + user, user,
                    sdk(principals.reader, "localhost", REGION, false, Instant.now(), 900), noSni));
        }
        return attacks;
    }

    // ---- trying a token -----------------------------------------------------------------------------------

    private static Attack attack(Category category, String label, String user, String token, Target target) {
        return new Attack(category, label, user, token, target);
    }

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

    // ---- signing and randomness ---------------------------------------------------------------------------

    /** A token made by the AWS Java SDK's signer. */
    private static String sdk(AwsCredentials credentials, String host, String region, boolean admin, Instant signedAt,
                              long expiresSeconds) {
        return AuthTokens.sign(credentials, host, region, admin, Clock.fixed(signedAt, ZoneOffset.UTC),
                Duration.ofSeconds(expiresSeconds));
    }

    private static AwsCredentials withSecret(AwsCredentials credentials, String secret) {
        SECRETS.add(secret);
        if (credentials instanceof AwsSessionCredentials session) {
            return AwsSessionCredentials.create(session.accessKeyId(), secret, session.sessionToken());
        }
        return AwsBasicCredentials.create(credentials.accessKeyId(), secret);
    }

    private String randomHex(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append("0123456789abcdef".charAt(random.nextInt(16)));
        }
        return out.toString();
    }

    private String randomBase32(int length) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < length; i++) {
            out.append(BASE32.charAt(random.nextInt(32)));
        }
        return out.toString();
    }

    private String randomSecret() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        String secret = out.toString();
        SECRETS.add(secret);
        return secret;
    }

    private String randomSessionToken() {
        byte[] bytes = new byte[120];
        random.nextBytes(bytes);
        return Base64.getEncoder().encodeToString(bytes);
    }

    private String randomClusterId() {
        return randomBase32(26).toLowerCase(Locale.ROOT).replace('2', 'a');
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
