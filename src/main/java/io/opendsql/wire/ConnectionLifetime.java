package io.opendsql.wire;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * DSQL's maximum connection duration: once it has passed, the connection is closed (without an
 * ErrorResponse) the next time it is idle, meaning it is waiting for a message after ReadyForQuery with no
 * transaction block open. A timer closes a connection that is already idle when the lifetime ends.
 */
final class ConnectionLifetime implements AutoCloseable {
    private final ReentrantLock lock = new ReentrantLock();
    private final Runnable closeConnection;
    private final ScheduledFuture<?> timer;
    private boolean expired;
    private boolean idleReading;

    ConnectionLifetime(ScheduledExecutorService scheduler, Duration lifetime, Runnable closeConnection) {
        this.closeConnection = closeConnection;
        this.timer = scheduler.schedule(this::expire, lifetime.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * Called before waiting for the next message. Returns true when the lifetime is over and the
     * connection is idle, so it must close now.
     */
    boolean beforeRead(boolean idle) {
        lock.lock();
        try {
            idleReading = idle;
            return expired && idle;
        } finally {
            lock.unlock();
        }
    }

    /** Called once the next message has arrived. */
    void afterRead() {
        lock.lock();
        try {
            idleReading = false;
        } finally {
            lock.unlock();
        }
    }

    private void expire() {
        lock.lock();
        try {
            expired = true;
            if (idleReading) {
                closeConnection.run();
            }
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        timer.cancel(false);
    }
}
