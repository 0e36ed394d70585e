package io.opendsql.txn;

import io.opendsql.storage.KvStore;
import io.opendsql.storage.StorageException;
import io.opendsql.storage.WriteBatch;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes commits durable in groups: one platform thread takes every commit waiting in the queue, writes them
 * as one (synced) batch, then publishes the highest commit timestamp as visible and wakes the committers.
 * Commits enter the queue in commit-timestamp order (under the adjudication lock) and leave it in the same
 * order, so the visible timestamp never passes a commit that is not yet durable.
 *
 * <p>Callers may be virtual threads: they only park on a future; the native write and fsync happen on the
 * committer's own platform thread, so they never pin a carrier.
 */
final class GroupCommitter implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(GroupCommitter.class);
    private static final int MAX_GROUP = 1024;
    /** A group stops growing past this many bytes, so one write stays a reasonable size. */
    private static final long MAX_GROUP_BYTES = 64L * 1024 * 1024;

    /** One commit waiting to become durable. */
    static final class Pending {
        final long commitTs;
        final WriteBatch batch;
        final CompletableFuture<Long> durable = new CompletableFuture<>();

        Pending(long commitTs, WriteBatch batch) {
            this.commitTs = commitTs;
            this.batch = batch;
        }

        /** Waits until the commit is durable and visible; returns its timestamp. */
        long await() {
            try {
                return durable.join();
            } catch (java.util.concurrent.CompletionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw e;
            }
        }
    }

    private static final Pending STOP = new Pending(-1, new WriteBatch());

    private final KvStore store;
    private final boolean sync;
    private final LongConsumer publishVisible;
    private final LinkedBlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile RuntimeException failure;
    private volatile boolean closed;
    private volatile long groups;
    private volatile long commits;

    GroupCommitter(KvStore store, boolean sync, LongConsumer publishVisible) {
        this.store = store;
        this.sync = sync;
        this.publishVisible = publishVisible;
        this.thread = Thread.ofPlatform().name("group-commit " + store.name()).daemon(true).start(this::run);
    }

    /** Queues a commit. Call in commit-timestamp order. */
    Pending enqueue(long commitTs, WriteBatch batch) {
        if (failure != null) {
            throw new StorageException("commits to " + store.name() + " stopped after a write failure", failure);
        }
        if (closed) {
            throw new StorageException("store " + store.name() + " is closed");
        }
        Pending pending = new Pending(commitTs, batch);
        queue.add(pending);
        return pending;
    }

    private void run() {
        List<Pending> group = new ArrayList<>();
        while (true) {
            group.clear();
            try {
                group.add(queue.take());
            } catch (InterruptedException e) {
                return;
            }
            long bytes = group.get(0).batch.byteSize();
            Pending more;
            while (group.size() < MAX_GROUP && bytes < MAX_GROUP_BYTES && (more = queue.poll()) != null) {
                group.add(more);
                bytes += more.batch.byteSize();
            }
            boolean stop = group.remove(STOP);
            if (!group.isEmpty()) {
                writeGroup(group);
            }
            if (stop) {
                return;
            }
        }
    }

    private void writeGroup(List<Pending> group) {
        if (failure != null) {
            group.forEach(pending -> pending.durable.completeExceptionally(failure));
            return;
        }
        WriteBatch merged = new WriteBatch();
        long highest = 0;
        for (Pending pending : group) {
            merged.addAll(pending.batch);
            highest = Math.max(highest, pending.commitTs);
        }
        try {
            if (!merged.isEmpty()) {
                store.write(merged, sync);
            }
        } catch (RuntimeException e) {
            LOG.error("group commit to {} failed; no further commits are accepted", store.name(), e);
            failure = e;
            group.forEach(pending -> pending.durable.completeExceptionally(e));
            return;
        }
        groups++;
        commits += group.size();
        publishVisible.accept(highest);
        group.forEach(pending -> pending.durable.complete(pending.commitTs));
    }

    /** Commits written so far and the groups they were written in; for benchmarks. */
    long[] statistics() {
        return new long[] {commits, groups};
    }

    /** Finishes the commits already queued, then stops the thread. Idempotent. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        queue.add(STOP);
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
