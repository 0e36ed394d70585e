package io.opendsql.storage;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** Puts and deletes applied all together or not at all by {@link KvStore#write}. Later operations win. */
public final class WriteBatch {
    /** One operation of a batch. */
    public sealed interface Operation permits Put, Delete, DeleteRange {
        byte[] key();
    }

    public record Put(byte[] key, byte[] value) implements Operation {
        public Put {
            requireNonNull(key, "key");
            requireNonNull(value, "value");
        }
    }

    public record Delete(byte[] key) implements Operation {
        public Delete {
            requireNonNull(key, "key");
        }
    }

    /** Deletes every key in [key, end). */
    public record DeleteRange(byte[] key, byte[] end) implements Operation {
        public DeleteRange {
            requireNonNull(key, "key");
            requireNonNull(end, "end");
        }
    }

    private final List<Operation> operations = new ArrayList<>();
    private long byteSize;

    public WriteBatch put(byte[] key, byte[] value) {
        operations.add(new Put(key, value));
        byteSize += key.length + value.length;
        return this;
    }

    public WriteBatch delete(byte[] key) {
        operations.add(new Delete(key));
        byteSize += key.length;
        return this;
    }

    /** Deletes every key in [start, end); both bounds required. */
    public WriteBatch deleteRange(byte[] start, byte[] end) {
        operations.add(new DeleteRange(start, end));
        byteSize += start.length + end.length;
        return this;
    }

    /** Appends every operation of {@code other}, keeping their order. */
    public WriteBatch addAll(WriteBatch other) {
        operations.addAll(other.operations);
        byteSize += other.byteSize;
        return this;
    }

    public List<Operation> operations() {
        return operations;
    }

    public boolean isEmpty() {
        return operations.isEmpty();
    }

    public int size() {
        return operations.size();
    }

    /** Sum of key and value lengths. */
    public long byteSize() {
        return byteSize;
    }
}
