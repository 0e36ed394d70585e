package io.opendsql.wire;

import static io.opendsql.wire.RawClient.cstring;
import static io.opendsql.wire.RawClient.int16;
import static io.opendsql.wire.RawClient.int32;
import static io.opendsql.wire.RawClient.message;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Throws at least {@value #CASES} malformed, truncated and out-of-order inputs at a running server from
 * several clients at once, then checks that it still serves pgJDBC and that every connection, admission
 * and session was cleaned up exactly once. Sessions are the real {@link io.opendsql.session.DsqlSession}.
 * Cases are reproducible from the seed printed in the log ({@code -Dfuzz.seed=N}).
 */
class ProtocolFuzzTest {
    private static final Logger LOG = LoggerFactory.getLogger(ProtocolFuzzTest.class);
    private static final int CASES = 10_000;
    private static final int WORKERS = 3;
    private static final char[] FRONTEND_TYPES = {'Q', 'P', 'B', 'D', 'E', 'C', 'S', 'H', 'F', 'd', 'c', 'f'};
    private static final String[] SQL = {"SELECT 1", "SELECT $1", "BEGIN", "COMMIT", "ROLLBACK", "", "SHOW ALL",
        "SELECT version()", "SELECT nonsense FROM t", "SET TimeZone = 'UTC'", "SET LOCAL TimeZone = 'UTC'",
        "SELECT 1; SELECT 2", ";", "select 1 ", "SHOW TimeZone", "RESET ALL", "BEGIN READ ONLY", "SELECT 'unterminated"};
    private static final String[] NAMES = {"", "a", "b", "p", "zz"};

    @TempDir
    Path dataDir;

    private final AtomicInteger cases = new AtomicInteger();
    private final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();

    @Test
    @Timeout(value = 3, unit = TimeUnit.MINUTES)
    void serverSurvivesGarbageAndLeaksNothing() throws Exception {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        LOG.info("protocol fuzz seed {}", seed);
        try (TestServer server = new TestServer(dataDir, config -> config, CountingOpener.dsql())) {
            SSLContext context = server.clientContext();
            long start = System.nanoTime();
            ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < WORKERS; i++) {
                Worker worker = new Worker(server.port(), context, new Random(seed + i));
                workers.add(pool.submit(() -> {
                    worker.run();
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            pool.shutdown();
            long millis = (System.nanoTime() - start) / 1_000_000;
            int total = Math.min(cases.get(), CASES);
            LOG.info("protocol fuzz: {} cases in {} ms (seed {})", total, millis, seed);

            assertThat(failures).as("seed " + seed).isEmpty();
            assertThat(total).isEqualTo(CASES);
            server.assertNoOpenConnections();
            try (Connection connection = server.jdbc("");
                 Statement statement = connection.createStatement();
                 ResultSet result = statement.executeQuery("SELECT 1")) {
                assertThat(result.next()).isTrue();
                assertThat(result.getInt(1)).isEqualTo(1);
            }
            server.assertNoOpenConnections();
        }
    }

    private final class Worker {
        private final int port;
        private final SSLContext context;
        private final Random random;
        private RawClient session;
        private int markers;

        Worker(int port, SSLContext context, Random random) {
            this.port = port;
            this.context = context;
            this.random = random;
        }

        void run() throws IOException {
            while (cases.getAndIncrement() < CASES) {
                int kind = random.nextInt(100);
                String name = "case";
                try {
                    if (kind < 8) {
                        name = "plaintext garbage";
                        plaintextGarbage();
                    } else if (kind < 14) {
                        name = "startup garbage after TLS";
                        startupGarbage();
                    } else if (kind < 17) {
                        name = "garbage during authentication";
                        authenticationGarbage();
                    } else if (kind < 25) {
                        name = "unframed bytes after login";
                        unframed();
                    } else if (kind < 40) {
                        name = "random body";
                        framed(randomBody());
                    } else {
                        name = "out-of-order sequence";
                        framed(sequence());
                    }
                } catch (java.net.SocketTimeoutException e) {
                    failures.add(name + ": the server neither answered nor closed the connection");
                    dropSession();
                } catch (IOException e) {
                    // the server closed the connection, as it may after a FATAL
                    dropSession();
                } catch (AssertionError | RuntimeException e) {
                    failures.add(name + ": " + e);
                    dropSession();
                }
            }
            dropSession();
        }

        private void plaintextGarbage() throws IOException {
            try (RawClient client = new RawClient("localhost", port, context)) {
                byte[] bytes = randomBytes(random.nextInt(40));
                if (random.nextBoolean() && bytes.length > 0) {
                    bytes[0] = (byte) (random.nextBoolean() ? 0x16 : 0);
                }
                client.send(bytes);
            }
        }

        private void startupGarbage() throws IOException {
            try (RawClient client = new RawClient("localhost", port, context)) {
                client.sslRequest();
                client.startTls("localhost");
                int variant = random.nextInt(6);
                byte[] packet = switch (variant) {
                    case 0 -> randomBytes(random.nextInt(30));
                    case 1 -> RawClient.packet(random.nextInt(), randomBytes(random.nextInt(20)));
                    case 2 -> RawClient.packet(MessageType.SSL_REQUEST_CODE, new byte[0]);
                    case 3 -> RawClient.packet(MessageType.CANCEL_REQUEST_CODE, randomBytes(8));
                    case 4 -> RawClient.query("SELECT 1");
                    default -> RawClient.startup(3, random.nextInt(3), Map.of(randomText(), randomText()));
                };
                client.send(packet);
                if (variant != 0 && random.nextBoolean()) {
                    // complete packets are answered at once; random bytes may announce a longer packet
                    drainExpectingFatal(client);
                }
            }
        }

        private void authenticationGarbage() throws IOException {
            try (RawClient client = new RawClient("localhost", port, context)) {
                client.sslRequest();
                client.startTls("localhost");
                client.send(RawClient.startup(3, 0, Map.of("user", "admin")));
                client.expect('R');
                byte[] bytes = switch (random.nextInt(3)) {
                    case 0 -> message('p', randomBytes(random.nextInt(10)));
                    case 1 -> concat(message('p', cstring(CountingOpener.PASSWORD)),
                            message('p', cstring(CountingOpener.PASSWORD)));
                    default -> message(FRONTEND_TYPES[random.nextInt(FRONTEND_TYPES.length)], randomBytes(5));
                };
                client.send(bytes);
                drainExpectingFatal(client);
            }
        }

        private void unframed() throws IOException {
            RawClient client = session();
            byte[] bytes = switch (random.nextInt(4)) {
                case 0 -> concat(new byte[] {(byte) FRONTEND_TYPES[random.nextInt(FRONTEND_TYPES.length)]},
                        int32(random.nextBoolean() ? random.nextInt() : random.nextInt(8)));
                case 1 -> {
                    byte[] valid = sequence();
                    yield java.util.Arrays.copyOf(valid, random.nextInt(Math.max(valid.length - 1, 1)));
                }
                case 2 -> concat(new byte[] {(byte) random.nextInt(256)}, randomBytes(random.nextInt(20)));
                default -> concat(new byte[] {'Q'}, int32(DEFAULT_HUGE), randomBytes(100));
            };
            client.send(bytes);
            dropSession();
        }

        private static final int DEFAULT_HUGE = 64 * 1024 * 1024;

        /** Sends a framed case, then Sync, ROLLBACK and a marker query; reads to the marker or the end. */
        private void framed(byte[] bytes) throws IOException {
            RawClient client = session();
            String marker = "marker_" + markers++;
            client.send(concat(bytes, RawClient.sync(), RawClient.query("ROLLBACK"),
                    RawClient.query("SHOW " + marker)));
            boolean fatal = false;
            while (true) {
                RawClient.Message message = client.read();
                if (message == null) {
                    assertThat(fatal).as("connection closed without a FATAL").isTrue();
                    dropSession();
                    return;
                }
                if (message.type() == 'E') {
                    Map<Character, String> fields = message.fields();
                    assertThat(fields.get('C')).as(fields.toString()).isNotEqualTo("XX000");
                    if ("FATAL".equals(fields.get('S'))) {
                        assertThat(fields.get('C')).as(fields.toString()).isEqualTo("08P01");
                        fatal = true;
                    } else if (fields.getOrDefault('M', "").contains(marker)) {
                        client.expect('Z');
                        return;
                    }
                }
            }
        }

        private byte[] randomBody() {
            char type = FRONTEND_TYPES[random.nextInt(FRONTEND_TYPES.length)];
            if (type == 'S' || type == 'H') {
                return message(type, randomBytes(random.nextInt(2)));
            }
            return message(type, randomBytes(random.nextInt(48)));
        }

        /** Well-formed messages in a random order: Bind before Parse, unknown portals, repeated names… */
        private byte[] sequence() {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            int count = 1 + random.nextInt(6);
            for (int i = 0; i < count; i++) {
                bytes.writeBytes(switch (random.nextInt(10)) {
                    case 0 -> RawClient.parse(name(), sql());
                    case 1 -> bind();
                    case 2 -> RawClient.describe(random.nextInt(8) == 0 ? 'Z' : random.nextBoolean() ? 'S' : 'P',
                            name());
                    case 3 -> RawClient.execute(name(), random.nextInt(4) - 1);
                    case 4 -> RawClient.close(random.nextInt(8) == 0 ? '?' : random.nextBoolean() ? 'S' : 'P', name());
                    case 5 -> RawClient.flush();
                    case 6 -> RawClient.query(sql());
                    case 7 -> RawClient.sync();
                    case 8 -> message("dcf".charAt(random.nextInt(3)), randomBytes(random.nextInt(4)));
                    default -> concat(RawClient.parse("", sql()), bind(), RawClient.execute("", 0));
                });
            }
            return bytes.toByteArray();
        }

        private byte[] bind() {
            int values = random.nextInt(3);
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            body.writeBytes(cstring(name()));
            body.writeBytes(cstring(name()));
            int formats = random.nextInt(4);
            body.writeBytes(int16(formats));
            for (int i = 0; i < formats; i++) {
                body.writeBytes(int16(random.nextInt(10) == 0 ? 2 : random.nextInt(2)));
            }
            body.writeBytes(int16(values));
            for (int i = 0; i < values; i++) {
                if (random.nextInt(4) == 0) {
                    body.writeBytes(int32(-1));
                } else {
                    byte[] value = randomText().getBytes(java.nio.charset.StandardCharsets.UTF_8);
                    body.writeBytes(int32(value.length));
                    body.writeBytes(value);
                }
            }
            body.writeBytes(int16(random.nextInt(2)));
            return message('B', body.toByteArray()).length > 0 && formats >= 0
                    ? fixResultFormats(body) : new byte[0];
        }

        private byte[] fixResultFormats(ByteArrayOutputStream body) {
            byte[] bytes = body.toByteArray();
            int resultCount = ((bytes[bytes.length - 2] & 0xFF) << 8) | (bytes[bytes.length - 1] & 0xFF);
            ByteArrayOutputStream fixed = new ByteArrayOutputStream();
            fixed.writeBytes(bytes);
            for (int i = 0; i < resultCount; i++) {
                fixed.writeBytes(int16(random.nextInt(2)));
            }
            return message('B', fixed.toByteArray());
        }

        private void drainExpectingFatal(RawClient client) throws IOException {
            client.timeout(5_000);
            while (true) {
                RawClient.Message message = client.read();
                if (message == null) {
                    return;
                }
                if (message.type() == 'E') {
                    Map<Character, String> fields = message.fields();
                    assertThat(fields.get('S')).as(fields.toString()).isEqualTo("FATAL");
                    assertThat(fields.get('C')).as(fields.toString()).isNotEqualTo("XX000");
                }
            }
        }

        private RawClient session() throws IOException {
            if (session == null) {
                RawClient client = new RawClient("localhost", port, context);
                client.login("admin");
                session = client;
            }
            return session;
        }

        private void dropSession() {
            if (session != null) {
                try {
                    session.close();
                } catch (IOException ignored) {
                    // already gone
                }
                session = null;
            }
        }

        private String name() {
            return NAMES[random.nextInt(NAMES.length)];
        }

        private String sql() {
            return SQL[random.nextInt(SQL.length)];
        }

        private String randomText() {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            return text.toString();
        }

        private byte[] randomBytes(int length) {
            byte[] bytes = new byte[length];
            random.nextBytes(bytes);
            return bytes;
        }
    }

    static byte[] concat(byte[]... parts) {
        return StartupTest.concat(parts);
    }
}
