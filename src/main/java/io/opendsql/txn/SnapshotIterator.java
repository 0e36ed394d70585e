package io.opendsql.txn;

import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import java.util.Arrays;
import java.util.NoSuchElementException;

/**
 * Turns a raw scan over version keys into the live user entries at one snapshot: for each user key, the
 * newest version at or below the snapshot, skipped when it is a tombstone. After a few steps over versions
 * it cannot use (newer than the snapshot, or older than the chosen one), it seeks past them instead: a hot key
 * collects many versions, and in RocksDB the collected ones leave deletion markers that stepping must wade
 * through until compaction.
 */
final class SnapshotIterator implements KvIterator {
    private final KvIterator raw;
    private final long snapshotTs;
    /** Raw key of the version last chosen for a user key; later versions of the same key are older. */
    private byte[] lastChosen;
    private KeyValue next;
    /** Versions stepped over since the last key change; past {@link #STEPS_BEFORE_SEEK} we seek. */
    private int skipped;
    private static final int STEPS_BEFORE_SEEK = 3;

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
                if (++skipped > STEPS_BEFORE_SEEK) {
                    raw.seek(MvccKeys.versionsEndOf(rawKey));
                    skipped = 0;
                }
                continue;
            }
            MvccKeys.Version version = MvccKeys.decode(rawKey);
            if (version.commitTs() > snapshotTs) {
                if (++skipped > STEPS_BEFORE_SEEK) {
                    raw.seek(MvccKeys.withTimestamp(rawKey, snapshotTs));
                    skipped = 0;
                }
                continue;
            }
            skipped = 0;
            lastChosen = rawKey;
            byte[] stored = entry.value();
            if (!VersionValue.isTombstone(stored)) {
                next = new KeyValue(version.userKey(), Arrays.copyOfRange(stored, 1, stored.length));
            }
        }
        return next != null;
    }

    /** Continues at the first user key at or after {@code userKey}. */
    @Override
    public void seek(byte[] userKey) {
        raw.seek(MvccKeys.rangeStart(userKey));
        lastChosen = null;
        next = null;
        skipped = 0;
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
