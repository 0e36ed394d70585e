package io.opendsql.txn;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import java.time.Duration;

/**
 * DSQL's per-transaction limits (spec §4.3), configurable per cluster. Zero or negative disables a limit.
 *
 * @param maxRows       rows mutated by INSERT/UPDATE/DELETE (3,000); counted by the SQL layer per statement
 * @param maxWriteBytes bytes of keys and values written (10 MiB), checked at COMMIT
 * @param maxAge        time since BEGIN (300 s), checked at COMMIT and at each statement
 */
public record TransactionLimits(int maxRows, long maxWriteBytes, Duration maxAge) {
    private static final long MEBIBYTE = 1024 * 1024;

    public static final TransactionLimits DSQL = new TransactionLimits(3_000, 10 * MEBIBYTE, Duration.ofSeconds(300));
    public static final TransactionLimits NONE = new TransactionLimits(0, 0, Duration.ZERO);

    public TransactionLimits withMaxRows(int rows) {
        return new TransactionLimits(rows, maxWriteBytes, maxAge);
    }

    public TransactionLimits withMaxWriteBytes(long bytes) {
        return new TransactionLimits(maxRows, bytes, maxAge);
    }

    public TransactionLimits withMaxAge(Duration age) {
        return new TransactionLimits(maxRows, maxWriteBytes, age);
    }

    void checkRows(long rows) {
        if (maxRows > 0 && rows > maxRows) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "transaction row limit exceeded");
        }
    }

    void checkWriteBytes(long bytes) {
        if (maxWriteBytes > 0 && bytes > maxWriteBytes) {
            long limitMb = maxWriteBytes / MEBIBYTE;
            long currentMb = (bytes + MEBIBYTE - 1) / MEBIBYTE;
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "transaction size limit %dmb exceeded", limitMb)
                    .detail(String.format("Current transaction size %dmb > %dmb", currentMb, limitMb));
        }
    }

    void checkAge(long ageNanos) {
        if (!maxAge.isZero() && !maxAge.isNegative() && ageNanos > maxAge.toNanos()) {
            long limitSeconds = maxAge.toSeconds();
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED, "transaction age limit of %ds exceeded", limitSeconds)
                    .detail(String.format("Current transaction age %ds exceeds %ds",
                            Duration.ofNanos(ageNanos).toSeconds(), limitSeconds));
        }
    }
}
