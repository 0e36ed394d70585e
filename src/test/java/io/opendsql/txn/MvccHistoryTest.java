package io.opendsql.txn;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.opendsql.common.DsqlException;
import io.opendsql.storage.DataDriven;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.storage.NativeResources;
import io.opendsql.storage.RocksKvStore;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code src/test/resources/storage/mvcc/*.txt} against the memory and the RocksDB engine. The wall
 * clock is frozen at 1000 ms (advance it with {@code tick ms=N}), so timestamps print as {@code 1000,N}.
 *
 * <pre>
 * begin T                      start transaction T; prints its snapshot
 * put T k=K v=V [kind=full|non-key]   delete T k=K    lock T k=K mode=update|key-share
 * get T k=K                    scan T [start=K] [end=K]     scan-reverse T [start=K] [end=K]
 * commit T                     rollback T     rows T n=N     size T
 * read k=K ts=P,L              read outside a transaction at a timestamp
 * gc                           collect garbage; dump    print every stored version
 * purge [start=K] [end=K]      remove every version in a user range
 * </pre>
 * Keys and values may contain {@code \xNN} escapes.
 */
class MvccHistoryTest {
    @TempDir
    Path temporary;

    @TestFactory
    Stream<DynamicTest> histories() {
        if (DataDriven.REWRITE) {
            // rewrite from one engine only; the other then checks the same expectations
            return DataDriven.files("storage/mvcc").stream().map(file ->
                    DynamicTest.dynamicTest(file.getFileName() + " [memory]", () -> run(file, MemoryKvStore::new)));
        }
        return DataDriven.files("storage/mvcc").stream().flatMap(file -> Stream.of(
                DynamicTest.dynamicTest(file.getFileName() + " [memory]", () -> run(file, MemoryKvStore::new)),
                DynamicTest.dynamicTest(file.getFileName() + " [rocksdb]", () -> run(file,
                        () -> RocksKvStore.open(temporary.resolve(file.getFileName().toString()))))));
    }

