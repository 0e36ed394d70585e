package io.opendsql.tls;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.CertIOException;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The local certificate authority: a self-signed EC P-256 CA stored as {@code ca.crt} and {@code ca.key}
 * in a directory, created on first use and reused afterwards. It signs the server certificate.
 */
public final class CertificateAuthority {
    /** Common name of the generated CA certificate. */
    public static final String COMMON_NAME = "OpenDSQL Local CA";
    static final String CERTIFICATE_FILE = "ca.crt";
    static final String KEY_FILE = "ca.key";
    private static final Duration CA_VALIDITY = Duration.ofDays(3653);
    private static final Duration BACKDATE = Duration.ofHours(1);
    private static final String SIGNATURE_ALGORITHM = "SHA256withECDSA";
    private static final SecureRandom RANDOM = new SecureRandom();

    private final X509Certificate certificate;
    private final PrivateKey privateKey;
    private final Path certificateFile;

    private CertificateAuthority(X509Certificate certificate, PrivateKey privateKey, Path certificateFile) {
        this.certificate = certificate;
        this.privateKey = privateKey;
        this.certificateFile = certificateFile;
    }

    /** Loads the CA from {@code directory}, creating it (and the directory) when absent. */
    public static CertificateAuthority loadOrCreate(Path directory) {
        Path certificateFile = directory.resolve(CERTIFICATE_FILE);
        Path keyFile = directory.resolve(KEY_FILE);
        if (Files.exists(certificateFile) && Files.exists(keyFile)) {
            X509Certificate certificate = PemFiles.readCertificates(certificateFile).getFirst();
            return new CertificateAuthority(certificate, PemFiles.readPrivateKey(keyFile), certificateFile);
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        KeyPair keys = newKeyPair();
        X500Name name = new X500Name("CN=" + COMMON_NAME);
        Instant now = Instant.now();
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(name, serialNumber(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(CA_VALIDITY)), name, keys.getPublic())
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(true))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign))
                    .addExtension(Extension.subjectKeyIdentifier, false,
                            extensions.createSubjectKeyIdentifier(keys.getPublic()));
            X509Certificate certificate = sign(builder, keys.getPrivate());
            PemFiles.writePrivateKey(keyFile, keys.getPrivate());
            PemFiles.writeCertificates(certificateFile, List.of(certificate));
            return new CertificateAuthority(certificate, keys.getPrivate(), certificateFile);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot create the local CA", e);
        }
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /** The PEM file clients use as their root certificate ({@code sslrootcert}). */
    public Path certificateFile() {
        return certificateFile;
    }

    /** True when {@code candidate} carries a valid signature of this CA. */
    public boolean signed(X509Certificate candidate) {
        try {
            candidate.verify(certificate.getPublicKey());
            return candidate.getIssuerX500Principal().equals(certificate.getSubjectX500Principal());
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** Issues a TLS server certificate for {@code publicKey} valid for {@code names}. */
    public X509Certificate issueServerCertificate(PublicKey publicKey, SubjectNames names, Duration validity) {
        Instant now = Instant.now();
        X500Name subject = new X500Name("CN=" + names.commonName());
        X500Name issuer = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        GeneralName[] alternativeNames = names.entries().stream().map(SubjectNames.Entry::toGeneralName)
                .toArray(GeneralName[]::new);
        try {
            JcaX509ExtensionUtils extensions = new JcaX509ExtensionUtils();
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, serialNumber(),
                    Date.from(now.minus(BACKDATE)), Date.from(now.plus(validity)), subject, publicKey)
                    .addExtension(Extension.basicConstraints, true, new BasicConstraints(false))
                    .addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature))
                    .addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(KeyPurposeId.id_kp_serverAuth))
                    .addExtension(Extension.subjectAlternativeName, false, new GeneralNames(alternativeNames))
                    .addExtension(Extension.subjectKeyIdentifier, false, extensions.createSubjectKeyIdentifier(publicKey))
                    .addExtension(Extension.authorityKeyIdentifier, false,
                            extensions.createAuthorityKeyIdentifier(certificate));
            return sign(builder, privateKey);
        } catch (GeneralSecurityException | CertIOException e) {
            throw new IllegalStateException("cannot issue a server certificate", e);
        }
    }

    static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("EC P-256 is not available", e);
        }
    }

    private static X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey signer)
            throws GeneralSecurityException {
        try {
            return new JcaX509CertificateConverter()
                    .getCertificate(builder.build(new JcaContentSignerBuilder(SIGNATURE_ALGORITHM).build(signer)));
        } catch (OperatorCreationException e) {
            throw new GeneralSecurityException(e);
        }
    }

    private static BigInteger serialNumber() {
        return new BigInteger(126, RANDOM).add(BigInteger.ONE);
    }
}
