package io.opendsql.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.opendsql.common.DsqlException;
import io.opendsql.common.SqlState;
import io.opendsql.storage.MemoryKvStore;
import io.opendsql.txn.MvccOptions;
import io.opendsql.txn.MvccStore;
import io.opendsql.txn.Transaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** DDL from several threads at once: OC001 only between changes of the same object; ids never repeat. */
class CatalogConcurrencyTest {
    private static final int THREADS = 4;
    private static final int ROUNDS = 25;

    private static MvccStore openStore(MemoryKvStore kv) {
        return MvccStore.open(kv, MvccOptions.defaults().withGcInterval(Duration.ZERO).withSyncCommits(false));
    }

    @Test
    void ddlOnDifferentTablesNeverConflicts() throws Exception {
        try (MemoryKvStore kv = new MemoryKvStore(); MvccStore store = openStore(kv)) {
            Catalog catalog = Catalog.open(store);
            List<Long> tables = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                try (Transaction txn = store.begin()) {
                    tables.add(catalog.createTable(txn, Oids.PUBLIC_SCHEMA, "t" + i, Oids.ADMIN_ROLE,
                            List.of(ColumnDescriptor.of("id", 20, -1)), List.of("id")).oid());
                    txn.commit();
                }
            }
            CyclicBarrier barrier = new CyclicBarrier(THREADS);
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                long table = tables.get(i);
                threads.add(Thread.ofPlatform().start(() -> {
                    try {
                        for (int round = 0; round < ROUNDS; round++) {
                            barrier.await();
                            try (Transaction txn = store.begin()) {
                                catalog.addColumn(txn, table, ColumnDescriptor.of("c" + round, 23, -1));
                                txn.commit();
                            }
                        }
                    } catch (Throwable e) {
                        synchronized (failures) {
                            failures.add(e);
                        }
                        barrier.reset();
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(failures).isEmpty();
            try (Transaction txn = store.begin()) {
                for (long table : tables) {
                    assertThat(catalog.table(txn, table).orElseThrow().liveColumns()).hasSize(ROUNDS + 1);
                }
            }
        }
    }

    @Test
    void ddlOnOneTableLetsOneCommitterWinEachRace() throws Exception {
        try (MemoryKvStore kv = new MemoryKvStore(); MvccStore store = openStore(kv)) {
            Catalog catalog = Catalog.open(store);
            long table;
            try (Transaction txn = store.begin()) {
                table = catalog.createTable(txn, Oids.PUBLIC_SCHEMA, "t", Oids.ADMIN_ROLE,
                        List.of(ColumnDescriptor.of("id", 20, -1)), List.of("id")).oid();
                txn.commit();
            }
            AtomicInteger committed = new AtomicInteger();
            AtomicInteger schemaConflicts = new AtomicInteger();
            List<Throwable> failures = new ArrayList<>();
            List<Thread> threads = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                int thread = i;
                threads.add(Thread.ofPlatform().start(() -> {
                    for (int round = 0; round < ROUNDS; round++) {
                        try (Transaction txn = store.begin()) {
                            catalog.addColumn(txn, table, ColumnDescriptor.of("c" + thread + "_" + round, 23, -1));
                            txn.commit();
                            committed.incrementAndGet();
                        } catch (DsqlException e) {
                            if (e.state() == SqlState.SERIALIZATION_FAILURE
                                    && e.getMessage().equals(CatalogConflicts.OC001_MESSAGE)) {
                                schemaConflicts.incrementAndGet();
                            } else {
                                synchronized (failures) {
                                    failures.add(e);
                                }
                            }
                        }
                    }
                }));
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertThat(failures).as("only OC001, never OC000 or another error").isEmpty();
            assertThat(committed.get() + schemaConflicts.get()).isEqualTo(THREADS * ROUNDS);
            try (Transaction txn = store.begin()) {
                // every committed ADD COLUMN is there: no lost update
                assertThat(catalog.table(txn, table).orElseThrow().liveColumns()).hasSize(committed.get() + 1);
            }
        }
    }

    @Test
    void idsAreUniqueAndIncreasingAcrossThreadsAndReopens() throws Exception {
        try (MemoryKvStore kv = new MemoryKvStore()) {
            Set<Long> seen = ConcurrentHashMap.newKeySet();
            Set<Long> problems = ConcurrentHashMap.newKeySet();
            long highest = 0;
            for (int open = 0; open < 3; open++) {
                try (MvccStore store = openStore(kv)) {
                    IdAllocator allocator = new IdAllocator(store, "test", 100, 7);
                    long first = allocator.next();
                    assertThat(first).isGreaterThan(highest);
                    seen.add(first);
                    List<Thread> threads = new ArrayList<>();
                    for (int i = 0; i < THREADS; i++) {
                        threads.add(Thread.ofPlatform().start(() -> {
                            long previous = 0;
                            for (int n = 0; n < 50; n++) {
                                long id = allocator.next();
                                if (id <= previous || !seen.add(id)) {
                                    problems.add(id);
                                }
                                previous = id;
                            }
                        }));
                    }
                    for (Thread thread : threads) {
                        thread.join();
                    }
                    highest = seen.stream().mapToLong(Long::longValue).max().orElseThrow();
                }
            }
            assertThat(problems).as("ids repeated or out of order within a thread").isEmpty();
            assertThat(seen).hasSize(3 * (1 + THREADS * 50));
        }
    }
}
