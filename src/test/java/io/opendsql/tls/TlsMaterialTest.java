package io.opendsql.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TlsMaterialTest {
    @TempDir
    Path dataDir;

    @Test
    void generatedChainVerifiesAgainstTheCaFile() throws Exception {
        TlsMaterial material = TlsMaterial.generated(dataDir, "us-east-1", List.of());
        X509TrustManager trust = trustManagerFor(dataDir.resolve("tls/ca.crt"));
        trust.checkServerTrusted(material.chain().toArray(X509Certificate[]::new), "ECDHE_ECDSA");
        assertThat(material.caCertificateFile()).isEqualTo(dataDir.resolve("tls/ca.crt"));
        assertThat(material.chain().getLast().getSubjectX500Principal().getName())
                .isEqualTo("CN=" + CertificateAuthority.COMMON_NAME);
        assertThat(material.serverCertificate().getPublicKey().getAlgorithm()).isEqualTo("EC");
        assertThat(material.chain().getLast().getNotAfter().getTime() - System.currentTimeMillis())
                .isGreaterThan(9L * 365 * 24 * 3600 * 1000);
    }

    @Test
    void serverCertificateCarriesTheStandardAndExtraNames() throws Exception {
        TlsMaterial material = TlsMaterial.generated(dataDir, "eu-west-1", List.of("db.example.com", "10.0.0.7"));
        Set<String> names = material.serverCertificate().getSubjectAlternativeNames().stream()
                .map(name -> name.get(0) + ":" + name.get(1)).collect(Collectors.toSet());
        assertThat(names).contains("2:localhost", "7:127.0.0.1", "7:0:0:0:0:0:0:0:1", "2:*.dsql.eu-west-1.on.aws",
                "2:db.example.com", "7:10.0.0.7");
        assertThat(material.serverCertificate().getExtendedKeyUsage()).contains("1.3.6.1.5.5.7.3.1");
        assertThat(material.serverCertificate().getBasicConstraints()).isEqualTo(-1);
    }

    @Test
    void restartReusesTheFilesAndRenamingReissuesOnlyTheServerCertificate() throws Exception {
        TlsMaterial first = TlsMaterial.generated(dataDir, "us-east-1", List.of("a.example"));
        TlsMaterial second = TlsMaterial.generated(dataDir, "us-east-1", List.of("a.example"));
        assertThat(second.chain()).isEqualTo(first.chain());
        assertThat(second.privateKey()).isEqualTo(first.privateKey());

        TlsMaterial renamed = TlsMaterial.generated(dataDir, "us-east-1", List.of("b.example"));
        assertThat(renamed.serverCertificate()).isNotEqualTo(first.serverCertificate());
        assertThat(renamed.chain().getLast()).isEqualTo(first.chain().getLast());
        assertThat(SubjectNames.of(renamed.serverCertificate()).entries())
                .contains(new SubjectNames.Entry(false, "b.example"))
                .doesNotContain(new SubjectNames.Entry(false, "a.example"));
        trustManagerFor(renamed.caCertificateFile())
                .checkServerTrusted(renamed.chain().toArray(X509Certificate[]::new), "ECDHE_ECDSA");
    }

    @Test
    void privateKeysAreOwnerOnly() throws Exception {
        TlsMaterial.generated(dataDir, "us-east-1", List.of());
        for (String file : List.of("ca.key", "server.key")) {
            assertThat(Files.getPosixFilePermissions(dataDir.resolve("tls").resolve(file)))
                    .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
        }
    }

    @Test
    void userSuppliedPemPairLoads() {
        TlsMaterial generated = TlsMaterial.generated(dataDir, "us-east-1", List.of());
        TlsMaterial supplied = TlsMaterial.fromPem(dataDir.resolve("tls/server.crt"), dataDir.resolve("tls/server.key"));
        assertThat(supplied.chain()).isEqualTo(generated.chain());
        assertThat(supplied.caCertificateFile()).isNull();
        SSLContext context = supplied.sslContext();
        assertThat(context.getSupportedSSLParameters().getProtocols()).contains("TLSv1.2", "TLSv1.3");
    }

    @Test
    void certificateFromAnotherAuthorityIsRejected() throws Exception {
        TlsMaterial.generated(dataDir.resolve("one"), "us-east-1", List.of());
        TlsMaterial other = TlsMaterial.generated(dataDir.resolve("two"), "us-east-1", List.of());
        X509TrustManager trust = trustManagerFor(dataDir.resolve("one/tls/ca.crt"));
        assertThatThrownBy(() -> trust.checkServerTrusted(other.chain().toArray(X509Certificate[]::new), "ECDHE_ECDSA"))
                .isInstanceOf(CertificateException.class);
    }

    @Test
    void missingKeyFileIsAClearError() throws Exception {
        Files.writeString(dataDir.resolve("empty.pem"), "nothing here\n");
        assertThatThrownBy(() -> TlsMaterial.fromPem(dataDir.resolve("empty.pem"), dataDir.resolve("empty.pem")))
                .hasMessageContaining("no CERTIFICATE block");
    }

    static X509TrustManager trustManagerFor(Path caFile) throws Exception {
        List<X509Certificate> roots = PemFiles.readCertificates(caFile);
        java.security.KeyStore store = java.security.KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setCertificateEntry("ca", roots.getFirst());
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(store);
        return (X509TrustManager) factory.getTrustManagers()[0];
    }
}
