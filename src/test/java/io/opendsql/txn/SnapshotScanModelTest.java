package io.opendsql.txn;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.storage.Bytes;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.storage.NativeResources;
import io.opendsql.storage.RocksKvStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random histories checked against a model: for open transactions with their own buffered writes, forward and
 * reverse scans of random ranges and point reads equal the model's view of their snapshot plus their writes,
 * with garbage collection running in between.
 */
class SnapshotScanModelTest {
    @TempDir
    Path directory;

    @Test
    void memoryEngine() {
        try (MemoryKvStore kv = new MemoryKvStore()) {
            check(kv);
        }
    }

    @Test
    void rocksEngine() {
        try (RocksKvStore kv = RocksKvStore.open(directory)) {
            check(kv);
        }
        NativeResources.assertAllClosed();
    }

    private static byte[] randomKey(Random random) {
        // short keys over a tiny alphabet that includes 00 and FF, so prefixes and escapes are common
        byte[] key = new byte[random.nextInt(3)];
        for (int i = 0; i < key.length; i++) {
            key[i] = (byte) new int[] {0x00, 0x01, 0x61, 0xFF}[random.nextInt(4)];
        }
        return key;
    }

    private void check(KvStore kv) {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        try (MvccStore store = MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ZERO)
                .withSyncCommits(false).withLimits(TransactionLimits.NONE))) {
            TreeMap<byte[], byte[]> committed = new TreeMap<>(Bytes.COMPARATOR);
            Map<Transaction, TreeMap<byte[], byte[]>> views = new HashMap<>();
            List<Transaction> open = new ArrayList<>();
            for (int step = 0; step < 400; step++) {
                int action = random.nextInt(10);
                if (action < 3 || open.isEmpty()) {
                    Transaction transaction = store.begin();
                    open.add(transaction);
                    views.put(transaction, new TreeMap<>(committed));
                } else if (action < 7) {
                    Transaction transaction = open.get(random.nextInt(open.size()));
                    byte[] key = randomKey(random);
                    if (random.nextBoolean()) {
                        byte[] value = {(byte) step};
                        transaction.put(key, value, WriteKind.NON_KEY_UPDATE);
                        views.get(transaction).put(key, value);
                    } else {
                        transaction.delete(key);
                        views.get(transaction).remove(key);
                    }
                } else if (action < 9) {
                    Transaction transaction = open.remove(random.nextInt(open.size()));
                    TreeMap<byte[], byte[]> view = views.remove(transaction);
                    try {
                        transaction.commit();
                        // no conflict: its writes land on the latest state
                        applyWrites(committed, view, transaction);
                    } catch (io.opendsql.common.DsqlException conflict) {
                        assertThat(transaction.state()).isEqualTo(Transaction.State.FAILED);
                    }
                } else {
                    store.collectGarbage();
                }
                for (Transaction transaction : open) {
                    verify(transaction, views.get(transaction), random, seed);
                }
            }
            open.forEach(Transaction::rollback);
        }
    }

    /** Puts the transaction's own writes (recorded as its view's differences) into the committed state. */
    private static void applyWrites(TreeMap<byte[], byte[]> committed, TreeMap<byte[], byte[]> view,
                                    Transaction transaction) {
        for (Map.Entry<byte[], WriteSet.Intent> entry : transaction.writeSet().intents().entrySet()) {
            if (entry.getValue().action() == WriteSet.Action.PUT) {
                committed.put(entry.getKey(), view.get(entry.getKey()));
            } else if (entry.getValue().action() == WriteSet.Action.DELETE) {
                committed.remove(entry.getKey());
            }
        }
    }

    private static void verify(Transaction transaction, TreeMap<byte[], byte[]> view, Random random, long seed) {
        byte[] start = random.nextInt(4) == 0 ? null : randomKey(random);
        byte[] end = random.nextInt(4) == 0 ? null : randomKey(random);
        NavigableMap<byte[], byte[]> expected = view;
        if (start != null && end != null) {
            expected = Bytes.compare(start, end) < 0 ? view.subMap(start, true, end, false) : Collections.emptyNavigableMap();
        } else if (start != null) {
            expected = view.tailMap(start, true);
        } else if (end != null) {
            expected = view.headMap(end, false);
        }
        String range = "[" + (start == null ? "-" : HexFormat.of().formatHex(start)) + ", "
                + (end == null ? "-" : HexFormat.of().formatHex(end)) + ") seed " + seed;
        assertThat(entries(transaction.scan(start, end))).as("forward " + range).isEqualTo(entries(expected));
        List<String> reversed = new ArrayList<>(entries(expected));
        Collections.reverse(reversed);
        assertThat(entries(transaction.scanReverse(start, end))).as("reverse " + range).isEqualTo(reversed);
        byte[] target = randomKey(random);
        List<String> afterSeek = new ArrayList<>();
        for (Map.Entry<byte[], byte[]> entry : expected.entrySet()) {
            if (Bytes.compare(entry.getKey(), target) >= 0) {
                afterSeek.add(HexFormat.of().formatHex(entry.getKey()) + "=" + HexFormat.of().formatHex(entry.getValue()));
            }
        }
        KvIterator seeking = transaction.scan(start, end);
        if (seeking.hasNext()) {
            seeking.next();
        }
        seeking.seek(target);
        assertThat(entries(seeking)).as("seek %s in %s", HexFormat.of().formatHex(target), range).isEqualTo(afterSeek);
        List<String> beforeSeek = new ArrayList<>();
        for (Map.Entry<byte[], byte[]> entry : expected.descendingMap().entrySet()) {
            if (Bytes.compare(entry.getKey(), target) < 0) {
                beforeSeek.add(HexFormat.of().formatHex(entry.getKey()) + "=" + HexFormat.of().formatHex(entry.getValue()));
            }
        }
        KvIterator reverseSeeking = transaction.scanReverse(start, end);
        reverseSeeking.seek(target);
        assertThat(entries(reverseSeeking)).as("reverse seek %s in %s", HexFormat.of().formatHex(target), range)
                .isEqualTo(beforeSeek);
        byte[] key = randomKey(random);
        assertThat(transaction.get(key)).as("get seed " + seed).isEqualTo(view.get(key));
    }

    private static List<String> entries(KvIterator iterator) {
        List<String> result = new ArrayList<>();
        try (iterator) {
            while (iterator.hasNext()) {
                KeyValue entry = iterator.next();
                result.add(HexFormat.of().formatHex(entry.key()) + "=" + HexFormat.of().formatHex(entry.value()));
            }
        }
        return result;
    }

    private static List<String> entries(NavigableMap<byte[], byte[]> map) {
        List<String> result = new ArrayList<>();
        map.forEach((key, value) -> result.add(HexFormat.of().formatHex(key) + "=" + HexFormat.of().formatHex(value)));
        return result;
    }
}
