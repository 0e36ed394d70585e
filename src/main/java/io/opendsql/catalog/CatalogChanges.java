package io.opendsql.catalog;

import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.LongSupplier;

/**
 * Which catalog rows changed when: for each schema row (a {@link CatalogKeys} key) the commit timestamp of the
 * latest committed catalog change that wrote it, plus the cluster-wide catalog version, the commit timestamp
 * of the latest catalog change of all.
 *
 * <p>Updated inside the store's adjudication critical section ({@link io.opendsql.txn.CommitCheck#committed}),
 * so a commit checked after a catalog change always sees it. Memory holds only changes newer than the oldest
 * live snapshot: an older change is visible to every snapshot and can conflict with none. Nothing survives a
 * restart, and nothing needs to: no transaction does, and every new snapshot sees every durable change.
 */
final class CatalogChanges {
    private final ConcurrentSkipListMap<byte[], Long> changedAt = new ConcurrentSkipListMap<>(Arrays::compareUnsigned);
    private final LongSupplier oldestSnapshot;
    private volatile long version;
    private int trimThreshold = 1024;

    CatalogChanges(long initialVersion, LongSupplier oldestSnapshot) {
        this.version = initialVersion;
        this.oldestSnapshot = oldestSnapshot;
    }

    /** The commit timestamp of the latest catalog change (at open: the store's latest timestamp). */
    long version() {
        return version;
    }

    /** True when a catalog change committed after {@code snapshotTs} wrote {@code key}. */
    boolean changedAfter(byte[] key, long snapshotTs) {
        if (version <= snapshotTs) {
            return false;
        }
        Long at = changedAt.get(key);
        return at != null && at > snapshotTs;
    }

    /** True when a catalog change committed after {@code snapshotTs} wrote a key in [start, end). */
    boolean changedAfter(byte[] start, byte[] end, long snapshotTs) {
        if (version <= snapshotTs) {
            return false;
        }
        Map<byte[], Long> range = end == null ? changedAt.tailMap(start) : changedAt.subMap(start, end);
        for (long at : range.values()) {
            if (at > snapshotTs) {
                return true;
            }
        }
        return false;
    }

    /** Records a committed catalog change; called with the adjudication lock held, so calls are serial. */
    void record(Collection<byte[]> keys, long commitTs) {
        for (byte[] key : keys) {
            changedAt.put(key, commitTs);
        }
        if (commitTs > version) {
            version = commitTs;
        }
        if (changedAt.size() > trimThreshold) {
            long oldest = oldestSnapshot.getAsLong();
            changedAt.values().removeIf(at -> at <= oldest);
            trimThreshold = Math.max(1024, changedAt.size() * 2);
        }
    }

    /** Rows remembered; for tests. */
    int size() {
        return changedAt.size();
    }
}
