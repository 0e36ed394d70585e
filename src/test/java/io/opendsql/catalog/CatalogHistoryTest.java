package io.opendsql.catalog;

import io.opendsql.common.DsqlException;
import io.opendsql.storage.DataDriven;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.storage.NativeResources;
import io.opendsql.storage.RocksKvStore;
import io.opendsql.txn.HybridClock;
import io.opendsql.txn.MvccOptions;
import io.opendsql.txn.MvccStore;
import io.opendsql.txn.Transaction;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs {@code src/test/resources/catalog/*.txt}. A file whose first command is {@code engine rocksdb} runs on
 * RocksDB in a temporary directory, others on the memory engine. The wall clock is frozen at 1000 ms, so
 * timestamps print as {@code 1000,N}. The first word of a command is a transaction name; {@code -} runs the
 * command in a transaction of its own and commits it. See {@link CatalogCommands} for the commands, and
 * {@code engine memory|rocksdb}, {@code options [tables=N] ... [id-block=N] [scope=object|cluster]},
 * {@code restart}, {@code version}, {@code begin T}, {@code commit T}, {@code rollback T} here.
 */
class CatalogHistoryTest {
    @TempDir
    Path temporary;

    @TestFactory
    Stream<DynamicTest> histories() {
        return DataDriven.files("catalog").stream().map(file ->
                DynamicTest.dynamicTest(file.getFileName().toString(), () -> run(file)));
    }

    private void run(Path file) {
        Harness harness = new Harness(temporary.resolve(file.getFileName().toString()));
        try {
            DataDriven.run(file, command -> {
                try {
                    return harness.execute(command);
                } catch (DsqlException e) {
                    return format(e);
                }
            });
        } finally {
            harness.close();
        }
        NativeResources.assertAllClosed();
    }

    static String format(DsqlException e) {
        return "error " + e.state().code() + " " + e.getMessage()
                + (e.detail() == null ? "" : "\ndetail: " + e.detail().replace("\n", "\ndetail: "))
                + (e.hint() == null ? "" : "\nhint: " + e.hint());
    }

    /** One database (store + catalog) and its open transactions; reopens on {@code restart}. */
    static final class Harness {
        private final Path directory;
        private final AtomicLong wall = new AtomicLong(1000);
        private final Map<String, Transaction> transactions = new HashMap<>();
        private boolean rocks;
        private KvStore kv = new MemoryKvStore();
        private MvccStore store;
        private Catalog catalog;
        private CatalogLimits limits = CatalogLimits.DSQL;
        private int idBlockSize = 100;
        private CatalogOptions.ConflictScope scope = CatalogOptions.ConflictScope.OBJECT;

        Harness(Path directory) {
            this.directory = directory;
            open();
        }

        private void open() {
            store = MvccStore.open(kv, MvccOptions.defaults().withWallMillis(wall::get)
                    .withGcInterval(Duration.ZERO).withSyncCommits(false));
            catalog = Catalog.open(store, CatalogOptions.defaults().withLimits(limits).withIdBlockSize(idBlockSize)
                    .withNowMicros(() -> wall.get() * 1000).withConflictScope(scope));
        }

        private void closeStore() {
            transactions.values().forEach(Transaction::close);
            transactions.clear();
            store.close();
        }

        void close() {
            closeStore();
            kv.close();
        }

        String execute(DataDriven.Command command) {
            switch (command.name()) {
                case "engine" -> {
                    closeStore();
                    kv.close();
                    rocks = command.word(0).equals("rocksdb");
                    kv = rocks ? RocksKvStore.open(directory) : new MemoryKvStore();
                    open();
                    return "";
                }
                case "options" -> {
                    limits = new CatalogLimits(
                            Integer.parseInt(command.argument("schemas", "10")),
                            Integer.parseInt(command.argument("tables", "1000")),
                            Integer.parseInt(command.argument("views", "5000")),
                            Integer.parseInt(command.argument("columns", "255")),
                            Integer.parseInt(command.argument("columns-ever", "1600")),
                            Integer.parseInt(command.argument("indexes", "24")),
                            Integer.parseInt(command.argument("keys", "8")));
                    idBlockSize = Integer.parseInt(command.argument("id-block", "100"));
                    scope = CatalogOptions.ConflictScope.valueOf(
                            command.argument("scope", "object").toUpperCase(Locale.ROOT));
                    closeStore();
                    open();
                    return "";
                }
                case "restart" -> {
                    closeStore();
                    if (rocks) {
                        kv.close();
                        kv = RocksKvStore.open(directory);
                    }
                    open();
                    return "restarted";
                }
                case "version" -> {
                    return "catalog version " + HybridClock.format(catalog.version());
                }
                case "begin" -> {
                    Transaction txn = store.begin();
                    transactions.put(command.word(0), txn);
                    return command.word(0) + " snapshot=" + HybridClock.format(txn.snapshotTs());
                }
                case "commit" -> {
                    Transaction txn = transactions.remove(command.word(0));
                    return "committed at " + HybridClock.format(txn.commit());
                }
                case "rollback" -> {
                    transactions.remove(command.word(0)).rollback();
                    return "rolled back";
                }
                default -> {
                    String name = command.word(0);
                    if (!name.equals("-")) {
                        Transaction txn = transactions.get(name);
                        if (txn == null) {
                            throw new IllegalArgumentException("line " + command.line() + ": no transaction " + name);
                        }
                        return new CatalogCommands(catalog, txn).execute(command);
                    }
                    try (Transaction txn = store.begin()) {
                        String output = new CatalogCommands(catalog, txn).execute(command);
                        txn.commit();
                        return output;
                    }
                }
            }
        }
    }

    /** Type names used in test files, and back. */
    static final Map<String, Integer> TYPES = Map.ofEntries(Map.entry("bool", 16), Map.entry("int2", 21),
            Map.entry("int4", 23), Map.entry("int8", 20), Map.entry("text", 25), Map.entry("float8", 701),
            Map.entry("numeric", 1700), Map.entry("varchar", 1043), Map.entry("uuid", 2950),
            Map.entry("timestamptz", 1184), Map.entry("date", 1082), Map.entry("jsonb", 3802));
    static final Map<Integer, String> TYPE_NAMES = TYPES.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));

    static List<String> list(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split(","));
    }

    static <T> String join(List<T> values, Function<T, String> show) {
        return values.stream().map(show).collect(Collectors.joining(","));
    }

    static Set<Privilege> privileges(String text) {
        return list(text).stream().map(p -> Privilege.valueOf(p.toUpperCase(Locale.ROOT)))
                .collect(Collectors.toSet());
    }

    static List<Integer> attnums(TableDescriptor table, String columns) {
        List<Integer> attnums = new ArrayList<>();
        for (String column : list(columns)) {
            attnums.add(column.equals("expr") ? 0 : table.column(column)
                    .orElseThrow(() -> new IllegalArgumentException("no column " + column)).attnum());
        }
        return attnums;
    }
}
