package io.opendsql.auth;

import static java.util.Objects.requireNonNull;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The installation's local IAM: one account id, users and roles, their access keys and inline
 * policies, kept in {@code <dataDir>/iam/iam.json} (owner-only, replaced atomically on every change).
 *
 * <p>Thread-safe, and safe to share with other processes on the same data directory (the server and
 * the {@code opendsql iam} command): each change takes a file lock, re-reads the file, applies itself
 * and writes the file back; reads notice when another process changed the file and reload it.
 */
public final class IamStore implements CredentialLookup {
    /** The administrator user created with the store. */
    public static final String ADMIN_USER = "opendsql-admin";
    /** The administrator's policy name; it allows {@code dsql:*} and {@code sts:AssumeRole} on {@code *}. */
    public static final String ADMIN_POLICY = "OpenDSQLAdministrator";
    public static final String DEFAULT_REGION = "us-east-1";
    static final String ADMIN_POLICY_DOCUMENT = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Action\":[\"dsql:*\",\"sts:AssumeRole\"],\"Resource\":\"*\"}]}";
    /** How long expired temporary credentials are kept, so refusals can say they expired rather than "unknown". */
    static final Duration EXPIRED_SESSION_RETENTION = Duration.ofDays(1);

    private static final Logger LOG = LoggerFactory.getLogger(IamStore.class);
    private static final String STORE_FILE = "iam.json";
    private static final String LOCK_FILE = "iam.lock";

    /** One monitor per store directory: a JVM may not hold two file locks on the same file. */
    private static final ConcurrentMap<Path, Object> DIRECTORY_LOCKS = new ConcurrentHashMap<>();

    private final Path directory;
    private final Object writeLock;
    private volatile Snapshot snapshot;

    /** The state together with the file attributes it was read from. */
    private record Snapshot(IamState state, Object fileKey, Instant modified, long size) {
    }

    private IamStore(Path directory) throws IOException {
        this.directory = directory;
        this.writeLock = DIRECTORY_LOCKS.computeIfAbsent(directory.toRealPath(), path -> new Object());
    }

    /** Opens the store under {@code dataDir}, creating it with an administrator on first use. */
    public static IamStore openOrCreate(Path dataDir) {
        return openOrCreate(dataDir, DEFAULT_REGION);
    }

    /**
     * Opens the store under {@code dataDir}. On first use it creates the account id, the user
     * {@value #ADMIN_USER} with policy {@value #ADMIN_POLICY} and an access key, and writes that key
     * to {@code <dataDir>/iam/credentials} and {@code region} to {@code <dataDir>/iam/config}.
     */
    public static IamStore openOrCreate(Path dataDir, String region) {
        Path directory = dataDir.resolve("iam");
        try {
            SecureFiles.createPrivateDirectory(directory);
            IamStore store = new IamStore(directory);
            synchronized (store.writeLock) {
                try (FileChannel lockChannel = store.lockChannel(); FileLock lock = lockChannel.lock()) {
                    if (!Files.exists(store.storeFile())) {
                        store.createAdministrator(region);
                    }
                    store.snapshot = store.readSnapshot();
                }
            }
            return store;
        } catch (IOException e) {
            throw storageFailure(e);
        }
    }

