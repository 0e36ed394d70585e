package io.opendsql.server;

import io.opendsql.txn.TransactionLimits;
import java.time.Duration;

/**
 * Per-cluster connection limits (spec §1.5-§1.6); DSQL's values by default, smaller ones in tests.
 *
 * @param maxConnections open connections per cluster (10,000)
 * @param connectionsPerSecond new-connection refill rate (100/s)
 * @param connectionBurst token-bucket capacity (1,000)
 * @param connectionLifetime a connection is closed after this long (60 minutes)
 * @param transactions rows, bytes and age per transaction (3,000 rows, 10 MiB, 300 s; spec §4.3)
 */
public record Limits(int maxConnections, double connectionsPerSecond, int connectionBurst, Duration connectionLifetime,
                     TransactionLimits transactions) {
    public static final Limits DSQL = new Limits(10_000, 100, 1_000, Duration.ofMinutes(60), TransactionLimits.DSQL);

    public Limits(int maxConnections, double connectionsPerSecond, int connectionBurst, Duration connectionLifetime) {
        this(maxConnections, connectionsPerSecond, connectionBurst, connectionLifetime, TransactionLimits.DSQL);
    }

    public Limits {
        if (maxConnections < 1 || connectionsPerSecond <= 0 || connectionBurst < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        java.util.Objects.requireNonNull(transactions, "transactions");
        if (connectionLifetime.isNegative() || connectionLifetime.isZero()) {
            throw new IllegalArgumentException("connection lifetime must be positive");
        }
    }

    public Limits withMaxConnections(int n) {
        return new Limits(n, connectionsPerSecond, connectionBurst, connectionLifetime, transactions);
    }

    public Limits withRate(double perSecond, int burst) {
        return new Limits(maxConnections, perSecond, burst, connectionLifetime, transactions);
    }

    public Limits withConnectionLifetime(Duration lifetime) {
        return new Limits(maxConnections, connectionsPerSecond, connectionBurst, lifetime, transactions);
    }

    public Limits withTransactionLimits(TransactionLimits limits) {
        return new Limits(maxConnections, connectionsPerSecond, connectionBurst, connectionLifetime, limits);
    }
}
