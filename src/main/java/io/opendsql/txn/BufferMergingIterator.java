package io.opendsql.txn;

import io.opendsql.storage.Bytes;
import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A transaction's view of a range: its snapshot merged with its own buffered writes, which win on equal keys.
 * Buffered puts appear, buffered deletes hide the key, buffered locks change nothing. The buffer is copied
 * when the scan starts, so writes made while scanning (an UPDATE over its own scan) are not seen by it.
 * In a reverse scan both inputs and the output run in descending key order.
 */
final class BufferMergingIterator implements KvIterator {
    private final KvIterator snapshot;
    private final List<Map.Entry<byte[], WriteSet.Intent>> buffered;
    private Iterator<Map.Entry<byte[], WriteSet.Intent>> buffer;
    private KeyValue snapshotHead;
    private Map.Entry<byte[], WriteSet.Intent> bufferHead;
    private final boolean reverse;
    private KeyValue next;

    BufferMergingIterator(KvIterator snapshot, List<Map.Entry<byte[], WriteSet.Intent>> buffered, boolean reverse) {
        this.snapshot = snapshot;
        this.buffered = buffered;
        this.buffer = buffered.iterator();
        this.reverse = reverse;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            if (snapshotHead == null && snapshot.hasNext()) {
                snapshotHead = snapshot.next();
            }
            while (bufferHead == null && buffer.hasNext()) {
                Map.Entry<byte[], WriteSet.Intent> candidate = buffer.next();
                if (candidate.getValue().action() != WriteSet.Action.LOCK) {
                    bufferHead = candidate;
                }
            }
            if (snapshotHead == null && bufferHead == null) {
                return false;
            }
            int order = snapshotHead == null ? 1
                    : bufferHead == null ? -1
                    : reverse ? Bytes.compare(bufferHead.getKey(), snapshotHead.key())
                    : Bytes.compare(snapshotHead.key(), bufferHead.getKey());
            if (order < 0) {
                next = snapshotHead;
                snapshotHead = null;
                continue;
            }
            if (order == 0) {
                snapshotHead = null;
            }
            WriteSet.Intent intent = bufferHead.getValue();
            if (intent.action() == WriteSet.Action.PUT) {
                next = new KeyValue(bufferHead.getKey(), intent.value());
            }
            bufferHead = null;
        }
        return true;
    }

    /** Forward: continues at the first key at or after {@code key}; reverse: at the last key before it. */
    @Override
    public void seek(byte[] key) {
        snapshot.seek(key);
        int low = 0;
        int high = buffered.size();
        while (low < high) { // first position whose key is past the target in scan order
            int middle = (low + high) >>> 1;
            int order = Bytes.compare(buffered.get(middle).getKey(), key);
            boolean before = reverse ? order >= 0 : order < 0;
            if (before) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        buffer = buffered.subList(low, buffered.size()).iterator();
        snapshotHead = null;
        bufferHead = null;
        next = null;
    }

    @Override
    public KeyValue next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        KeyValue result = next;
        next = null;
        return result;
    }

    @Override
    public void close() {
        snapshot.close();
    }
}
