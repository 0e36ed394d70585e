package io.opendsql.wire;

import static io.opendsql.wire.RawClient.cstring;
import static io.opendsql.wire.RawClient.int16;
import static io.opendsql.wire.RawClient.int32;
import static io.opendsql.wire.RawClient.message;
import static io.opendsql.wire.RawClient.query;
import static io.opendsql.wire.RawClient.types;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Framing after authentication: lengths, types and bodies the server must refuse, and what it ignores. */
class MessageFramingTest {
    @TempDir
    Path dataDir;
    TestServer server;

    @BeforeEach
    void start() throws IOException {
        server = new TestServer(dataDir, config -> config.withMaxMessageSize(1024 * 1024));
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
    void simpleQueryRoundTrip() throws IOException {
        try (RawClient client = loggedIn()) {
            client.send(query("SELECT 1"));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(types(reply)).isEqualTo("TDCZ");
            assertThat(reply.get(2).text()).isEqualTo("SELECT 1");
            client.send(query(""));
            assertThat(types(client.readUntil('Z'))).isEqualTo("IZ");
            client.send(query("SELECT 1; SELECT 1"));
            assertThat(types(client.readUntil('Z'))).isEqualTo("TDCTDCZ");
        }
    }

    @Test
    void largeResultsAreWrittenAsTheBufferFills() throws IOException {
        try (RawClient client = loggedIn()) {
            client.send(query("SELECT generate_series(1, 50000)"));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(reply).hasSize(50_003);
            assertThat(reply.get(50_001).text()).isEqualTo("SELECT 50000");
        }
    }

    @Test
    void statementErrorKeepsTheConnection() throws IOException {
        try (RawClient client = loggedIn()) {
            client.send(query("SELECT nonsense"));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(types(reply)).isEqualTo("EZ");
            Map<Character, String> fields = reply.getFirst().fields();
            assertThat(fields).containsEntry('S', "ERROR").containsEntry('V', "ERROR").containsEntry('C', "42601")
                    .containsKeys('M', 'F', 'L', 'R');
            client.send(query("SELECT 1"));
            assertThat(types(client.readUntil('Z'))).isEqualTo("TDCZ");
        }
    }

    @Test
    void internalFailureBecomesXx000AndTheConnectionContinues() throws IOException {
        try (RawClient client = loggedIn()) {
            client.send(query("SELECT internal_failure()"));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(reply.getFirst().fields()).containsEntry('C', "XX000")
                    .containsEntry('M', "scripted internal failure").containsEntry('R', "statement");
            client.send(query("SELECT 1"));
            assertThat(types(client.readUntil('Z'))).isEqualTo("TDCZ");
        }
    }

    @Test
    void oversizedLengthIsFatal() throws IOException {
        assertFatal(concat(new byte[] {'Q'}, int32(1024 * 1024 + 5)), "08P01", "invalid message length");
    }

    @Test
    void hugeLengthIsFatal() throws IOException {
        assertFatal(concat(new byte[] {'Q'}, int32(Integer.MAX_VALUE)), "08P01", "invalid message length");
    }

    @Test
    void undersizedLengthIsFatal() throws IOException {
        assertFatal(concat(new byte[] {'S'}, int32(3)), "08P01", "invalid message length");
        assertFatal(concat(new byte[] {'Q'}, int32(-8)), "08P01", "invalid message length");
    }

    @Test
    void unknownMessageTypeIsFatal() throws IOException {
        assertFatal(message('z', cstring("x")), "08P01", "invalid frontend message type 122");
    }

    @Test
    void passwordAfterAuthenticationIsFatal() throws IOException {
        assertFatal(message('p', cstring(CountingOpener.PASSWORD)), "08P01", "invalid frontend message type 112");
    }

    @Test
    void queryWithoutTerminatorIsFatal() throws IOException {
        assertFatal(message('Q', "SELECT 1".getBytes()), "08P01", "invalid message format");
    }

    @Test
    void trailingBytesAreFatal() throws IOException {
        assertFatal(message('Q', cstring("SELECT 1"), new byte[] {1}), "08P01", "invalid message format");
    }

    @Test
    void negativeParameterCountIsFatal() throws IOException {
        assertFatal(message('P', cstring(""), cstring("SELECT 1"), int16(-1)), "08P01", "invalid message format");
    }

    @Test
    void parameterCountBeyondTheBodyIsFatal() throws IOException {
        assertFatal(message('P', cstring(""), cstring("SELECT 1"), int16(3), int32(23)), "08P01",
                "invalid message format");
    }

    @Test
    void bindValueLongerThanTheBodyIsFatal() throws IOException {
        assertFatal(message('B', cstring(""), cstring(""), int16(0), int16(1), int32(100), new byte[] {1, 2}),
                "08P01", "invalid message format");
    }

    @Test
    void bindValueWithNegativeLengthIsFatal() throws IOException {
        assertFatal(message('B', cstring(""), cstring(""), int16(0), int16(1), int32(-2), int16(0)),
                "08P01", "invalid message format");
    }

    @Test
    void executeWithoutRowLimitIsFatal() throws IOException {
        assertFatal(message('E', cstring("")), "08P01", "invalid message format");
    }

    @Test
    void invalidUtf8IsAStatementError() throws IOException {
        try (RawClient client = loggedIn()) {
            client.send(message('Q', new byte[] {'S', (byte) 0xC3, 0x28, 0}));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(reply.getFirst().fields()).containsEntry('C', "22021")
                    .containsEntry('M', "invalid byte sequence for encoding \"UTF8\": 0xc3");
        }
    }

    @Test
    void functionCallIsRefusedWithReadyForQuery() throws IOException {
        try (RawClient client = loggedIn()) {
            client.send(message('F', int32(1234), int16(0), int16(0), int16(0)));
            List<RawClient.Message> reply = client.readUntil('Z');
            assertThat(types(reply)).isEqualTo("EZ");
            assertThat(reply.getFirst().fields()).containsEntry('C', "0A000")
                    .containsEntry('M', "fastpath function calls are not supported");
        }
    }

    @Test
    void copyMessagesOutsideCopyAreIgnored() throws IOException {
        try (RawClient client = loggedIn()) {
            client.send(concat(message('d', new byte[] {1, 2, 3}), message('c'), message('f', cstring("oops")),
                    query("SELECT 1")));
            assertThat(types(client.readUntil('Z'))).isEqualTo("TDCZ");
        }
    }

    @Test
    void clientsThatVanishLeaveNoConnection() throws Exception {
        for (int i = 0; i < 5; i++) {
            RawClient client = loggedIn();
            client.send(new byte[] {'Q', 0, 0});
            client.close();
        }
        try (RawClient client = server.raw()) {
            client.sslRequest();
        }
        try (RawClient client = server.raw()) {
            client.send(new byte[] {0, 0});
        }
    }

    private RawClient loggedIn() throws IOException {
        RawClient client = server.raw();
        client.login("admin");
        return client;
    }

    private void assertFatal(byte[] bytes, String state, String text) throws IOException {
        try (RawClient client = loggedIn()) {
            client.send(bytes);
            RawClient.Message error = client.expect('E');
            assertThat(error.fields()).containsEntry('S', "FATAL").containsEntry('C', state).containsEntry('M', text);
            assertThat(client.closedByServer()).isTrue();
        }
    }

    static byte[] concat(byte[]... parts) {
        return StartupTest.concat(parts);
    }
}
