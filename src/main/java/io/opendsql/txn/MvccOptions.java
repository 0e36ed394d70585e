package io.opendsql.txn;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Settings of an {@link MvccStore}.
 *
 * @param limits             per-transaction limits
 * @param syncCommits        fsync each commit group (true for durable stores; false only for tests and
 *                           throwaway databases; commits then still survive kill -9, not power loss)
 * @param gcInterval         period of the background garbage collector; zero disables it
 * @param clockReserveMillis how far ahead the clock's persisted high-water mark reaches
 * @param wallMillis         physical time for the clock, normally {@code System::currentTimeMillis}
 * @param nanoTime           monotonic time for transaction age, normally {@code System::nanoTime}
 */
public record MvccOptions(TransactionLimits limits, boolean syncCommits, Duration gcInterval,
                          long clockReserveMillis, LongSupplier wallMillis, LongSupplier nanoTime) {
    public MvccOptions {
        requireNonNull(limits, "limits");
        requireNonNull(gcInterval, "gcInterval");
        requireNonNull(wallMillis, "wallMillis");
        requireNonNull(nanoTime, "nanoTime");
    }

    public static MvccOptions defaults() {
        return new MvccOptions(TransactionLimits.DSQL, true, Duration.ofSeconds(10), 10_000,
                System::currentTimeMillis, System::nanoTime);
    }

    public MvccOptions withLimits(TransactionLimits value) {
        return new MvccOptions(value, syncCommits, gcInterval, clockReserveMillis, wallMillis, nanoTime);
    }

    public MvccOptions withSyncCommits(boolean value) {
        return new MvccOptions(limits, value, gcInterval, clockReserveMillis, wallMillis, nanoTime);
    }

    public MvccOptions withGcInterval(Duration value) {
        return new MvccOptions(limits, syncCommits, value, clockReserveMillis, wallMillis, nanoTime);
    }

    public MvccOptions withWallMillis(LongSupplier value) {
        return new MvccOptions(limits, syncCommits, gcInterval, clockReserveMillis, value, nanoTime);
    }

    public MvccOptions withNanoTime(LongSupplier value) {
        return new MvccOptions(limits, syncCommits, gcInterval, clockReserveMillis, wallMillis, value);
    }
}
