package io.opendsql.server;

import static io.opendsql.server.TokenMutations.param;
import static io.opendsql.server.TokenMutations.plusParam;
import static io.opendsql.server.TokenMutations.withParam;
import static io.opendsql.server.TokenMutations.withoutParam;

import io.opendsql.auth.SigV4;
import io.opendsql.auth.TokenParameter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentials;
import software.amazon.awssdk.auth.credentials.AwsSessionCredentials;

/**
 * The security suite's bad tokens ({@link TokenSecurityTest}), made from valid ones: the AWS Java SDK's
 * signer ({@code DsqlUtilities}) makes every token that needs a signature, text surgery
 * ({@link TokenMutations}) the tampered ones. Deterministic for a seed. Every secret it invents is added
 * to {@code secrets}, every token it makes to {@code tokens}, for the audit-log scan.
 */
final class BadTokens {
    private static final String REGION = "us-east-1";
    private static final List<String> OTHER_REGIONS = List.of("us-east-2", "us-west-2", "eu-west-1", "eu-central-1",
            "ap-northeast-1", "ap-southeast-2", "sa-east-1", "ca-central-1", "me-south-1", "af-south-1");
    private static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    /** The kinds of bad token. */
    enum Category { FORGED, REPLAYED_AFTER_EXPIRY, CROSS_CLUSTER, CROSS_REGION, TAMPERED_PARAMETER, WRONG_PRINCIPAL }

    /** Where a token is presented: without SNI (the default cluster) or with a cluster endpoint as SNI. */
    record Target(String serverName, String clusterId) {
    }

    /** One token to try; {@code category} is null for the valid controls. */
    record Attack(Category category, String label, String user, String token, Target target) {
    }

    /** A valid token and how it was made, for the SDK to make variants of it. */
    record Base(String name, AwsCredentials credentials, String host, Target target, String token) {
    }

    /**
     * Who signs: the administrator; alice, allowed DbConnectAdmin only on clusters tagged
     * Environment=production; reader, allowed only DbConnect; denied, with an explicit Deny of
     * DbConnectAdmin; nobody, without a policy; two sessions of role ops (DbConnect*); a session of a
     * role without a policy; and a session of ops whose credentials have expired.
     */
    record Signers(AwsCredentials admin, AwsCredentials alice, AwsCredentials reader, AwsCredentials denied,
                   AwsCredentials nobody, AwsCredentials ops, AwsCredentials opsOther, AwsCredentials noPermission,
                   AwsCredentials expiredSession) {
    }

    private final Random random;
    private final Signers signers;
    private final Target noSni;
    private final Target defaultBySni;
    private final Target prod;
    private final Set<String> secrets;
    private final Set<String> tokens;

    BadTokens(long seed, Signers signers, Target noSni, Target defaultBySni, Target prod, Set<String> secrets,
              Set<String> tokens) {
        this.random = new Random(seed);
        this.signers = signers;
        this.noSni = noSni;
        this.defaultBySni = defaultBySni;
        this.prod = prod;
        this.secrets = secrets;
        this.tokens = tokens;
    }

    /** The valid tokens the bad ones start from: DbConnectAdmin for admin, 15 minutes. */
    List<Base> bases() {
        return List.of(
                base("admin", signers.admin(), "localhost", noSni),
                base("admin@prod", signers.admin(), prod.serverName(), prod),
                base("ops-session", signers.ops(), "localhost", noSni),
                base("alice@prod", signers.alice(), prod.serverName(), prod));
    }

    private Base base(String name, AwsCredentials credentials, String host, Target target) {
        Base base = new Base(name, credentials, host, target, sdk(credentials, host, REGION, true, Instant.now(), 900));
        tokens.add(base.token());
        return base;
    }

    /** Every bad token, made from {@code bases}. */
    List<Attack> all(List<Base> bases) {
        List<Attack> attacks = new ArrayList<>();
        attacks.addAll(forged(bases));
        attacks.addAll(replayed(bases));
        attacks.addAll(crossCluster());
        attacks.addAll(crossRegion());
        attacks.addAll(tampered(bases));
        attacks.addAll(wrongPrincipal());
        attacks.forEach(attack -> tokens.add(attack.token()));
        return attacks;
    }

