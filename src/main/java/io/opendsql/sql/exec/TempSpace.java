package io.opendsql.sql.exec;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.sql.types.ValueSize;

/**
 * A running estimate of the bytes one operator holds in memory (buffered rows, hash groups, aggregate states),
 * checked against DSQL's per-operator temp space limit of 128 MiB (spec §4.3): an operator that passes it fails
 * with {@code 54000 query requires more than allowed temp space of 131072 KB to execute} instead of exhausting
 * the heap. The limit can be lowered for tests with the system property {@value #LIMIT_PROPERTY} (in KB), read
 * when an operator starts. Sort and join operators can account their buffers the same way.
 */
public final class TempSpace {
    /** System property overriding the limit, in kilobytes. */
    public static final String LIMIT_PROPERTY = "opendsql.tempSpaceLimitKb";
    /** DSQL's limit: 131072 KB. */
    public static final long DEFAULT_LIMIT_KB = 128 * 1024;

    private final long limitBytes;
    private long held;

    private TempSpace(long limitBytes) {
        this.limitBytes = limitBytes;
    }

    /** A new estimate for one operator, at the configured limit. */
    public static TempSpace forOperator() {
        return limitedTo(Long.getLong(LIMIT_PROPERTY, DEFAULT_LIMIT_KB));
    }

    /** A new estimate with a limit of {@code limitKb} kilobytes. */
    public static TempSpace limitedTo(long limitKb) {
        return new TempSpace(limitKb * 1024);
    }

    /** Counts {@code bytes} more; throws 54000 when the total passes the limit. */
    public void add(long bytes) {
        held += bytes;
        if (held > limitBytes) {
            throw DsqlException.of(SqlState.PROGRAM_LIMIT_EXCEEDED,
                    "query requires more than allowed temp space of %d KB to execute", limitBytes / 1024);
        }
    }

    /** Counts a row kept in memory. */
    public void addRow(Object[] row) {
        add(ValueSize.ofRow(row));
    }

    /** Counts {@code bytes} released. */
    public void release(long bytes) {
        held = Math.max(0, held - bytes);
    }

    public long held() {
        return held;
    }
}