    private void run(Path file, Supplier<KvStore> engine) {
        AtomicLong wall = new AtomicLong(1000);
        try (KvStore kv = engine.get();
             MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withWallMillis(wall::get)
                     .withGcInterval(Duration.ZERO).withSyncCommits(false)
                     .withLimits(TransactionLimits.DSQL.withMaxRows(5).withMaxWriteBytes(64)))) {
            Map<String, Transaction> transactions = new HashMap<>();
            DataDriven.run(file, command -> {
                try {
                    return execute(command, store, transactions, wall);
                } catch (DsqlException e) {
                    return "error " + e.state().code() + " " + e.getMessage()
                            + (e.detail() == null ? "" : "\ndetail: " + e.detail());
                }
            });
            transactions.values().forEach(Transaction::close);
        }
        NativeResources.assertAllClosed();
    }

    private static String execute(DataDriven.Command command, MvccStore store, Map<String, Transaction> transactions,
                                  AtomicLong wall) {
        switch (command.name()) {
            case "begin" -> {
                Transaction transaction = store.begin();
                transactions.put(command.word(0), transaction);
                return command.word(0) + " snapshot=" + HybridClock.format(transaction.snapshotTs());
            }
            case "put" -> {
                WriteKind kind = switch (command.argument("kind", "full")) {
                    case "full" -> WriteKind.FULL;
                    case "non-key" -> WriteKind.NON_KEY_UPDATE;
                    default -> throw new IllegalArgumentException("kind " + command.argument("kind"));
                };
                txn(command, transactions).put(bytes(command.argument("k")), bytes(command.argument("v")), kind);
                return "";
            }
            case "delete" -> {
                txn(command, transactions).delete(bytes(command.argument("k")));
                return "";
            }
            case "lock" -> {
                Transaction transaction = txn(command, transactions);
                switch (command.argument("mode")) {
                    case "update" -> transaction.lockForUpdate(bytes(command.argument("k")));
                    case "key-share" -> transaction.lockForKeyShare(bytes(command.argument("k")));
                    default -> throw new IllegalArgumentException("mode " + command.argument("mode"));
                }
                return "";
            }
            case "get" -> {
                byte[] value = txn(command, transactions).get(bytes(command.argument("k")));
                return command.argument("k") + " -> " + (value == null ? "<none>" : text(value));
            }
            case "scan" -> {
                String start = command.argument("start", null);
                String end = command.argument("end", null);
                try (KvIterator iterator = txn(command, transactions).scan(
                        start == null ? null : bytes(start), end == null ? null : bytes(end))) {
                    return entries(iterator);
                }
            }
            case "scan-reverse" -> {
                String start = command.argument("start", null);
                String end = command.argument("end", null);
                try (KvIterator iterator = txn(command, transactions).scanReverse(
                        start == null ? null : bytes(start), end == null ? null : bytes(end))) {
                    return entries(iterator);
                }
            }
            case "read" -> {
                String[] parts = command.argument("ts").split(",");
                long ts = HybridClock.of(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
                byte[] value = store.read(bytes(command.argument("k")), ts);
                return command.argument("k") + " -> " + (value == null ? "<none>" : text(value));
            }
            case "commit" -> {
                long ts = txn(command, transactions).commit();
                return "committed at " + HybridClock.format(ts);
            }
            case "rollback" -> {
                txn(command, transactions).rollback();
                return "";
            }
            case "rows" -> {
                Transaction transaction = txn(command, transactions);
                transaction.countMutatedRows(Long.parseLong(command.argument("n")));
                return "rows=" + transaction.mutatedRows();
            }
            case "size" -> {
                return "bytes=" + txn(command, transactions).writeBytes();
            }
            case "tick" -> {
                wall.addAndGet(Long.parseLong(command.argument("ms", "1")));
                return "";
            }
            case "gc" -> {
                return "removed " + store.collectGarbage() + " versions below "
                        + HybridClock.format(store.oldestSnapshot());
            }
            case "purge" -> {
                String start = command.argument("start", null);
                String end = command.argument("end", null);
                store.purge(start == null ? null : bytes(start), end == null ? null : bytes(end));
                return "";
            }
            case "dump" -> {
                StringBuilder out = new StringBuilder();
                store.forEachVersion((key, ts, version) -> out.append(text(key)).append(" @")
                        .append(HybridClock.format(ts)).append(' ').append(version.kind()).append(" -> ")
                        .append(version.tombstone() ? "<tombstone>" : text(version.value())).append('\n'));
                return out.isEmpty() ? "<empty>" : out.toString();
            }
            default -> throw new IllegalArgumentException("line " + command.line() + ": unknown command " + command.name());
        }
    }

    private static Transaction txn(DataDriven.Command command, Map<String, Transaction> transactions) {
        Transaction transaction = transactions.get(command.word(0));
        if (transaction == null) {
            throw new IllegalArgumentException("line " + command.line() + ": no transaction " + command.word(0));
        }
        return transaction;
    }

    private static String entries(KvIterator iterator) {
        StringBuilder out = new StringBuilder();
        while (iterator.hasNext()) {
            KeyValue entry = iterator.next();
            out.append(text(entry.key())).append(" -> ").append(text(entry.value())).append('\n');
        }
        return out.isEmpty() ? "<empty>" : out.toString();
    }

    static byte[] bytes(String text) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 3 < text.length() && text.charAt(i + 1) == 'x') {
                out.write(Integer.parseInt(text.substring(i + 2, i + 4), 16));
                i += 3;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(UTF_8);
                out.write(encoded, 0, encoded.length);
            }
        }
        return out.toByteArray();
    }

    static String text(byte[] bytes) {
        StringBuilder out = new StringBuilder();
        for (byte b : bytes) {
            if (b >= 0x21 && b < 0x7F && b != '\\') {
                out.append((char) b);
            } else {
                out.append(String.format("\\x%02x", b & 0xFF));
            }
        }
        return out.toString();
    }
}
