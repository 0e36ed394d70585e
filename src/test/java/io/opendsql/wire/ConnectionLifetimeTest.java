package io.opendsql.wire;

import static io.opendsql.wire.RawClient.query;
import static io.opendsql.wire.RawClient.types;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** DSQL closes a connection after its maximum lifetime, silently, once it is idle. */
class ConnectionLifetimeTest {
    @TempDir
    Path dataDir;

    @Test
    void idleConnectionIsClosedWithoutAnErrorWhenTheLifetimeEnds() throws Exception {
        try (TestServer server = new TestServer(dataDir,
                config -> config.withConnectionLifetime(Duration.ofMillis(300)))) {
            try (RawClient client = server.raw()) {
                client.login("admin");
                long start = System.nanoTime();
                assertThat(client.read()).as("no ErrorResponse, just end of stream").isNull();
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
            }
            server.assertNoOpenConnections();
        }
    }

    @Test
    void openTransactionBlockKeepsTheConnectionUntilItEnds() throws Exception {
        try (TestServer server = new TestServer(dataDir,
                config -> config.withConnectionLifetime(Duration.ofMillis(300)))) {
            try (RawClient client = server.raw()) {
                client.login("admin");
                client.send(query("BEGIN"));
                client.readUntil('Z');
                Thread.sleep(600);
                client.send(query("SELECT 1"));
                assertThat(types(client.readUntil('Z'))).isEqualTo("TDCZ");
                client.send(query("COMMIT"));
                assertThat(types(client.readUntil('Z'))).isEqualTo("CZ");
                assertThat(client.read()).as("closed once idle after COMMIT").isNull();
            }
            server.assertNoOpenConnections();
        }
    }

    @Test
    void startupTimeoutClosesSilentClients() throws Exception {
        try (TestServer server = new TestServer(dataDir, config -> config.withStartupTimeout(Duration.ofMillis(300)))) {
            try (RawClient client = server.raw()) {
                client.sslRequest();
                client.startTls("localhost");
                assertThat(client.closedByServer()).isTrue();
            }
            server.assertNoOpenConnections();
        }
    }

    @Test
    void closingTheServerClosesEveryConnection() throws Exception {
        TestServer server = new TestServer(dataDir);
        RawClient first = server.raw();
        first.login("admin");
        RawClient second = server.raw();
        second.sslRequest();
        assertThat(server.server.openConnections()).isEqualTo(2);
        server.close();
        server.close();
        assertThat(server.server.openConnections()).isZero();
        assertThat(server.opener.balanced()).isTrue();
        assertThat(first.closedByServer()).isTrue();
        first.close();
        second.close();
    }

    @Test
    void terminateClosesTheSessionOnce() throws IOException, InterruptedException {
        try (TestServer server = new TestServer(dataDir)) {
            try (RawClient client = server.raw()) {
                client.login("admin");
                client.send(RawClient.terminate());
                assertThat(client.closedByServer()).isTrue();
            }
            server.assertNoOpenConnections();
            assertThat(server.opener.sessions.getFirst().closeCount()).isEqualTo(1);
        }
    }
}
