package io.opendsql.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.history.Operation.Micro;
import io.opendsql.history.Operation.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The checker finds each anomaly in a minimal history that has it, and nothing in ones that do not. */
class ListAppendCheckerTest {
    private static Operation ok(Micro... micros) {
        return new Operation(0, Outcome.OK, List.of(micros), 0, 0);
    }

    private static Operation failed(Micro... micros) {
        return new Operation(0, Outcome.FAIL, List.of(micros), 0, 0);
    }

    private static Micro append(long key, long value) {
        return Micro.append(key, value);
    }

    private static Micro read(long key, Long... values) {
        return Micro.read(key, List.of(values));
    }

    private static List<String> types(Operation... history) {
        return ListAppendChecker.check(List.of(history)).anomalies().stream().map(Anomaly::type).toList();
    }

    @Test
    void aSerialHistoryIsValid() {
        assertThat(types(ok(append(1, 1)), ok(read(1, 1L), append(1, 2)), ok(read(1, 1L, 2L)))).isEmpty();
    }

    @Test
    void writeSkewIsAllowedAndCounted() {
        // T0 and T1 both read x and y empty; T0 appends to x, T1 to y: two rw edges, a G2 cycle
        ListAppendChecker.Result result = ListAppendChecker.check(List.of(
                ok(read(1), read(2), append(1, 1)),
                ok(read(1), read(2), append(2, 1)),
                ok(read(1, 1L), read(2, 1L))));
        assertThat(result.anomalies()).isEmpty();
        assertThat(result.allowedG2Cycles()).isPositive();
    }

    @Test
    void abortedReadIsG1a() {
        assertThat(types(failed(append(1, 1)), ok(read(1, 1L)))).contains("G1a");
    }

    @Test
    void intermediateReadIsG1b() {
        assertThat(types(ok(append(1, 1), append(1, 2)), ok(read(1, 1L)), ok(read(1, 1L, 2L)))).contains("G1b");
    }

    @Test
    void circularInformationFlowIsG1c() {
        // T0 reads T1's append to y; T1 reads T0's append to x
        assertThat(types(ok(append(1, 1), read(2, 1L)), ok(append(2, 1), read(1, 1L)))).contains("G1c");
    }

    @Test
    void writeCycleIsG0() {
        // x is ordered T0 then T1, y is ordered T1 then T0
        assertThat(types(ok(append(1, 1), append(2, 2)), ok(append(1, 2), append(2, 1)),
                ok(read(1, 1L, 2L), read(2, 1L, 2L)))).contains("G0");
    }

    @Test
    void readSkewIsGSingle() {
        // T1 moves x and y together; T0 sees the new x but the old y
        assertThat(types(ok(append(1, 1), append(2, 1)),
                ok(append(1, 2), append(2, 2)),
                ok(read(1, 1L, 2L), read(2, 1L)),
                ok(read(1, 1L, 2L), read(2, 1L, 2L)))).contains("G-single");
    }

    @Test
    void lostUpdateIsGSingle() {
        // both read x = [1] and append; the later append's writer never saw the other's
        assertThat(types(ok(append(1, 1)), ok(read(1, 1L), append(1, 2)), ok(read(1, 1L), append(1, 3)),
                ok(read(1, 1L, 2L, 3L)))).contains("G-single");
    }

    @Test
    void readsThatDisagreeOnOrderAndGarbageAreFound() {
        assertThat(types(ok(append(1, 1)), ok(append(1, 2)), ok(read(1, 1L, 2L)), ok(read(1, 2L, 1L))))
                .contains("incompatible-order");
        assertThat(types(ok(read(1, 9L)))).contains("garbage-read");
        assertThat(types(ok(append(1, 1), read(1)))).contains("internal");
    }
}
