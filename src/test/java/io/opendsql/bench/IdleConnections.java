package io.opendsql.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The idle-connection stress check: opens {@code --count} (10,000) TLS connections with an IAM token to
 * an OpenDSQL server running in another process (one process cannot hold both ends: the descriptor
 * limit here is 20,000), holds them idle, and reports the server's resident memory and heap, the
 * connect rate during ramp-up, and whether every connection is still usable at the end.
 *
 * <p>The server must be started with quotas that allow it, e.g. {@code ./opendsql start
 * --max-connections 12000 --connection-rate 100000 --connection-burst 100000}; DSQL's defaults (100/s,
 * burst 1,000) refuse the ramp-up with {@code 53400}.
 *
 * <p>Options: {@code --port --ca --server-pid} (required), {@code --host=127.0.0.1 --count=10000
 * --threads=8 --hold-seconds=30 --histogram=12 --jcmd=PATH}; the token in {@code OPENDSQL_PASSWORD} or
 * {@code --opendsql-password}. Exits 1 when a connection could not be opened or did not survive.
 */
public final class IdleConnections {
    private IdleConnections() {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        Engine engine = new Engine("OpenDSQL", options.get("host", "127.0.0.1"), Integer.parseInt(options.get("port")),
                options.get("ca"), options.get("user", "admin"),
                options.get("opendsql-password", System.getenv("OPENDSQL_PASSWORD")));
        int count = options.integer("count", 10_000);
        int threads = options.integer("threads", 8);
        Duration hold = Duration.ofSeconds(options.integer("hold-seconds", 30));
        ServerProbe probe = new ServerProbe(Long.parseLong(options.get("server-pid")),
                Path.of(options.get("jcmd", Path.of(System.getProperty("java.home"), "bin", "jcmd").toString())));

        probe.collectGarbage();
        ServerProbe.Reading before = probe.read();
        System.out.println("server before:            " + before.describe());

        ConcurrentLinkedQueue<Connection> opened = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long rampStarted = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            workers.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    try {
                        opened.add(engine.connect());
                    } catch (Exception e) {
                        failures.add(e.getMessage());
                    }
                    int done = i + 1;
                    if (done % 1000 == 0) {
                        System.err.printf("  %,d connects attempted, %,d open, %.1f s%n", done, opened.size(),
                                (System.nanoTime() - rampStarted) / 1e9);
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double rampSeconds = (System.nanoTime() - rampStarted) / 1e9;
        System.out.printf("ramp-up:                  %,d of %,d connections open in %.1f s = %,.0f connections/s"
                + " (%d client threads), %,d refused%n", opened.size(), count, rampSeconds, opened.size() / rampSeconds,
                threads, failures.size());
        failures.stream().distinct().limit(5).forEach(message -> System.out.println("  refused: " + message));

        Thread.sleep(2_000);
        ServerProbe.Reading open = probe.read();
        probe.collectGarbage();
        ServerProbe.Reading live = probe.read();
        System.out.println("server with all open:     " + open.describe());
        System.out.println("  after a full GC:        " + live.describe());
        if (!opened.isEmpty()) {
            System.out.printf("  per connection:         %,.1f KiB RSS, %,.1f KiB live heap%n",
                    (double) (open.rssKib() - before.rssKib()) / opened.size(),
                    (double) (live.heapUsedKib() - before.heapUsedKib()) / opened.size());
        }

        int top = options.integer("histogram", 12);
        if (top > 0) {
            System.out.println("  largest classes in the server heap (instances, bytes, class):");
            probe.histogram(top).forEach(line -> System.out.println("  " + line));
        }

        System.out.printf("holding them idle for %d s%n", hold.toSeconds());
        Thread.sleep(hold.toMillis());
        ServerProbe.Reading held = probe.read();
        System.out.println("server after holding:     " + held.describe());

        AtomicInteger alive = new AtomicInteger();
        List<Future<?>> checks = new ArrayList<>();
        List<Connection> all = new ArrayList<>(opened);
        int slice = (all.size() + threads - 1) / threads;
        long checkStarted = System.nanoTime();
        for (int t = 0; t < threads; t++) {
            List<Connection> mine = all.subList(Math.min(all.size(), t * slice), Math.min(all.size(), (t + 1) * slice));
            checks.add(pool.submit(() -> {
                for (Connection connection : mine) {
                    try (Statement statement = connection.createStatement();
                         ResultSet rows = statement.executeQuery("SELECT 1")) {
                        if (rows.next() && rows.getInt(1) == 1) {
                            alive.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.add("after holding: " + e.getMessage());
                    }
                }
                return null;
            }));
        }
        for (Future<?> check : checks) {
            check.get();
        }
        System.out.printf("still open after %d s:     %,d of %,d answer SELECT 1 (checked in %.1f s)%n", hold.toSeconds(),
                alive.get(), opened.size(), (System.nanoTime() - checkStarted) / 1e9);

        long closeStarted = System.nanoTime();
        for (Connection connection : all) {
            connection.close();
        }
        pool.shutdown();
        Thread.sleep(2_000);
        System.out.printf("closed all in %.1f s; server now: %s%n", (System.nanoTime() - closeStarted) / 1e9,
                probe.read().describe());

        boolean ok = opened.size() == count && alive.get() == count;
        System.out.println(ok ? "RESULT: all " + count + " connections opened and stayed open"
                : "RESULT: FAILED (" + opened.size() + " opened, " + alive.get() + " alive, of " + count + ")");
        System.exit(ok ? 0 : 1);
    }
}
