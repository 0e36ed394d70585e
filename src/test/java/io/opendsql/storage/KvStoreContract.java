package io.opendsql.storage;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every {@link KvStore} engine shares; each engine's test extends this. */
abstract class KvStoreContract {
    protected KvStore store;

    protected abstract KvStore openStore();

    @BeforeEach
    void openIt() {
        store = openStore();
    }

    @AfterEach
    void closeIt() {
        store.close();
    }

    static byte[] bytes(String text) {
        return text.getBytes(UTF_8);
    }

    static String text(byte[] bytes) {
        return bytes == null ? null : new String(bytes, UTF_8);
    }

    static List<String> keys(KvIterator iterator) {
        List<String> result = new ArrayList<>();
        try (iterator) {
            while (iterator.hasNext()) {
                result.add(text(iterator.next().key()));
            }
        }
        return result;
    }

    @Test
    void getReturnsWhatWasPutAndNullForMissingKeys() {
        store.put(bytes("a"), bytes("1"), false);
        assertThat(text(store.get(bytes("a")))).isEqualTo("1");
        assertThat(store.get(bytes("b"))).isNull();
        store.put(bytes("a"), bytes("2"), true);
        assertThat(text(store.get(bytes("a")))).isEqualTo("2");
        store.delete(bytes("a"), false);
        assertThat(store.get(bytes("a"))).isNull();
    }

    @Test
    void emptyValueIsNotMissing() {
        store.put(bytes("k"), new byte[0], false);
        assertThat(store.get(bytes("k"))).isEmpty();
    }

    @Test
    void keysCompareAsUnsignedBytesWithPrefixesFirst() {
        byte[][] keys = {{(byte) 0xFF}, {0x7F}, {(byte) 0x80}, {0x00}, {}, {0x00, 0x00}, {0x01}, {(byte) 0x80, 0x00}};
        WriteBatch batch = new WriteBatch();
        for (byte[] key : keys) {
            batch.put(key, new byte[] {1});
        }
        store.write(batch, false);
        List<String> seen = new ArrayList<>();
        try (KvIterator iterator = store.scan(null, null)) {
            iterator.forEachRemaining(entry -> seen.add(java.util.HexFormat.of().formatHex(entry.key())));
        }
        assertThat(seen).containsExactly("", "00", "0000", "01", "7f", "80", "8000", "ff");
    }

    @Test
    void scanHonoursInclusiveStartAndExclusiveEnd() {
        for (String key : List.of("a", "b", "ba", "c", "d")) {
            store.put(bytes(key), bytes(key), false);
        }
        assertThat(keys(store.scan(bytes("b"), bytes("d")))).containsExactly("b", "ba", "c");
        assertThat(keys(store.scan(null, bytes("b")))).containsExactly("a");
        assertThat(keys(store.scan(bytes("bb"), null))).containsExactly("c", "d");
        assertThat(keys(store.scan(bytes("d"), bytes("a")))).isEmpty();
        assertThat(keys(store.scan(bytes("x"), null))).isEmpty();
    }

    @Test
    void reverseScanVisitsTheSameRangeBackwards() {
        for (String key : List.of("a", "b", "ba", "c", "d")) {
            store.put(bytes(key), bytes(key), false);
        }
        assertThat(keys(store.scanReverse(bytes("b"), bytes("d")))).containsExactly("c", "ba", "b");
        assertThat(keys(store.scanReverse(null, null))).containsExactly("d", "c", "ba", "b", "a");
        assertThat(keys(store.scanReverse(bytes("bb"), null))).containsExactly("d", "c");
        assertThat(keys(store.scanReverse(null, bytes("b")))).containsExactly("a");
    }

    @Test
    void seekRepositionsWithinTheRange() {
        for (String key : List.of("a", "b", "ba", "c", "d", "e")) {
            store.put(bytes(key), bytes(key), false);
        }
        try (KvIterator iterator = store.scan(bytes("b"), bytes("e"))) {
            assertThat(text(iterator.next().key())).isEqualTo("b");
            iterator.seek(bytes("bb"));
            assertThat(text(iterator.next().key())).isEqualTo("c");
            iterator.seek(bytes("a"));
            assertThat(text(iterator.next().key())).isEqualTo("b");
            iterator.seek(bytes("z"));
            assertThat(iterator.hasNext()).isFalse();
        }
        try (KvIterator iterator = store.scanReverse(bytes("b"), bytes("e"))) {
            assertThat(text(iterator.next().key())).isEqualTo("d");
            iterator.seek(bytes("c"));
            assertThat(text(iterator.next().key())).isEqualTo("ba");
            iterator.seek(bytes("z"));
            assertThat(text(iterator.next().key())).isEqualTo("d");
            iterator.seek(bytes("b"));
            assertThat(iterator.hasNext()).isFalse();
        }
    }

