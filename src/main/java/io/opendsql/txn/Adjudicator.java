package io.opendsql.txn;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Optimistic concurrency control: remembers, for each key written or locked recently, the latest commit
 * timestamp of each {@link WriteKind}, and rejects a commit whose keys conflict (per {@link WriteKind}'s
 * matrix) with a commit after its snapshot. First committer wins. Not thread-safe: the caller holds the
 * adjudication lock around {@link #check} and {@link #record}.
 *
 * <p>Memory is trimmed to commits newer than the oldest live snapshot. Everything below {@link #horizon()} is
 * forgotten, so a snapshot older than the horizon (possible only for a caller that did not register its
 * snapshot, or a transaction from before a restart) is treated as conflicting with every write.
 */
final class Adjudicator {
    static final String CONFLICT_MESSAGE = "change conflicts with another transaction (OC000)";

    private final Map<ByteBuffer, long[]> latestByKind = new HashMap<>();
    private long horizon;
    private int trimThreshold = 4096;

    Adjudicator(long horizon) {
        this.horizon = horizon;
    }

    static DsqlException conflict() {
        return DsqlException.of(SqlState.SERIALIZATION_FAILURE, CONFLICT_MESSAGE);
    }

    /** Throws OC000 when some intent of {@code writes} conflicts with a commit after {@code snapshotTs}. */
    void check(WriteSet writes, long snapshotTs) {
        if (snapshotTs < horizon) {
            throw conflict();
        }
        for (Map.Entry<byte[], WriteSet.Intent> entry : writes.intents().entrySet()) {
            long[] latest = latestByKind.get(ByteBuffer.wrap(entry.getKey()));
            if (latest == null) {
                continue;
            }
            WriteKind kind = entry.getValue().kind();
            for (WriteKind committed : WriteKind.values()) {
                if (latest[committed.ordinal()] > snapshotTs && kind.conflictsWith(committed)) {
                    throw conflict();
                }
            }
        }
    }

    void record(WriteSet writes, long commitTs) {
        for (Map.Entry<byte[], WriteSet.Intent> entry : writes.intents().entrySet()) {
            long[] latest = latestByKind.computeIfAbsent(ByteBuffer.wrap(entry.getKey()),
                    key -> new long[WriteKind.values().length]);
            latest[entry.getValue().kind().ordinal()] = commitTs;
        }
    }

    /** True when enough entries piled up that {@link #trim} is worth its scan. */
    boolean wantsTrim() {
        return latestByKind.size() > trimThreshold;
    }

    /** Forgets commits at or below {@code oldestSnapshot}: no live or future snapshot can conflict with them. */
    void trim(long oldestSnapshot) {
        if (oldestSnapshot <= horizon) {
            return;
        }
        latestByKind.values().removeIf(latest -> {
            for (long ts : latest) {
                if (ts > oldestSnapshot) {
                    return false;
                }
            }
            return true;
        });
        horizon = oldestSnapshot;
        trimThreshold = Math.max(4096, latestByKind.size() * 2);
    }

    long horizon() {
        return horizon;
    }

    int size() {
        return latestByKind.size();
    }
}
