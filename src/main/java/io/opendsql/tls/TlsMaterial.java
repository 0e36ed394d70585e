package io.opendsql.tls;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.TrustManager;

/**
 * The server's certificate chain and private key, and the {@link SSLContext} built from them.
 *
 * <p>{@link #generated} keeps a local CA and a server certificate under {@code <dataDir>/tls}
 * ({@code ca.crt}, {@code ca.key}, {@code server.crt}, {@code server.key}); {@link #fromPem} uses a chain
 * and key the operator supplies.
 *
 * @param chain the server certificate first, then its issuers
 * @param privateKey the server certificate's key
 * @param caCertificateFile the PEM file clients should trust, or null when the operator supplied the chain
 */
public record TlsMaterial(List<X509Certificate> chain, PrivateKey privateKey, Path caCertificateFile) {
    /** TLS versions the server accepts. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");
    static final String SERVER_CERTIFICATE_FILE = "server.crt";
    static final String SERVER_KEY_FILE = "server.key";
    private static final Duration SERVER_VALIDITY = Duration.ofDays(825);
    private static final Duration RENEW_BEFORE = Duration.ofDays(30);
    private static final char[] NO_PASSWORD = new char[0];

    public TlsMaterial {
        chain = List.copyOf(chain);
        if (chain.isEmpty()) {
            throw new IllegalArgumentException("empty certificate chain");
        }
        requireNonNull(privateKey, "privateKey");
    }

    /**
     * Loads or creates the local CA and server certificate under {@code <dataDir>/tls}. The server
     * certificate is issued again when its names differ from the requested ones, when it is not signed
     * by the CA or when it is about to expire.
     */
    public static TlsMaterial generated(Path dataDir, String region, Collection<String> extraNames) {
        Path directory = dataDir.resolve("tls");
        CertificateAuthority authority = CertificateAuthority.loadOrCreate(directory);
        SubjectNames names = SubjectNames.standard(region, extraNames);
        Path certificateFile = directory.resolve(SERVER_CERTIFICATE_FILE);
        Path keyFile = directory.resolve(SERVER_KEY_FILE);
        if (Files.exists(certificateFile) && Files.exists(keyFile)) {
            X509Certificate existing = PemFiles.readCertificates(certificateFile).getFirst();
            if (reusable(existing, authority, names)) {
                return new TlsMaterial(List.of(existing, authority.certificate()), PemFiles.readPrivateKey(keyFile),
                        authority.certificateFile());
            }
        }
        KeyPair keys = CertificateAuthority.newKeyPair();
        X509Certificate certificate = authority.issueServerCertificate(keys.getPublic(), names, SERVER_VALIDITY);
        PemFiles.writePrivateKey(keyFile, keys.getPrivate());
        PemFiles.writeCertificates(certificateFile, List.of(certificate, authority.certificate()));
        return new TlsMaterial(List.of(certificate, authority.certificate()), keys.getPrivate(),
                authority.certificateFile());
    }

    /** A chain (server certificate first) and its unencrypted private key, both PEM files. */
    public static TlsMaterial fromPem(Path certificateChainFile, Path privateKeyFile) {
        return new TlsMaterial(PemFiles.readCertificates(certificateChainFile), PemFiles.readPrivateKey(privateKeyFile),
                null);
    }

    public X509Certificate serverCertificate() {
        return chain.getFirst();
    }

    /** A TLS context presenting this chain; servers should enable only {@link #PROTOCOLS}. */
    public SSLContext sslContext() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("server", privateKey, NO_PASSWORD, chain.toArray(Certificate[]::new));
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(store, NO_PASSWORD);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keyManagers.getKeyManagers(), null, null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build the TLS context", e);
        }
    }

    /** Trust managers that accept exactly the chain's root (the last certificate); for clients and tests. */
    public TrustManager[] trustManagers() {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("root", chain.getLast());
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(store);
            return factory.getTrustManagers();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot build trust managers", e);
        }
    }

    private static boolean reusable(X509Certificate existing, CertificateAuthority authority, SubjectNames names) {
        return authority.signed(existing)
                && SubjectNames.of(existing).sameNames(names)
                && existing.getNotAfter().toInstant().isAfter(Instant.now().plus(RENEW_BEFORE));
    }
}