    /** Opens an existing store, or fails with {@code 42704} when {@code dataDir} has none. */
    public static IamStore open(Path dataDir) {
        Path directory = dataDir.resolve("iam");
        if (!Files.exists(directory.resolve(STORE_FILE))) {
            throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "no IAM store in %s (start the server once to create it)",
                    dataDir.toAbsolutePath().normalize());
        }
        return openOrCreate(dataDir);
    }

    private void createAdministrator(String region) throws IOException {
        Instant now = Instant.now();
        String accountId = IamIdentifiers.newAccountId();
        PolicyDocument policy = PolicyDocument.parse(ADMIN_POLICY_DOCUMENT);
        Principal admin = new Principal(PrincipalType.USER.arn(accountId, ADMIN_USER), PrincipalType.USER, ADMIN_USER,
                now, Map.of(), Map.of(ADMIN_POLICY, policy));
        AccessKey key = AccessKey.longTerm(IamIdentifiers.newAccessKeyId(false), IamIdentifiers.newSecretAccessKey(),
                admin.arn(), now);
        IamState state = new IamState(accountId, region, key.accessKeyId(), Map.of(admin.arn(), admin),
                Map.of(key.accessKeyId(), key));
        SecureFiles.writeAtomically(storeFile(), IamStateJson.write(state));
        CredentialFiles.write(directory, key, region);
        LOG.info("Created IAM store for account {} with administrator {} (access key id {}); credentials in {}",
                accountId, admin.arn(), key.accessKeyId(), directory.resolve(CredentialFiles.CREDENTIALS));
    }

    /** The directory holding {@code iam.json}, {@code credentials} and {@code config}. */
    public Path directory() {
        return directory;
    }

    /** The shared-credentials file with the administrator key. */
    public Path credentialsFile() {
        return directory.resolve(CredentialFiles.CREDENTIALS);
    }

    /** The AWS config file with the default region. */
    public Path configFile() {
        return directory.resolve(CredentialFiles.CONFIG);
    }

    public String accountId() {
        return state().accountId();
    }

    /** The region written into the generated config file. */
    public String region() {
        return state().region();
    }

    /** Every user and role, in creation order. */
    public List<Principal> principals() {
        return List.copyOf(state().principals().values());
    }

    public Optional<Principal> principal(String arn) {
        return Optional.ofNullable(state().principals().get(arn));
    }

    /**
     * Finds a principal by ARN, {@code user/NAME}, {@code role/NAME} or a bare name (a user first, then
     * a role; a name that is both must be qualified).
     */
    public Principal resolve(String reference) {
        IamState state = state();
        String accountId = state.accountId();
        List<String> candidates = new ArrayList<>();
        if (reference.startsWith("arn:")) {
            candidates.add(reference);
        } else if (reference.startsWith("user/") || reference.startsWith("role/")) {
            candidates.add("arn:aws:iam::" + accountId + ":" + reference);
        } else {
            for (PrincipalType type : PrincipalType.values()) {
                if (state.principals().containsKey(type.arn(accountId, reference))) {
                    candidates.add(type.arn(accountId, reference));
                }
            }
            if (candidates.size() > 1) {
                throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE,
                        "\"%s\" is both a user and a role: write user/%s or role/%s", reference, reference, reference);
            }
        }
        if (candidates.isEmpty() || !state.principals().containsKey(candidates.get(0))) {
            throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "IAM principal \"%s\" does not exist", reference);
        }
        return state.principals().get(candidates.get(0));
    }

    public Principal createUser(String name) {
        return create(PrincipalType.USER, name);
    }

    public Principal createRole(String name) {
        return create(PrincipalType.ROLE, name);
    }

    private Principal create(PrincipalType type, String name) {
        IamIdentifiers.checkPrincipalName(name);
        IamState state = update(current -> {
            String arn = type.arn(current.accountId(), name);
            if (current.principals().containsKey(arn)) {
                throw DsqlException.of(SqlState.DUPLICATE_OBJECT, "IAM %s \"%s\" already exists", type.arnName(), name);
            }
            return current.withPrincipal(new Principal(arn, type, name, Instant.now(), Map.of(), Map.of()));
        });
        return state.principals().get(type.arn(state.accountId(), name));
    }

    /** Creates a long-term access key for a user. Roles get temporary credentials only. */
    public AccessKey createAccessKey(String principalArn) {
        String accessKeyId = IamIdentifiers.newAccessKeyId(false);
        IamState state = update(current -> {
            Principal principal = existing(current, principalArn);
            if (principal.type() != PrincipalType.USER) {
                throw DsqlException.of(SqlState.FEATURE_NOT_SUPPORTED,
                        "roles have no long-term access keys; %s needs temporary credentials", principal.arn());
            }
            return current.withAccessKey(AccessKey.longTerm(accessKeyId, IamIdentifiers.newSecretAccessKey(),
                    principal.arn(), Instant.now()));
        });
        LOG.info("Created access key {} for {}", accessKeyId, principalArn);
        return state.accessKeys().get(accessKeyId);
    }

    /**
     * Issues temporary credentials for a session of a role: an {@code ASIA...} key id, a secret and a
     * session token, valid until {@code expiration}. Callers check that the requester may assume the role
     * ({@link RoleSessions}); this only stores the session. Credentials that expired more than a day ago
     * are dropped at the same time.
     */
    AccessKey createSessionCredentials(String roleArn, String sessionName, Instant now, Instant expiration) {
        String accessKeyId = IamIdentifiers.newAccessKeyId(true);
        IamState state = update(current -> {
            Principal role = existing(current, roleArn);
            if (role.type() != PrincipalType.ROLE) {
                throw DsqlException.of(SqlState.INVALID_PARAMETER_VALUE, "%s is not a role", roleArn);
            }
            return current.withoutSessionsExpiredBefore(now.minus(EXPIRED_SESSION_RETENTION))
                    .withAccessKey(new AccessKey(accessKeyId, IamIdentifiers.newSecretAccessKey(),
                            IamIdentifiers.newSessionToken(), roleArn, now, expiration, sessionName));
        });
        LOG.info("Issued temporary credentials {} for session {} of {} until {}", accessKeyId, sessionName, roleArn,
                expiration);
        return state.accessKeys().get(accessKeyId);
    }

    /** Attaches (or replaces) the inline policy {@code policyName}; the document is validated first. */
    public PolicyDocument putPolicy(String principalArn, String policyName, String documentJson) {
        IamIdentifiers.checkPolicyName(policyName);
        PolicyDocument document = PolicyDocument.parse(documentJson);
        update(current -> current.withPrincipal(existing(current, principalArn).withPolicy(policyName, document)));
        return document;
    }

    /** Removes the inline policy {@code policyName}; fails when it is not attached. */
    public void deletePolicy(String principalArn, String policyName) {
        update(current -> {
            Principal principal = existing(current, principalArn);
            if (!principal.policies().containsKey(policyName)) {
                throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "policy \"%s\" is not attached to %s",
                        policyName, principalArn);
            }
            return current.withPrincipal(principal.withoutPolicy(policyName));
        });
    }

    /** Adds or replaces tags on a principal ({@code aws:PrincipalTag/<key>} in conditions). */
    public Principal tagPrincipal(String principalArn, Map<String, String> tags) {
        IamState state = update(current -> current.withPrincipal(existing(current, principalArn).withTags(tags)));
        return state.principals().get(principalArn);
    }

    /** The access keys of one principal. */
    public List<AccessKey> accessKeys(String principalArn) {
        return state().accessKeys().values().stream().filter(key -> key.principalArn().equals(principalArn)).toList();
    }

    public Optional<AccessKey> accessKey(String accessKeyId) {
        return Optional.ofNullable(state().accessKeys().get(accessKeyId));
    }

    /** The administrator's access key, used by {@code opendsql token} when no other credentials are given. */
    public AccessKey defaultAccessKey() {
        IamState state = state();
        AccessKey key = state.defaultAccessKeyId() == null ? null : state.accessKeys().get(state.defaultAccessKeyId());
        if (key == null) {
            throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "the IAM store has no default access key");
        }
        return key;
    }

    /** The user or role session an access key belongs to, if the key and its owner exist. */
    public Optional<IamIdentity> identity(String accessKeyId) {
        IamState state = state();
        AccessKey key = state.accessKeys().get(accessKeyId);
        Principal principal = key == null ? null : state.principals().get(key.principalArn());
        return principal == null ? Optional.empty() : Optional.of(new IamIdentity(principal, key, state.accountId()));
    }

    @Override
    public Optional<SigningCredential> find(String accessKeyId) {
        return accessKey(accessKeyId).map(AccessKey::credential);
    }

    private static Principal existing(IamState state, String principalArn) {
        Principal principal = state.principals().get(principalArn);
        if (principal == null) {
            throw DsqlException.of(SqlState.UNDEFINED_OBJECT, "IAM principal \"%s\" does not exist", principalArn);
        }
        return principal;
    }

    /** The current state, reloaded first when another process has replaced the file. */
    private IamState state() {
        Snapshot current = snapshot;
        try {
            BasicFileAttributes attributes = Files.readAttributes(storeFile(), BasicFileAttributes.class);
            if (changed(current, attributes)) {
                synchronized (writeLock) {
                    snapshot = readSnapshot();
                    return snapshot.state();
                }
            }
        } catch (NoSuchFileException e) {
            LOG.warn("IAM store file {} disappeared; using the last state read", storeFile());
        } catch (IOException e) {
            throw storageFailure(e);
        }
        return current.state();
    }

    private static boolean changed(Snapshot snapshot, BasicFileAttributes attributes) {
        return !attributes.lastModifiedTime().toInstant().equals(snapshot.modified()) || attributes.size() != snapshot.size()
                || (attributes.fileKey() != null && !attributes.fileKey().equals(snapshot.fileKey()));
    }

    private IamState update(UnaryOperator<IamState> change) {
        synchronized (writeLock) {
            try (FileChannel lockChannel = lockChannel(); FileLock lock = lockChannel.lock()) {
                IamState fresh = readSnapshot().state();
                IamState changed = requireNonNull(change.apply(fresh), "changed state");
                SecureFiles.writeAtomically(storeFile(), IamStateJson.write(changed));
                snapshot = readSnapshot();
                return changed;
            } catch (IOException e) {
                throw storageFailure(e);
            }
        }
    }

    private Snapshot readSnapshot() throws IOException {
        Path file = storeFile();
        BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
        IamState state = IamStateJson.read(Files.readAllBytes(file));
        return new Snapshot(state, attributes.fileKey(), attributes.lastModifiedTime().toInstant(), attributes.size());
    }

    private FileChannel lockChannel() throws IOException {
        return FileChannel.open(directory.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    }

    private Path storeFile() {
        return directory.resolve(STORE_FILE);
    }

    private static DsqlException storageFailure(IOException e) {
        return DsqlException.internal(new IOException("IAM store: " + e.getMessage(), e));
    }
}
