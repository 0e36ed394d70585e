package io.opendsql.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The foundation benchmark: the same pgJDBC workload against OpenDSQL and PostgreSQL, side by side.
 * <ul>
 *   <li>connection setup (TCP + TLS with certificate verification + password/token authentication +
 *       startup, until the connection is ready for a query), median and p99 over {@code --connects};</li>
 *   <li>{@code SELECT 1} round trips per second on one connection and on {@code --threads} connections.</li>
 * </ul>
 * Not a test: run it through {@code bench/run-foundation.sh}, which starts both servers.
 *
 * <p>Options: {@code --opendsql-port --opendsql-ca} (token in {@code OPENDSQL_PASSWORD}),
 * {@code --postgres-port --postgres-ca --postgres-user} (password in {@code POSTGRES_PASSWORD}),
 * {@code --connects=500 --warmup-connects=50 --seconds=10 --threads=8 --rounds=3 --out=FILE}. Each round
 * measures both engines, in alternating order; connect times are pooled over the rounds and the
 * {@code SELECT 1} rates are the medians of the rounds.
 */
public final class FoundationBench {
    private FoundationBench() {
    }

    /** One engine's numbers. */
    record Results(double connectMedianMillis, double connectP99Millis, double connectMeanMillis,
                   double selectOnePerSecondOne, double selectOnePerSecondMany) {
    }

    public static void main(String[] args) throws Exception {
        BenchOptions options = new BenchOptions(args);
        List<Engine> engines = List.of(
                Engine.fromOptions(options, "opendsql", "OpenDSQL", "admin"),
                Engine.fromOptions(options, "postgres", "PostgreSQL", "postgres"));
        int connects = options.integer("connects", 500);
        int warmupConnects = options.integer("warmup-connects", 50);
        Duration duration = Duration.ofSeconds(options.integer("seconds", 10));
        int threads = options.integer("threads", 8);

        for (Engine engine : engines) {
            System.err.printf("%s: warming up (%d connects, SELECT 1 for 3 s)%n", engine.name(), warmupConnects);
            connectionSetup(engine, warmupConnects);
            selectOnePerSecond(engine, threads, Duration.ofSeconds(3));
        }
        // Rounds alternate the engines' order, and the medians over rounds are reported, so that load
        // from elsewhere on the machine falls on both engines alike.
        int rounds = options.integer("rounds", 3);
        List<List<long[]>> connectSamples = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> oneSamples = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> manySamples = List.of(new ArrayList<>(), new ArrayList<>());
        for (int round = 0; round < rounds; round++) {
            for (int step = 0; step < engines.size(); step++) {
                int e = round % 2 == 0 ? step : engines.size() - 1 - step;
                Engine engine = engines.get(e);
                System.err.printf("round %d/%d, %s: %d connects, then SELECT 1 on 1 and on %d connections for %d s%n",
                        round + 1, rounds, engine.name(), connects, threads, duration.toSeconds());
                connectSamples.get(e).add(connectionSetup(engine, connects));
                oneSamples.get(e).add(selectOnePerSecond(engine, 1, duration));
                manySamples.get(e).add(selectOnePerSecond(engine, threads, duration));
            }
        }
        List<Results> results = new ArrayList<>();
        for (int e = 0; e < engines.size(); e++) {
            long[] connectNanos = connectSamples.get(e).stream().flatMapToLong(Arrays::stream).toArray();
            results.add(new Results(percentile(connectNanos, 50) / 1e6, percentile(connectNanos, 99) / 1e6,
                    Arrays.stream(connectNanos).average().orElseThrow() / 1e6, median(oneSamples.get(e)),
                    median(manySamples.get(e))));
            System.err.printf("%s SELECT 1 per second by round: 1 connection %s, %d connections %s%n",
                    engines.get(e).name(), rounded(oneSamples.get(e)), threads, rounded(manySamples.get(e)));
        }

        String table = table(engines, results, connects * rounds, threads, rounds);
        System.out.print(table);
        if (options.has("out")) {
            Path out = Path.of(options.get("out"));
            Files.createDirectories(out.toAbsolutePath().getParent());
            Files.writeString(out, table);
        }
    }

    /** Times {@code count} connects, each closed before the next. */
    static long[] connectionSetup(Engine engine, int count) throws SQLException {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            long started = System.nanoTime();
            Connection connection = engine.connect();
            nanos[i] = System.nanoTime() - started;
            connection.close();
        }
        return nanos;
    }

    /** {@code SELECT 1} round trips per second over {@code connections} connections, one thread each. */
    static double selectOnePerSecond(Engine engine, int connections, Duration duration) throws Exception {
        List<Connection> opened = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(connections);
        try {
            for (int i = 0; i < connections; i++) {
                opened.add(engine.connect());
            }
            runSelectOne(pool, opened, Duration.ofSeconds(Math.min(3, duration.toSeconds())));
            long started = System.nanoTime();
            long count = runSelectOne(pool, opened, duration);
            return count / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
            for (Connection connection : opened) {
                connection.close();
            }
        }
    }

    private static long runSelectOne(ExecutorService pool, List<Connection> connections, Duration duration)
            throws Exception {
        long deadline = System.nanoTime() + duration.toNanos();
        List<Future<Long>> counts = new ArrayList<>();
        for (Connection connection : connections) {
            counts.add(pool.submit(() -> {
                long done = 0;
                try (Statement statement = connection.createStatement()) {
                    while (System.nanoTime() < deadline) {
                        try (ResultSet rows = statement.executeQuery("SELECT 1")) {
                            if (!rows.next() || rows.getInt(1) != 1) {
                                throw new IllegalStateException("SELECT 1 did not return 1");
                            }
                        }
                        done++;
                    }
                }
                return done;
            }));
        }
        long total = 0;
        for (Future<Long> count : counts) {
            total += count.get();
        }
        return total;
    }

    static double percentile(long[] values, double percent) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(percent / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
    }

    static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
    }

    private static List<Long> rounded(List<Double> values) {
        return values.stream().map(Math::round).toList();
    }

    static String table(List<Engine> engines, List<Results> results, int connects, int threads, int rounds) {
        Results open = results.get(0);
        Results postgres = results.get(1);
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%-38s %12s %12s %18s%n", "pgJDBC, TLS verify-full",
                engines.get(0).name(), engines.get(1).name(), "OpenDSQL/PostgreSQL"));
        row(out, "connect median, ms (n=" + connects + ")", open.connectMedianMillis(), postgres.connectMedianMillis(), 2);
        row(out, "connect p99, ms", open.connectP99Millis(), postgres.connectP99Millis(), 2);
        row(out, "connect mean, ms", open.connectMeanMillis(), postgres.connectMeanMillis(), 2);
        row(out, "SELECT 1 per second, 1 connection", open.selectOnePerSecondOne(), postgres.selectOnePerSecondOne(), 0);
        row(out, "SELECT 1 per second, " + threads + " connections", open.selectOnePerSecondMany(),
                postgres.selectOnePerSecondMany(), 0);
        out.append(String.format(Locale.ROOT, "(connect times pooled over %d rounds; SELECT 1 rates are the median"
                + " of %d rounds)%n", rounds, rounds));
        return out.toString();
    }

    private static void row(StringBuilder out, String label, double open, double postgres, int decimals) {
        String format = "%-38s %12." + decimals + "f %12." + decimals + "f %18.2f%n";
        out.append(String.format(Locale.ROOT, format, label, open, postgres, open / postgres));
    }
}
