package io.opendsql.txn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class HybridClockTest {
    /** A persisted ceiling kept in a field, counting how often it is written. */
    static final class StoredMark implements HybridClock.HighWaterMark {
        long value;
        int writes;

        @Override
        public long load() {
            return value;
        }

        @Override
        public void store(long ceilingMillis) {
            value = ceilingMillis;
            writes++;
        }
    }

    @Test
    void timestampsIncreaseEvenWhenTheWallClockStandsStillOrStepsBack() {
        AtomicLong wall = new AtomicLong(1_000);
        HybridClock clock = new HybridClock(wall::get, null, 100);
        long first = clock.now();
        assertThat(first).isEqualTo(HybridClock.of(1_000, 0));
        assertThat(clock.now()).isEqualTo(HybridClock.of(1_000, 1));
        wall.set(400);
        long afterStepBack = clock.now();
        assertThat(afterStepBack).isEqualTo(HybridClock.of(1_000, 2));
        wall.set(2_000);
        assertThat(clock.now()).isEqualTo(HybridClock.of(2_000, 0));
    }

    @Test
    void logicalCounterOverflowCarriesIntoPhysicalPart() {
        HybridClock clock = new HybridClock(() -> 5, null, 100);
        long previous = 0;
        for (int i = 0; i < 70_000; i++) {
            long ts = clock.now();
            assertThat(ts).isGreaterThan(previous);
            previous = ts;
        }
        assertThat(HybridClock.physical(previous)).isEqualTo(6);
    }

    @Test
    void restartContinuesAboveEverythingIssuedAndPersistsOncePerReserveWindow() {
        StoredMark mark = new StoredMark();
        AtomicLong wall = new AtomicLong(10_000);
        HybridClock clock = new HybridClock(wall::get, mark, 5_000);
        long issued = 0;
        for (int i = 0; i < 1000; i++) {
            wall.addAndGet(3);
            issued = clock.now();
        }
        assertThat(HybridClock.physical(issued)).isEqualTo(13_000);
        assertThat(mark.writes).isEqualTo(1);
        assertThat(mark.value).isEqualTo(15_003);
        // restart with the wall clock far behind: the new clock still starts above the old one
        wall.set(1);
        HybridClock restarted = new HybridClock(wall::get, mark, 5_000);
        assertThat(restarted.now()).isGreaterThan(issued).isEqualTo(HybridClock.of(15_003, 0));
        assertThat(mark.value).isEqualTo(20_003);
    }

    @Test
    void observeMovesTheClockPastARemoteTimestamp() {
        HybridClock clock = new HybridClock(() -> 1, null, 10);
        clock.observe(HybridClock.of(500, 7));
        assertThat(clock.now()).isEqualTo(HybridClock.of(500, 8));
    }

    @Test
    void concurrentCallersGetDistinctIncreasingValues() throws InterruptedException {
        HybridClock clock = HybridClock.inMemory();
        List<Thread> threads = new ArrayList<>();
        java.util.Set<Long> seen = java.util.concurrent.ConcurrentHashMap.newKeySet();
        for (int t = 0; t < 4; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                long previous = 0;
                for (int i = 0; i < 10_000; i++) {
                    long ts = clock.now();
                    assertThat(ts).isGreaterThan(previous);
                    previous = ts;
                    seen.add(ts);
                }
            }));
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(seen).hasSize(40_000);
    }
}
