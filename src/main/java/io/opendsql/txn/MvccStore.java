package io.opendsql.txn;

import static java.util.Objects.requireNonNull;

import io.opendsql.storage.KeyValue;
import io.opendsql.storage.KvIterator;
import io.opendsql.storage.KvStore;
import io.opendsql.storage.StorageException;
import io.opendsql.storage.WriteBatch;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multi-version storage with optimistic commits over one {@link KvStore}: the single-node
 * {@link VersionedStore}. Reads never coordinate. A commit is adjudicated, given a timestamp from the
 * {@link HybridClock} and queued for the group committer, all under one lock, so commit timestamps follow queue
 * order; it returns once its group is durable, at which point the visible timestamp (the snapshot of every
 * transaction that starts afterwards) covers it.
 *
 * <p>Restart: the clock resumes above its persisted high-water mark and the first visible timestamp is taken
 * from it, so every durable version is visible to every new snapshot. No transaction survives a restart, so the
 * adjudicator starts empty with its horizon at that first timestamp.
 *
 * <p>Opened with {@link #open}, the caller owns the {@link KvStore} and closes it after this; opened with
 * {@link #openOwning}, {@link #close()} closes it too.
 */
public final class MvccStore implements VersionedStore, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(MvccStore.class);
    static final byte[] CLOCK_KEY = MvccKeys.system("clock-high-water");

    private final KvStore store;
    private final MvccOptions options;
    private final HybridClock clock;
    private final Object adjudicationLock = new Object();
    private final Adjudicator adjudicator;
    private final SnapshotRegistry snapshots;
    private final GroupCommitter committer;
    private final GarbageCollector collector;
    private final ScheduledExecutorService background;
    private final boolean ownsStore;
    private volatile long visibleTs;
    private boolean closed;

    private MvccStore(KvStore store, MvccOptions options, boolean ownsStore) {
        this.store = store;
        this.ownsStore = ownsStore;
        this.options = options;
        this.clock = new HybridClock(options.wallMillis(), new StoredHighWaterMark(store), options.clockReserveMillis());
        this.visibleTs = clock.now();
        this.adjudicator = new Adjudicator(visibleTs);
        this.snapshots = new SnapshotRegistry(() -> visibleTs);
        this.committer = new GroupCommitter(store, options.syncCommits(), this::publishVisible);
        this.collector = new GarbageCollector(store);
        if (options.gcInterval().isZero()) {
            this.background = null;
        } else {
            this.background = Executors.newSingleThreadScheduledExecutor(
                    Thread.ofPlatform().name("mvcc-gc " + store.name()).daemon(true).factory());
            long millis = options.gcInterval().toMillis();
            background.scheduleWithFixedDelay(this::backgroundCollect, millis, millis, TimeUnit.MILLISECONDS);
        }
    }

    /** Opens MVCC over {@code store}; the caller closes the store after this. */
    public static MvccStore open(KvStore store, MvccOptions options) {
        return new MvccStore(requireNonNull(store, "store"), requireNonNull(options, "options"), false);
    }

    /** Opens MVCC over {@code store} and closes the store in {@link #close()}. */
    public static MvccStore openOwning(KvStore store, MvccOptions options) {
        return new MvccStore(requireNonNull(store, "store"), requireNonNull(options, "options"), true);
    }

    /** Starts a transaction reading at the latest snapshot. Close or commit it to release the snapshot. */
    public Transaction begin() {
        return begin(options.limits());
    }

    /** Starts a transaction with its own limits, e.g. none for an internal job such as an index build. */
    public Transaction begin(TransactionLimits limits) {
        return new Transaction(this, snapshots.acquire(), requireNonNull(limits, "limits"), options.nanoTime());
    }

    void release(long snapshotTs) {
        snapshots.release(snapshotTs);
    }

    @Override
    public byte[] read(byte[] key, long snapshotTs) {
        try (KvIterator versions = store.scan(MvccKeys.version(key, snapshotTs), MvccKeys.versionsEnd(key))) {
            if (!versions.hasNext()) {
                return null;
            }
            VersionValue version = VersionValue.decode(versions.next().value());
            return version.tombstone() ? null : version.value();
        }
    }

    @Override
    public KvIterator read(byte[] start, byte[] end, long snapshotTs) {
        return new SnapshotIterator(store.scan(MvccKeys.rangeStart(start), MvccKeys.rangeEnd(end)), snapshotTs);
    }

    @Override
    public KvIterator readReverse(byte[] start, byte[] end, long snapshotTs) {
        return new ReverseSnapshotIterator(store.scanReverse(MvccKeys.rangeStart(start), MvccKeys.rangeEnd(end)),
                snapshotTs);
    }

    @Override
    public long commit(WriteSet writes, long snapshotTs) {
        if (writes.isEmpty() && writes.checks().isEmpty()) {
            return snapshotTs; // read-only: nothing to adjudicate, nothing to wait for
        }
        // encode outside the critical section; only the timestamp is appended inside it
        List<byte[]> prefixes = new ArrayList<>(writes.intents().size());
        List<byte[]> values = new ArrayList<>(writes.intents().size());
        for (Map.Entry<byte[], WriteSet.Intent> entry : writes.intents().entrySet()) {
            if (entry.getValue().action() != WriteSet.Action.LOCK) {
                prefixes.add(MvccKeys.versionPrefix(entry.getKey()));
                values.add(VersionValue.encode(entry.getValue()));
            }
        }
        GroupCommitter.Pending pending;
        synchronized (adjudicationLock) {
            if (closed) {
                throw new StorageException("store " + store.name() + " is closed");
            }
            for (CommitCheck check : writes.checks()) {
                check.check(snapshotTs);
            }
            if (writes.isEmpty()) {
                return snapshotTs;
            }
            adjudicator.check(writes, snapshotTs);
            long commitTs = clock.now();
            adjudicator.record(writes, commitTs);
            for (CommitCheck check : writes.checks()) {
                check.committed(commitTs);
            }
            if (adjudicator.wantsTrim()) {
                adjudicator.trim(snapshots.oldest());
            }
            WriteBatch batch = new WriteBatch();
            for (int i = 0; i < prefixes.size(); i++) {
                batch.put(MvccKeys.appendTimestamp(prefixes.get(i), commitTs), values.get(i));
            }
            pending = committer.enqueue(commitTs, batch);
        }
        return pending.await();
    }

    private void publishVisible(long commitTs) {
        if (commitTs > visibleTs) {
            visibleTs = commitTs;
        }
    }

    @Override
    public long latestTimestamp() {
        return visibleTs;
    }

    /** The oldest snapshot a live or future transaction reads at. */
    public long oldestSnapshot() {
        return snapshots.oldest();
    }

    /** Removes versions no live or future snapshot can see; returns how many. Safe to run at any time. */
    public long collectGarbage() {
        long oldest = snapshots.oldest();
        synchronized (adjudicationLock) {
            adjudicator.trim(oldest);
        }
        return collector.collect(oldest);
    }

    private void backgroundCollect() {
        try {
            long removed = collectGarbage();
            if (removed > 0) {
                LOG.debug("removed {} old versions from {}", removed, store.name());
            }
        } catch (RuntimeException e) {
            LOG.warn("garbage collection of {} failed", store.name(), e);
        }
    }

    /**
     * Removes every version of every key in [start, end) at once, outside any transaction; for data no
     * snapshot may read any more, such as a dropped table's rows once the drop is older than
     * {@link #oldestSnapshot()}. Null bounds are unbounded.
     */
    public void purge(byte[] start, byte[] end) {
        store.write(new WriteBatch().deleteRange(MvccKeys.rangeStart(start), MvccKeys.rangeEnd(end)), true);
    }

    /** Every stored version in raw key order, for tests and debugging: user key, commit ts, value. */
    public void forEachVersion(VersionVisitor visitor) {
        try (KvIterator raw = store.scan(MvccKeys.rangeStart(null), MvccKeys.rangeEnd(null))) {
            while (raw.hasNext()) {
                KeyValue entry = raw.next();
                MvccKeys.Version version = MvccKeys.decode(entry.key());
                visitor.visit(version.userKey(), version.commitTs(), VersionValue.decode(entry.value()));
            }
        }
    }

    /** Receives one stored version. */
    @FunctionalInterface
    public interface VersionVisitor {
        void visit(byte[] userKey, long commitTs, VersionValue value);
    }

    /** Commits written and the groups they were written in, since open. */
    public long[] commitStatistics() {
        return committer.statistics();
    }

    int adjudicatorSize() {
        synchronized (adjudicationLock) {
            return adjudicator.size();
        }
    }

    int liveTransactions() {
        return snapshots.live();
    }

    /** Stops the garbage collector, finishes queued commits, and refuses new ones. Idempotent. */
    @Override
    public void close() {
        synchronized (adjudicationLock) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (background != null) {
            background.shutdownNow();
            try {
                background.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        committer.close();
        if (ownsStore) {
            store.close();
        }
    }

    /** The clock's ceiling, kept under a system key with a synced write. */
    private record StoredHighWaterMark(KvStore store) implements HybridClock.HighWaterMark {
        @Override
        public long load() {
            byte[] stored = store.get(CLOCK_KEY);
            return stored == null ? 0 : ByteBuffer.wrap(stored).getLong();
        }

        @Override
        public void store(long ceilingMillis) {
            store.put(CLOCK_KEY, ByteBuffer.allocate(Long.BYTES).putLong(ceilingMillis).array(), true);
        }
    }
}
