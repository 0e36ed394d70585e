package io.opendsql.txn;

import java.util.function.LongSupplier;

/**
 * A hybrid logical clock. A timestamp is one long: wall-clock milliseconds in the high 48 bits and a logical
 * counter in the low 16, so timestamps order as numbers and {@code (ts >>> 16)} reads as a time. Every call to
 * {@link #now} returns a value greater than every value returned before, in this process and (through the
 * persisted high-water mark) in every earlier process on the same store, even when the wall clock steps back:
 * the clock then keeps the old physical part and counts up the logical part (which carries into the physical
 * part after 65,535 ticks).
 *
 * <p>Persisting on every call would cost a write per commit, so the clock reserves a window ahead: it persists
 * a ceiling {@code reserve} milliseconds past the current physical time, and persists again only when a
 * timestamp reaches the ceiling. After a restart the clock starts at the ceiling, above anything issued.
 */
public final class HybridClock {
    public static final int LOGICAL_BITS = 16;
    private static final long LOGICAL_MASK = (1L << LOGICAL_BITS) - 1;

    /** Where the clock keeps its ceiling; physical milliseconds. */
    public interface HighWaterMark {
        /** The persisted ceiling, or 0 when none was ever stored. */
        long load();

        /** Persists {@code ceilingMillis} durably before returning. */
        void store(long ceilingMillis);
    }

    private final LongSupplier wallMillis;
    private final HighWaterMark highWaterMark;
    private final long reserveMillis;
    private long last;
    private long ceilingMillis;

    /**
     * @param wallMillis    the physical time source, normally {@code System::currentTimeMillis}
     * @param highWaterMark persistence for restarts; null for a clock that lives only in memory
     * @param reserveMillis how far ahead each persisted ceiling reaches
     */
    public HybridClock(LongSupplier wallMillis, HighWaterMark highWaterMark, long reserveMillis) {
        if (reserveMillis <= 0) {
            throw new IllegalArgumentException("reserveMillis must be positive");
        }
        this.wallMillis = wallMillis;
        this.highWaterMark = highWaterMark;
        this.reserveMillis = reserveMillis;
        long persisted = highWaterMark == null ? 0 : highWaterMark.load();
        this.ceilingMillis = persisted;
        // the next timestamp is at least (persisted ceiling, logical 0), above anything issued before
        this.last = persisted == 0 ? 0 : of(persisted, 0) - 1;
    }

    /** An in-memory clock on the system wall clock. */
    public static HybridClock inMemory() {
        return new HybridClock(System::currentTimeMillis, null, 1);
    }

    public static long of(long physicalMillis, long logical) {
        return (physicalMillis << LOGICAL_BITS) | logical;
    }

    public static long physical(long timestamp) {
        return timestamp >>> LOGICAL_BITS;
    }

    public static long logical(long timestamp) {
        return timestamp & LOGICAL_MASK;
    }

    /** {@code physical,logical}, as in the MVCC test files. */
    public static String format(long timestamp) {
        return physical(timestamp) + "," + logical(timestamp);
    }

    /** A new timestamp, greater than every one issued or observed before. */
    public synchronized long now() {
        long wall = of(wallMillis.getAsLong(), 0);
        last = Math.max(last + 1, wall);
        reserve();
        return last;
    }

    /** Moves the clock past a timestamp seen elsewhere (another node), so later timestamps exceed it. */
    public synchronized void observe(long timestamp) {
        if (timestamp > last) {
            last = timestamp;
            reserve();
        }
    }

    /** The last timestamp issued or observed. */
    public synchronized long last() {
        return last;
    }

    private void reserve() {
        if (highWaterMark != null && physical(last) >= ceilingMillis) {
            long next = physical(last) + reserveMillis;
            highWaterMark.store(next);
            ceilingMillis = next;
        }
    }
}
