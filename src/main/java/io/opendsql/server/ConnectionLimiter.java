package io.opendsql.server;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

/**
 * DSQL's per-cluster connection quotas (spec §1.6): at most {@code maxConnections} open at once
 * ({@code 53300}), and new connections through a token bucket of {@code burst} tokens refilled at
 * {@code ratePerSecond} ({@code 53400}).
 */
final class ConnectionLimiter {
    private final int maxConnections;
    private final double ratePerSecond;
    private final double burst;
    private final LongSupplier nanoTime;
    private final AtomicInteger open = new AtomicInteger();
    private double tokens;
    private long refilledAt;

    ConnectionLimiter(int maxConnections, double ratePerSecond, int burst, LongSupplier nanoTime) {
        this.maxConnections = maxConnections;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.nanoTime = nanoTime;
        this.tokens = burst;
        this.refilledAt = nanoTime.getAsLong();
    }

    /** Takes a rate token and a connection slot, or throws the FATAL the client sees. */
    void acquire() {
        takeRateToken();
        if (open.incrementAndGet() > maxConnections) {
            open.decrementAndGet();
            throw DsqlException.of(SqlState.TOO_MANY_CONNECTIONS,
                    "Unable to accept connection, too many open connections.").fatal();
        }
    }

    /** Gives back the slot of a connection that {@link #acquire} admitted. */
    void release() {
        open.decrementAndGet();
    }

    int openConnections() {
        return open.get();
    }

    private synchronized void takeRateToken() {
        long now = nanoTime.getAsLong();
        tokens = Math.min(burst, tokens + (now - refilledAt) / 1e9 * ratePerSecond);
        refilledAt = now;
        if (tokens < 1) {
            throw DsqlException.of(SqlState.CONFIGURATION_LIMIT_EXCEEDED,
                    "Unable to accept connection, rate exceeded.").fatal();
        }
        tokens -= 1;
    }
}
