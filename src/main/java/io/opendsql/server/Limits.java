package io.opendsql.server;

import java.time.Duration;

/**
 * Per-cluster connection limits (spec §1.5-§1.6); DSQL's values by default, smaller ones in tests.
 *
 * @param maxConnections open connections per cluster (10,000)
 * @param connectionsPerSecond new-connection refill rate (100/s)
 * @param connectionBurst token-bucket capacity (1,000)
 * @param connectionLifetime a connection is closed after this long (60 minutes)
 */
public record Limits(int maxConnections, double connectionsPerSecond, int connectionBurst, Duration connectionLifetime) {
    public static final Limits DSQL = new Limits(10_000, 100, 1_000, Duration.ofMinutes(60));

    public Limits {
        if (maxConnections < 1 || connectionsPerSecond <= 0 || connectionBurst < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (connectionLifetime.isNegative() || connectionLifetime.isZero()) {
            throw new IllegalArgumentException("connection lifetime must be positive");
        }
    }

    public Limits withMaxConnections(int n) {
        return new Limits(n, connectionsPerSecond, connectionBurst, connectionLifetime);
    }

    public Limits withRate(double perSecond, int burst) {
        return new Limits(maxConnections, perSecond, burst, connectionLifetime);
    }

    public Limits withConnectionLifetime(Duration lifetime) {
        return new Limits(maxConnections, connectionsPerSecond, connectionBurst, lifetime);
    }
}
