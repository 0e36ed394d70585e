package io.opendsql.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.catalog.IndexDescriptor;
import io.opendsql.catalog.StorageIds;
import io.opendsql.catalog.TableDescriptor;
import io.opendsql.sql.engine.Database;
import io.opendsql.sql.table.TableStore;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.txn.Transaction;
import java.nio.ByteBuffer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CREATE INDEX ASYNC as spec §5.4–§5.5 describe it: the statement returns a job id at once, the build
 * backfills existing rows while clients keep writing, the index ends valid and exactly consistent with the
 * table; a duplicate fails a UNIQUE build; DROP INDEX stops a running build.
 */
class AsyncIndexTest {
    private static final int ROWS = 200_000;
    private static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start(config -> config.withStorage(ServerConfig.StorageMode.MEMORY));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void buildsOverExistingRowsWhileEightClientsWrite() throws Exception {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ai_big (id int PRIMARY KEY, k int, note text)");
            fill(s, "ai_big", ROWS);
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong writes = new AtomicLong();
            ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
            List<Thread> writers = new ArrayList<>();
            for (int w = 0; w < 8; w++) {
                int writer = w;
                writers.add(Thread.ofPlatform().start(() -> write(writer, stop, writes, failures)));
            }
            String job = jobId(s, "CREATE INDEX ASYNC ai_big_k ON ai_big (k)");
            assertThat(job).matches("[a-z2-7]{26}");
            s.execute("CALL sys.wait_for_job('" + job + "')");
            long writesDuringBuild = writes.get();
            Thread.sleep(300); // writes after the index became valid maintain it too
            stop.set(true);
            for (Thread writer : writers) {
                writer.join();
            }
            assertThat(failures).isEmpty();
            assertThat(writesDuringBuild).isGreaterThan(0);
            assertThat(jobStatus(s, job)).isEqualTo("completed|null");
            assertIndexMatchesTable("ai_big", "ai_big_k");
            s.execute("DROP TABLE ai_big");
        }
    }

    @Test
    void aDuplicateFailsAUniqueBuildAndLeavesTheIndexInvalid() throws Exception {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ai_dup (id int PRIMARY KEY, email text)");
            s.execute("INSERT INTO ai_dup VALUES (1, 'a@x'), (2, 'b@x'), (3, 'a@x')");
            String job = jobId(s, "CREATE UNIQUE INDEX ASYNC ai_dup_email ON ai_dup (email)");
            s.execute("CALL sys.wait_for_job('" + job + "')");
            assertThat(jobStatus(s, job)).isEqualTo("failed|Found duplicate key while validating index for UCVs");
            assertThat(index("ai_dup", "ai_dup_email").valid()).isFalse();
            s.execute("DROP TABLE ai_dup");
        }
    }

    @Test
    void dropIndexStopsARunningBuild() throws Exception {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ai_drop (id int PRIMARY KEY, k int, note text)");
            fill(s, "ai_drop", 60_000);
            String job = jobId(s, "CREATE INDEX ASYNC ai_drop_k ON ai_drop (k)");
            s.execute("DROP INDEX ai_drop_k");
            s.execute("CALL sys.wait_for_job('" + job + "')");
            assertThat(jobStatus(s, job)).isEqualTo("failed|index was dropped");
            s.execute("DROP TABLE ai_drop");
        }
    }

    private static void write(int writer, AtomicBoolean stop, AtomicLong writes, ConcurrentLinkedQueue<Throwable> failures) {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            int next = ROWS + writer * 1_000_000;
            while (!stop.get()) {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                String sql = switch (random.nextInt(3)) {
                    case 0 -> "INSERT INTO ai_big VALUES (" + next++ + ", " + random.nextInt(1000) + ", 'new')";
                    case 1 -> "UPDATE ai_big SET k = " + random.nextInt(1000) + " WHERE id = " + random.nextInt(ROWS);
                    default -> "DELETE FROM ai_big WHERE id = " + random.nextInt(ROWS);
                };
                try {
                    s.execute(sql);
                    writes.incrementAndGet();
                } catch (SQLException e) {
                    if (!"40001".equals(e.getSQLState())) {
                        throw e;
                    }
                }
            }
        } catch (Throwable e) {
            failures.add(e);
        }
    }

    private static void fill(Statement s, String table, int rows) throws SQLException {
        for (int start = 0; start < rows; start += 3_000) {
            StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" VALUES ");
            for (int i = start; i < Math.min(rows, start + 3_000); i++) {
                sql.append(i == start ? "" : ", ").append('(').append(i).append(", ").append(i % 1000)
                        .append(", 'row ").append(i).append("')");
            }
            s.execute(sql.toString());
        }
    }

    private static String jobId(Statement s, String sql) throws SQLException {
        try (ResultSet r = s.executeQuery(sql)) {
            assertThat(r.getMetaData().getColumnName(1)).isEqualTo("job_id");
            assertThat(r.next()).isTrue();
            return r.getString(1);
        }
    }

    private static String jobStatus(Statement s, String job) throws SQLException {
        try (ResultSet r = s.executeQuery("SELECT status, details FROM sys.jobs WHERE job_id = '" + job + "'")) {
            assertThat(r.next()).isTrue();
            return r.getString(1) + "|" + r.getString(2);
        }
    }

    private static Database database() {
        return server.server.database(server.server.defaultCluster().id());
    }

    private static IndexDescriptor index(String table, String index) {
        Database db = database();
        try (Transaction txn = db.mvcc().begin()) {
            TableDescriptor t = db.catalog().table(txn, List.of("public"), null, table);
            return db.catalog().indexes(txn, t.oid()).stream().filter(i -> i.name().equals(index)).findFirst()
                    .orElseThrow();
        }
    }

    /** Every row has exactly its entry in the index, and the index has no other entry. */
    private static void assertIndexMatchesTable(String table, String indexName) {
        Database db = database();
        try (Transaction txn = db.mvcc().begin()) {
            TableDescriptor t = db.catalog().table(txn, List.of("public"), null, table);
            List<IndexDescriptor> indexes = db.catalog().indexes(txn, t.oid());
            IndexDescriptor index = indexes.stream().filter(i -> i.name().equals(indexName)).findFirst().orElseThrow();
            assertThat(index.valid()).isTrue();
            TableStore store = new TableStore(t, indexes, db::nextRowId, (type, value) -> String.valueOf(value));
            Set<ByteBuffer> expected = new HashSet<>();
            try (TableStore.RowCursor rows = store.scan(txn, true)) {
                while (rows.hasNext()) {
                    Object[] row = rows.next();
                    byte[] key = (byte[]) row[row.length - 1];
                    expected.add(ByteBuffer.wrap(store.indexKey(index, key,
                            java.util.Arrays.copyOf(row, row.length - 1))));
                }
            }
            Set<ByteBuffer> actual = new HashSet<>();
            byte[] prefix = StorageIds.prefix(index.storageId());
            try (KvIterator entries = txn.scan(prefix, StorageIds.prefixEnd(prefix))) {
                while (entries.hasNext()) {
                    KeyValue entry = entries.next();
                    actual.add(ByteBuffer.wrap(entry.key()));
                }
            }
            assertThat(actual).hasSameSizeAs(expected);
            assertThat(actual).isEqualTo(expected);
        }
    }
}
