package io.opendsql.history;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One completed transaction of a list-append history: its micro-operations as executed (reads with the
 * list they returned) and how it ended. {@code OK}: committed; {@code FAIL}: known not committed (e.g. the
 * COMMIT returned 40001); {@code INFO}: unknown (the connection dropped during COMMIT).
 */
public record Operation(int process, Outcome outcome, List<Micro> micros, long invokeNanos, long completeNanos) {
    public enum Outcome { OK, FAIL, INFO }

    /** {@code append k v}, or {@code r k values} (values null for a read that was not observed). */
    public record Micro(boolean append, long key, Long value, List<Long> values) {
        public static Micro append(long key, long value) {
            return new Micro(true, key, value, null);
        }

        public static Micro read(long key, List<Long> values) {
            return new Micro(false, key, null, values == null ? null : List.copyOf(values));
        }
    }

    public Operation {
        requireNonNull(outcome, "outcome");
        micros = List.copyOf(micros);
    }
}
