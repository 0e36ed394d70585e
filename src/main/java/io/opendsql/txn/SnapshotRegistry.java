package io.opendsql.txn;

import java.util.TreeMap;
import java.util.function.LongSupplier;

/**
 * The snapshots of live transactions, so that garbage collection and adjudicator trimming keep what they can
 * still see. Taking a snapshot and registering it happen atomically with respect to {@link #oldest()}.
 */
final class SnapshotRegistry {
    private final TreeMap<Long, Integer> counts = new TreeMap<>();
    private final LongSupplier latest;

    SnapshotRegistry(LongSupplier latest) {
        this.latest = latest;
    }

    /** Takes the latest snapshot and registers it. */
    synchronized long acquire() {
        long snapshot = latest.getAsLong();
        counts.merge(snapshot, 1, Integer::sum);
        return snapshot;
    }

    synchronized void release(long snapshot) {
        counts.computeIfPresent(snapshot, (ts, count) -> count == 1 ? null : count - 1);
    }

    /** The oldest snapshot anyone reads at, now or later: the oldest live one, else the latest. */
    synchronized long oldest() {
        long current = latest.getAsLong();
        return counts.isEmpty() ? current : Math.min(counts.firstKey(), current);
    }

    synchronized int live() {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