    /** Spellings of valid tokens a verifier must accept, proving the harness sees an acceptance. */
    List<Attack> controls(List<Base> bases) {
        List<Attack> controls = new ArrayList<>();
        for (Base base : bases) {
            controls.add(new Attack(null, base.name() + " as signed", "admin", base.token(), base.target()));
        }
        String admin = bases.getFirst().token();
        controls.add(new Attack(null, "parameters reversed", "admin", TokenMutations.reversed(admin), noSni));
        controls.add(new Attack(null, "https:// prefix", "admin", "https://" + admin, noSni));
        controls.add(new Attack(null, "host in capitals", "admin", admin.replaceFirst("localhost", "LOCALHOST"), noSni));
        controls.add(new Attack(null, "lower-case escapes", "admin", admin.replace("%2F", "%2f"), noSni));
        controls.forEach(control -> tokens.add(control.token()));
        return controls;
    }

    // ---- the bad tokens -----------------------------------------------------------------------------------

    private List<Attack> forged(List<Base> bases) {
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
            AwsCredentials borrowed = withSecret(base.credentials(), signers.reader().secretAccessKey());
            attacks.add(attack(Category.FORGED, base.name() + " signed with another principal's secret", "admin",
                    sdk(borrowed, base.host(), REGION, true, Instant.now(), 900), base.target()));
        }
        for (int i = 0; i < 20; i++) {
            AwsCredentials madeUp = AwsBasicCredentials.create("AKIA" + randomBase32(16), randomSecret());
            attacks.add(attack(Category.FORGED, "made-up long-term key " + i, "admin",
                    sdk(madeUp, "localhost", REGION, true, Instant.now(), 900), noSni));
            String sessionToken = randomSessionToken();
            secrets.add(sessionToken);
            AwsCredentials madeUpSession = AwsSessionCredentials.create("ASIA" + randomBase32(16), randomSecret(),
                    sessionToken);
            attacks.add(attack(Category.FORGED, "made-up session key " + i, "admin",
                    sdk(madeUpSession, "localhost", REGION, true, Instant.now(), 900), noSni));
        }
        return attacks;
    }

    private List<Attack> replayed(List<Base> bases) {
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
                        "admin", sdk(signers.expiredSession(), "localhost", REGION, true,
                                Instant.now().minusSeconds(10L * i), lifetime), noSni));
            }
        }
        return attacks;
    }

    private List<Attack> crossCluster() {
        List<Attack> attacks = new ArrayList<>();
        long[] lifetimes = {600, 900, 1200, 1800, 3600, 7200, 43_200, 86_400, 259_200, 604_800};
        for (long lifetime : lifetimes) {
            attacks.add(attack(Category.CROSS_CLUSTER, "prod token at the default cluster, " + lifetime, "admin",
                    sdk(signers.admin(), prod.serverName(), REGION, true, Instant.now(), lifetime), noSni));
            attacks.add(attack(Category.CROSS_CLUSTER, "prod token at the default endpoint, " + lifetime, "admin",
                    sdk(signers.admin(), prod.serverName(), REGION, true, Instant.now(), lifetime), defaultBySni));
            attacks.add(attack(Category.CROSS_CLUSTER, "localhost token at prod, " + lifetime, "admin",
                    sdk(signers.admin(), "localhost", REGION, true, Instant.now(), lifetime), prod));
            attacks.add(attack(Category.CROSS_CLUSTER, "default endpoint token at prod, " + lifetime, "admin",
                    sdk(signers.admin(), defaultBySni.serverName(), REGION, true, Instant.now(), lifetime), prod));
            attacks.add(attack(Category.CROSS_CLUSTER, "alice (production only) at staging, " + lifetime, "admin",
                    sdk(signers.alice(), "localhost", REGION, true, Instant.now(), lifetime), noSni));
            attacks.add(attack(Category.CROSS_CLUSTER, "alice at the staging endpoint, " + lifetime, "admin",
                    sdk(signers.alice(), defaultBySni.serverName(), REGION, true, Instant.now(), lifetime),
                    defaultBySni));
            attacks.add(attack(Category.CROSS_CLUSTER, "role session's prod token at staging, " + lifetime, "admin",
                    sdk(signers.ops(), prod.serverName(), REGION, true, Instant.now(), lifetime), noSni));
        }
        for (int i = 0; i < 30; i++) {
            String other = randomClusterId() + ".dsql." + REGION + ".on.aws";
            attacks.add(attack(Category.CROSS_CLUSTER, "token for unknown cluster " + other, "admin",
                    sdk(signers.admin(), other, REGION, true, Instant.now(), 900), i % 2 == 0 ? noSni : prod));
        }
        return attacks;
    }

    private List<Attack> crossRegion() {
        List<Attack> attacks = new ArrayList<>();
        Map<String, AwsCredentials> bySigner = new LinkedHashMap<>();
        bySigner.put("admin", signers.admin());
        bySigner.put("ops-session", signers.ops());
        bySigner.put("alice", signers.alice());
        for (String region : OTHER_REGIONS) {
            for (Map.Entry<String, AwsCredentials> signer : bySigner.entrySet()) {
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
        for (Map.Entry<String, AwsCredentials> signer : bySigner.entrySet()) {
            for (String region : List.of("US-EAST-1", "us-east-1a", "global")) {
                attacks.add(attack(Category.CROSS_REGION, signer.getKey() + " region " + region, "admin",
                        sdk(signer.getValue(), "localhost", region, true, Instant.now(), 900), noSni));
            }
        }
        return attacks;
    }

    private List<Attack> tampered(List<Base> bases) {
        List<Attack> attacks = new ArrayList<>();
        for (Base base : bases) {
            String token = base.token();
            for (Map.Entry<String, String> mutation : mutations(base).entrySet()) {
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
    private Map<String, String> mutations(Base base) {
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
                String.join("%2F", signers.reader().accessKeyId(), date, scope[2], scope[3], scope[4])));
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
                    SigV4.uriEncode(((AwsSessionCredentials) signers.opsOther()).sessionToken())));
            m.put("security token truncated", withParam(token, TokenParameter.SECURITY_TOKEN,
                    sessionToken.substring(0, sessionToken.length() - 4)));
        } else {
            String invented = randomSessionToken();
            secrets.add(invented);
            m.put("security token added", plusParam(token, TokenParameter.SECURITY_TOKEN + "="
                    + SigV4.uriEncode(invented), 1));
            m.put("security token of a live session added", plusParam(token, TokenParameter.SECURITY_TOKEN + "="
                    + SigV4.uriEncode(((AwsSessionCredentials) signers.ops()).sessionToken()), 1));
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

    private List<Attack> wrongPrincipal() {
        List<Attack> attacks = new ArrayList<>();
        long[] lifetimes = {600, 900, 1200, 1800, 2400, 3600, 7200, 14_400, 86_400, 604_800};
        for (long lifetime : lifetimes) {
            Instant now = Instant.now();
            attacks.add(attack(Category.WRONG_PRINCIPAL, "DbConnect-only user's admin token, " + lifetime, "admin",
                    sdk(signers.reader(), "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "DbConnect-only user's admin token at prod, " + lifetime,
                    "admin", sdk(signers.reader(), prod.serverName(), REGION, true, now, lifetime), prod));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "DbConnect token as admin, " + lifetime, "admin",
                    sdk(signers.reader(), "localhost", REGION, false, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "administrator's DbConnect token as admin, " + lifetime,
                    "admin", sdk(signers.admin(), "localhost", REGION, false, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "admin token for role app, " + lifetime, "app",
                    sdk(signers.admin(), "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "explicitly denied user, " + lifetime, "admin",
                    sdk(signers.denied(), "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "user without policy, " + lifetime, "admin",
                    sdk(signers.nobody(), "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "role session without policy, " + lifetime, "admin",
                    sdk(signers.noPermission(), "localhost", REGION, true, now, lifetime), noSni));
            attacks.add(attack(Category.WRONG_PRINCIPAL, "user without policy, DbConnect, " + lifetime, "app",
                    sdk(signers.nobody(), "localhost", REGION, false, now, lifetime), noSni));
        }
        for (String user : List.of("Admin", "ADMIN", " admin", "admin ", "postgres", "rdsadmin")) {
            attacks.add(attack(Category.WRONG_PRINCIPAL, "admin token as user '" + user + "'", user,
                    sdk(signers.admin(), "localhost", REGION, true, Instant.now(), 900), noSni));
        }
        for (String user : List.of("app", "myapp", "postgres", "sys", "public")) {
            attacks.add(attack(Category.WRONG_PRINCIPAL, "valid DbConnect token for unmapped role " + user, user,
                    sdk(signers.reader(), "localhost", REGION, false, Instant.now(), 900), noSni));
        }
        return attacks;
    }

    // ---- signing and randomness ---------------------------------------------------------------------------

    /** A token made by the AWS Java SDK's signer. */
    static String sdk(AwsCredentials credentials, String host, String region, boolean admin, Instant signedAt,
                      long expiresSeconds) {
        return AuthTokens.sign(credentials, host, region, admin, Clock.fixed(signedAt, ZoneOffset.UTC),
                Duration.ofSeconds(expiresSeconds));
    }

    private AwsCredentials withSecret(AwsCredentials credentials, String secret) {
        secrets.add(secret);
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
        secrets.add(secret);
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

    private static Attack attack(Category category, String label, String user, String token, Target target) {
        return new Attack(category, label, user, token, target);
    }
}
