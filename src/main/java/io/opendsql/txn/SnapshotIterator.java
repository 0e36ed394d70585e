package io.opendsql.txn;

import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Turns a raw scan over version keys into the live user entries at one snapshot: for each user key, the
 * newest version at or below the snapshot, skipped when it is a tombstone.
 */
final class SnapshotIterator implements KvIterator {
    private final KvIterator raw;
    private final long snapshotTs;
    /** Raw key of the version last chosen for a user key; later versions of the same key are older. */
    private byte[] lastChosen;
    private KeyValue next;

    SnapshotIterator(KvIterator raw, long snapshotTs) {
        this.raw = raw;
        this.snapshotTs = snapshotTs;
    }

    @Override
    public boolean hasNext() {
        while (next == null && raw.hasNext()) {
            KeyValue entry = raw.next();
            byte[] rawKey = entry.key();
            if (MvccKeys.sameUserKey(rawKey, lastChosen)) {
                continue;
            }
            MvccKeys.Version version = MvccKeys.decode(rawKey);
            if (version.commitTs() > snapshotTs) {
                continue;
            }
            lastChosen = rawKey;
            byte[] stored = entry.value();
            if (!VersionValue.isTombstone(stored)) {
                next = new KeyValue(version.userKey(), Arrays.copyOfRange(stored, 1, stored.length));
            }
        }
        return next != null;
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
