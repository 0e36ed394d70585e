package io.opendsql.wire;

import static io.opendsql.wire.RawClient.cstring;
import static io.opendsql.wire.RawClient.int32;
import static io.opendsql.wire.RawClient.message;
import static io.opendsql.wire.RawClient.packet;
import static io.opendsql.wire.RawClient.startup;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StartupTest {
    @TempDir
    Path dataDir;
    TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dataDir);
    }

    @AfterEach
    void stop() throws InterruptedException {
        try {
            server.assertNoOpenConnections();
        } finally {
            server.close();
        }
    }

    @Test
    void sslRequestThenStartupAuthenticatesAndReportsParameters() throws IOException {
        try (RawClient client = server.raw()) {
            List<RawClient.Message> messages = client.login("admin");
            assertThat(RawClient.types(messages)).matches("RS+KZ");
            assertThat(messages.getFirst().int32(0)).isZero();
            assertThat(messages).filteredOn(m -> m.type() == 'S').extracting(m -> m.text().split("\0")[0])
                    .contains("server_version", "client_encoding", "session_authorization");
            assertThat((char) messages.getLast().body()[0]).isEqualTo('I');
            StartupRequest request = server.opener.requests.getFirst();
            assertThat(request.serverName()).isEqualTo("localhost");
            assertThat(request.user()).isEqualTo("admin");
            assertThat(request.database()).isEqualTo("postgres");
            assertThat(request.directTls()).isFalse();
            RawClient.Message keyData = messages.get(messages.size() - 2);
            assertThat(keyData.int32(0)).isEqualTo(request.backendPid());
            client.send(RawClient.terminate());
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void authenticationAsksForACleartextPassword() throws IOException {
        try (RawClient client = server.raw()) {
            assertThat(client.sslRequest()).isEqualTo('S');
            client.startTls("cluster1.dsql.us-east-1.on.aws");
            client.send(startup(3, 0, Map.of("user", "alice")));
            RawClient.Message request = client.expect('R');
            assertThat(request.int32(0)).isEqualTo(3);
            client.send(message('p', cstring(CountingOpener.PASSWORD)));
            client.readUntil('Z');
            StartupRequest startup = server.opener.requests.getFirst();
            assertThat(startup.serverName()).isEqualTo("cluster1.dsql.us-east-1.on.aws");
            assertThat(startup.database()).as("database defaults to the user").isEqualTo("alice");
        }
    }

    @Test
    void directTlsWithAlpnPostgresql() throws IOException {
        try (RawClient client = server.raw()) {
            client.startTls("localhost", "postgresql");
            client.send(startup(3, 0, Map.of("user", "admin")));
            client.expect('R');
            client.send(message('p', cstring(CountingOpener.PASSWORD)));
            client.readUntil('Z');
            assertThat(server.opener.requests.getFirst().directTls()).isTrue();
        }
    }

    @Test
    void tls12AndTls13AreBothAccepted() throws IOException {
        for (String protocol : List.of("TLSv1.2", "TLSv1.3")) {
            try (RawClient client = server.raw()) {
                assertThat(client.sslRequest()).isEqualTo('S');
                client.startTlsLimited("localhost", new String[] {protocol});
                assertThat(client.tlsProtocol()).isEqualTo(protocol);
                client.send(startup(3, 0, Map.of("user", "admin")));
                client.expect('R');
            }
        }
    }

    @Test
    void directTlsWithoutAlpnFailsTheHandshake() throws IOException {
        try (RawClient client = server.raw()) {
            assertThatThrownBy(() -> client.startTls("localhost"))
                    .isInstanceOf(SSLException.class).hasMessageContaining("no_application_protocol");
        }
        assertThat(server.opener.admitted).hasValue(0);
    }

    @Test
    void directTlsWithOnlyOtherProtocolsFailsTheHandshake() throws IOException {
        try (RawClient client = server.raw()) {
            assertThatThrownBy(() -> client.startTls("localhost", "h2", "http/1.1"))
                    .isInstanceOf(SSLException.class).hasMessageContaining("no_application_protocol");
        }
        assertThat(server.opener.admitted).hasValue(0);
    }

    @Test
    void gssEncryptionIsRefusedAndNegotiationContinues() throws IOException {
        try (RawClient client = server.raw()) {
            assertThat(client.gssEncRequest()).isEqualTo('N');
            assertThat(client.sslRequest()).isEqualTo('S');
            client.startTls("localhost");
            client.send(startup(3, 0, Map.of("user", "admin")));
            client.expect('R');
        }
    }

    @Test
    void plaintextStartupIsRefused() throws IOException {
        try (RawClient client = server.raw()) {
            client.send(startup(3, 0, Map.of("user", "admin")));
            RawClient.Message error = client.expect('E');
            assertThat(error.fields()).containsEntry('S', "FATAL").containsEntry('V', "FATAL")
                    .containsEntry('C', "28000").containsEntry('M', "unable to accept connection, SSL is required");
            assertThat(client.closedByServer()).isTrue();
        }
    }

    @Test
    void protocolTwoIsRefused() throws IOException {
        assertFatalAfterTls(startup(2, 0, Map.of("user", "admin")), "0A000",
                "unsupported frontend protocol 2.0: server supports 3.0 to 3.0");
    }

    @Test
    void newerMinorVersionAndProtocolOptionsAreNegotiatedDown() throws IOException {
        try (RawClient client = server.raw()) {
            client.sslRequest();
            client.startTls("localhost");
            client.send(startup(3, 2, Map.of("user", "admin", "_pq_.compression", "on")));
            RawClient.Message negotiate = client.expect('v');
            assertThat(negotiate.int32(0)).isZero();
            assertThat(negotiate.int32(4)).isEqualTo(1);
            assertThat(new String(negotiate.body(), 8, negotiate.body().length - 9)).isEqualTo("_pq_.compression");
            client.expect('R');
            client.send(message('p', cstring(CountingOpener.PASSWORD)));
            client.readUntil('Z');
            assertThat(server.opener.requests.getFirst().parameters()).doesNotContainKey("_pq_.compression");
        }
    }

    @Test
    void missingUserIsRefused() throws IOException {
        assertFatalAfterTls(startup(3, 0, Map.of("database", "postgres")), "28000",
                "no PostgreSQL user name specified in startup packet");
    }

    @Test
    void startupPacketWithoutTerminatorIsRefused() throws IOException {
        assertFatalAfterTls(packet(3 << 16, cstring("user")), "08P01",
                "invalid startup packet layout: expected terminator as last byte");
    }

    @Test
    void oversizedStartupPacketIsRefused() throws IOException {
        try (RawClient client = server.raw()) {
            client.sslRequest();
            client.startTls("localhost");
            client.send(int32(10_001));
            RawClient.Message error = client.expect('E');
            assertThat(error.fields()).containsEntry('C', "08P01").containsEntry('M', "invalid length of startup packet");
        }
    }

    @Test
    void wrongPasswordIsFatal() throws IOException {
        try (RawClient client = server.raw()) {
            client.sslRequest();
            client.startTls("localhost");
            client.send(startup(3, 0, Map.of("user", "admin")));
            client.expect('R');
            client.send(message('p', cstring("wrong")));
            RawClient.Message error = client.expect('E');
            assertThat(error.fields()).containsEntry('S', "FATAL").containsEntry('C', "28000")
                    .containsEntry('M', "unable to accept connection, access denied");
            assertThat(client.closedByServer()).isTrue();
        }
        assertThat(server.opener.admitted).hasValue(1);
    }

    @Test
    void refusalAtAdmissionIsFatal() throws IOException {
        assertFatalAfterTls(startup(3, 0, Map.of("user", "refused")), "53300",
                "Unable to accept connection, too many open connections.");
    }

    @Test
    void anythingButAPasswordDuringAuthenticationIsFatal() throws IOException {
        try (RawClient client = server.raw()) {
            client.sslRequest();
            client.startTls("localhost");
            client.send(startup(3, 0, Map.of("user", "admin")));
            client.expect('R');
            client.send(RawClient.query("SELECT 1"));
            RawClient.Message error = client.expect('E');
            assertThat(error.fields()).containsEntry('C', "08P01")
                    .containsEntry('M', "expected password response, got message type 81");
        }
    }

    @Test
    void cancelRequestBeforeTlsInterruptsTheRunningStatement() throws Exception {
        cancelRunningStatement(false);
    }

    @Test
    void cancelRequestInsideTlsInterruptsTheRunningStatement() throws Exception {
        cancelRunningStatement(true);
    }

    private void cancelRunningStatement(boolean overTls) throws Exception {
        try (RawClient client = server.raw()) {
            List<RawClient.Message> login = client.login("admin");
            RawClient.Message keyData = login.get(login.size() - 2);
            client.send(RawClient.query("SELECT pg_sleep(30)"));
            while (!server.opener.sessions.getFirst().busy()) {
                Thread.sleep(5);
            }
            try (RawClient canceler = server.raw()) {
                if (overTls) {
                    canceler.sslRequest();
                    canceler.startTls("localhost");
                }
                canceler.send(packet(MessageType.CANCEL_REQUEST_CODE,
                        concat(int32(keyData.int32(0)), int32(keyData.int32(4)))));
                assertThat(canceler.closedByServer()).isTrue();
            }
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(reply.getFirst().fields()).containsEntry('C', "57014");
        }
    }

    @Test
    void cancelWithTheWrongSecretIsIgnored() throws Exception {
        try (RawClient client = server.raw()) {
            List<RawClient.Message> login = client.login("admin");
            RawClient.Message keyData = login.get(login.size() - 2);
            try (RawClient canceler = server.raw()) {
                canceler.send(packet(MessageType.CANCEL_REQUEST_CODE,
                        concat(int32(keyData.int32(0)), int32(keyData.int32(4) + 1))));
                assertThat(canceler.closedByServer()).isTrue();
            }
            client.send(RawClient.query("SELECT 1"));
            assertThat(RawClient.types(client.readUntil('Z'))).isEqualTo("TDCZ");
        }
    }

    private void assertFatalAfterTls(byte[] startupPacket, String state, String text) throws IOException {
        try (RawClient client = server.raw()) {
            client.sslRequest();
            client.startTls("localhost");
            client.send(startupPacket);
            RawClient.Message error = client.expect('E');
            assertThat(error.fields()).containsEntry('S', "FATAL").containsEntry('C', state).containsEntry('M', text);
            assertThat(client.closedByServer()).isTrue();
        }
    }

    static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            bytes.writeBytes(part);
        }
        return bytes.toByteArray();
    }
}
