package io.opendsql.txn;

import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * {@link SnapshotIterator} backwards: user keys in descending order. A raw reverse scan meets the versions of
 * one key oldest first, so the iterator reads the whole group of a key, remembering the newest version at or
 * below the snapshot, and decides when the next key begins.
 */
final class ReverseSnapshotIterator implements KvIterator {
    private final KvIterator raw;
    private final long snapshotTs;
    private KeyValue lookahead;
    private byte[] groupKey;
    private KeyValue candidate;
    private KeyValue next;

    ReverseSnapshotIterator(KvIterator raw, long snapshotTs) {
        this.raw = raw;
        this.snapshotTs = snapshotTs;
    }

    @Override
    public boolean hasNext() {
        while (next == null) {
            KeyValue entry = lookahead != null ? lookahead : raw.hasNext() ? raw.next() : null;
            lookahead = null;
            if (entry == null) {
                if (groupKey == null) {
                    return false;
                }
                finishGroup();
                continue;
            }
            if (groupKey != null && !MvccKeys.sameUserKey(entry.key(), groupKey)) {
                lookahead = entry;
                finishGroup();
                continue;
            }
            if (groupKey == null) {
                groupKey = entry.key();
            }
            if (MvccKeys.decode(entry.key()).commitTs() <= snapshotTs) {
                candidate = entry; // versions arrive oldest first: the last one at or below the snapshot wins
            }
        }
        return true;
    }

    /** Continues at the last user key before {@code userKey}. */
    @Override
    public void seek(byte[] userKey) {
        raw.seek(MvccKeys.rangeStart(userKey));
        lookahead = null;
        groupKey = null;
        candidate = null;
        next = null;
    }

    private void finishGroup() {
        if (candidate != null && !VersionValue.isTombstone(candidate.value())) {
            byte[] stored = candidate.value();
            next = new KeyValue(MvccKeys.decode(candidate.key()).userKey(), Arrays.copyOfRange(stored, 1, stored.length));
        }
        groupKey = null;
        candidate = null;
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
        raw.close();
    }
}