    @Test
    void batchAppliesPutsAndDeletesInOrder() {
        store.put(bytes("gone"), bytes("x"), false);
        WriteBatch batch = new WriteBatch()
                .put(bytes("a"), bytes("1"))
                .put(bytes("a"), bytes("2"))
                .delete(bytes("gone"))
                .put(bytes("b"), bytes("3"))
                .delete(bytes("b"));
        assertThat(batch.size()).isEqualTo(5);
        store.write(batch, true);
        assertThat(text(store.get(bytes("a")))).isEqualTo("2");
        assertThat(store.get(bytes("gone"))).isNull();
        assertThat(store.get(bytes("b"))).isNull();
    }

    @Test
    void deleteRangeRemovesExactlyTheRange() {
        for (String key : List.of("a", "b", "ba", "c", "d")) {
            store.put(bytes(key), bytes(key), false);
        }
        store.write(new WriteBatch().deleteRange(bytes("b"), bytes("c")).put(bytes("bb"), bytes("after")), false);
        assertThat(keys(store.scan(null, null))).containsExactly("a", "bb", "c", "d");
        store.write(new WriteBatch().deleteRange(bytes("z"), bytes("a")), false);
        assertThat(keys(store.scan(null, null))).containsExactly("a", "bb", "c", "d");
    }

    @Test
    void randomOperationsMatchATreeMap() {
        Random random = new Random(42);
        TreeMap<byte[], byte[]> model = new TreeMap<>(Bytes.COMPARATOR);
        for (int round = 0; round < 200; round++) {
            WriteBatch batch = new WriteBatch();
            for (int i = 0; i < 5; i++) {
                byte[] key = new byte[random.nextInt(3)];
                random.nextBytes(key);
                if (random.nextInt(4) == 0) {
                    batch.delete(key);
                    model.remove(key);
                } else {
                    byte[] value = new byte[] {(byte) random.nextInt()};
                    batch.put(key, value);
                    model.put(key, value);
                }
            }
            store.write(batch, false);
        }
        List<KeyValue> expected = new ArrayList<>();
        model.forEach((key, value) -> expected.add(new KeyValue(key, value)));
        List<KeyValue> actual = new ArrayList<>();
        try (KvIterator iterator = store.scan(null, null)) {
            iterator.forEachRemaining(actual::add);
        }
        assertThat(actual).isEqualTo(expected);
        for (int i = 0; i < 50; i++) {
            byte[] start = new byte[random.nextInt(2)];
            random.nextBytes(start);
            byte[] end = new byte[1 + random.nextInt(2)];
            random.nextBytes(end);
            List<KeyValue> expectedRange = new ArrayList<>();
            if (Bytes.compare(start, end) < 0) {
                model.subMap(start, end).forEach((key, value) -> expectedRange.add(new KeyValue(key, value)));
            }
            List<KeyValue> actualRange = new ArrayList<>();
            try (KvIterator iterator = store.scan(start, end)) {
                iterator.forEachRemaining(actualRange::add);
            }
            assertThat(actualRange).isEqualTo(expectedRange);
        }
    }

    @Test
    void iteratorCloseIsIdempotentAndStopsIteration() {
        store.put(bytes("a"), bytes("1"), false);
        KvIterator iterator = store.scan(null, null);
        assertThat(iterator.hasNext()).isTrue();
        iterator.close();
        iterator.close();
        assertThat(iterator.hasNext()).isFalse();
    }

    @Test
    void closeIsIdempotentAndLaterUseFails() {
        store.close();
        store.close();
        assertThatThrownBy(() -> store.get(bytes("a"))).isInstanceOf(StorageException.class)
                .hasMessageContaining(store.name());
        assertThatThrownBy(() -> store.put(bytes("a"), bytes("b"), false)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> store.scan(null, null)).isInstanceOf(StorageException.class);
    }
}
