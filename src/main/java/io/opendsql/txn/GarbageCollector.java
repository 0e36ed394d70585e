package io.opendsql.txn;

import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.WriteBatch;

/**
 * Removes versions that no snapshot at or above a horizon can see: for each key, every version older than the
 * newest one at or below the horizon, and that one too when it is a tombstone. Versions above the horizon are
 * never touched, so commits running meanwhile (always above the visible timestamp) are unaffected. Deletes
 * go out in unsynced batches: if lost in a crash, the next pass removes them again.
 *
 * <p>Tombstones are deleted last, after every older version of their key: a reader whose iterator is not a
 * consistent snapshot (the memory engine's) must never find the tombstone gone but an older value still there.
 */
final class GarbageCollector {
    private static final int BATCH = 1000;

    private final KvStore store;

    GarbageCollector(KvStore store) {
        this.store = store;
    }

    /** One pass over all data; returns the number of versions removed. */
    long collect(long horizon) {
        long removed = 0;
        WriteBatch batch = new WriteBatch();
        WriteBatch tombstones = new WriteBatch();
        byte[] keptAtHorizon = null;
        try (KvIterator raw = store.scan(MvccKeys.rangeStart(null), MvccKeys.rangeEnd(null))) {
            while (raw.hasNext()) {
                KeyValue entry = raw.next();
                byte[] rawKey = entry.key();
                if (MvccKeys.sameUserKey(rawKey, keptAtHorizon)) {
                    batch.delete(rawKey);
                } else if (MvccKeys.decode(rawKey).commitTs() <= horizon) {
                    // newest version a snapshot at the horizon sees; older ones are invisible to everyone
                    keptAtHorizon = rawKey;
                    if (VersionValue.isTombstone(entry.value())) {
                        tombstones.delete(rawKey);
                    }
                }
                if (batch.size() >= BATCH) {
                    removed += batch.size();
                    store.write(batch, false);
                    batch = new WriteBatch();
                }
            }
        }
        if (!batch.isEmpty()) {
            removed += batch.size();
            store.write(batch, false);
        }
        if (!tombstones.isEmpty()) {
            removed += tombstones.size();
            store.write(tombstones, false);
        }
        return removed;
    }
}
