package io.opendsql.txn;

import static java.util.Objects.requireNonNull;

import io.opendsql.storage.Bytes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * What a transaction asks to commit: for each key it touched, the strongest {@link WriteKind} and the last
 * thing it did (put, delete, or only a lock), plus the checks of the layers above. The argument of
 * {@link VersionedStore#commit}. Not thread-safe: it belongs to one transaction.
 */
public final class WriteSet {
    /** What happens to a key at commit. */
    public enum Action {
        /** Adjudicated, writes nothing: {@code FOR UPDATE}, {@code FOR KEY SHARE}. */
        LOCK,
        PUT,
        DELETE
    }

    /** The effect on one key. {@code value} is set for PUT only. */
    public record Intent(WriteKind kind, Action action, byte[] value) {
        public Intent {
            requireNonNull(kind, "kind");
            requireNonNull(action, "action");
            if ((action == Action.PUT) != (value != null)) {
                throw new IllegalArgumentException("a PUT carries a value, nothing else does");
            }
        }

        /** Bytes this intent adds to the transaction size: key plus value. */
        long size(byte[] key) {
            return switch (action) {
                case LOCK -> 0;
                case DELETE -> key.length;
                case PUT -> key.length + value.length;
            };
        }
    }

    private final TreeMap<byte[], Intent> intents = new TreeMap<>(Bytes.COMPARATOR);
    private final List<CommitCheck> checks = new ArrayList<>();
    private long byteSize;
    private boolean writes;

    public void put(byte[] key, byte[] value, WriteKind kind) {
        record(key, new Intent(kind, Action.PUT, requireNonNull(value, "value")));
    }

    public void delete(byte[] key, WriteKind kind) {
        record(key, new Intent(kind, Action.DELETE, null));
    }

    public void lock(byte[] key, WriteKind kind) {
        Intent previous = intents.get(key);
        if (previous == null) {
            record(key, new Intent(kind, Action.LOCK, null));
        } else {
            intents.put(key, new Intent(previous.kind().strongest(kind), previous.action(), previous.value()));
        }
    }

    private void record(byte[] key, Intent intent) {
        requireNonNull(key, "key");
        Intent previous = intents.get(key);
        if (previous != null) {
            byteSize -= previous.size(key);
            intent = new Intent(previous.kind().strongest(intent.kind()), intent.action(), intent.value());
        }
        intents.put(key, intent);
        byteSize += intent.size(key);
        writes |= intent.action() != Action.LOCK;
    }

    public void addCheck(CommitCheck check) {
        checks.add(requireNonNull(check, "check"));
    }

    public Intent intent(byte[] key) {
        return intents.get(key);
    }

    /** Intents by key in key order; read-only view. */
    public NavigableMap<byte[], Intent> intents() {
        return Collections.unmodifiableNavigableMap(intents);
    }

    public List<CommitCheck> checks() {
        return Collections.unmodifiableList(checks);
    }

    /** True when nothing needs adjudication: no writes and no locks. */
    public boolean isEmpty() {
        return intents.isEmpty();
    }

    /** True when some intent writes (a put or delete), not only locks. */
    public boolean hasWrites() {
        return writes;
    }

    /** Sum of key and value sizes of puts and deletes, for the transaction size limit. */
    public long byteSize() {
        return byteSize;
    }
}
