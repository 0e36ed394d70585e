package io.opendsql.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What a server process on this machine uses, read from outside it: resident memory and threads from
 * {@code /proc/<pid>/status}, open sockets from {@code /proc/<pid>/fd}, and the Java heap from
 * {@code jcmd <pid> GC.heap_info}.
 */
final class ServerProbe {
    private static final Pattern HEAP_TOTALS = Pattern.compile("heap\\s+total (?:reserved \\d+K, committed )?(\\d+)K, used (\\d+)K");

    private final long pid;
    private final Path jcmd;

    ServerProbe(long pid, Path jcmd) {
        this.pid = pid;
        this.jcmd = jcmd;
    }

    /** One reading. Heap figures are -1 when jcmd could not be asked. */
    record Reading(long rssKib, long peakRssKib, int threads, int sockets, long heapCommittedKib, long heapUsedKib) {
        String describe() {
            return String.format("RSS %,d KiB (peak %,d KiB), heap used %,d KiB of %,d KiB committed, %d threads, %,d sockets",
                    rssKib, peakRssKib, heapUsedKib, heapCommittedKib, threads, sockets);
        }
    }

    Reading read() throws IOException, InterruptedException {
        long rss = -1;
        long peak = -1;
        int threads = -1;
        for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
            if (line.startsWith("VmRSS:")) {
                rss = kib(line);
            } else if (line.startsWith("VmHWM:")) {
                peak = kib(line);
            } else if (line.startsWith("Threads:")) {
                threads = Integer.parseInt(line.substring("Threads:".length()).strip());
            }
        }
        long[] heap = heap();
        return new Reading(rss, peak, threads, sockets(), heap[0], heap[1]);
    }

    /**
     * Asks the server JVM for a full collection, so the next heap reading shows live data, then waits a
     * little: the collector gives memory back to the system concurrently, which lowers the RSS.
     */
    void collectGarbage() throws IOException, InterruptedException {
        jcmd("GC.run");
        Thread.sleep(3_000);
    }

    /** The {@code top} classes by live bytes, from {@code jcmd <pid> GC.class_histogram}. */
    List<String> histogram(int top) throws IOException, InterruptedException {
        return jcmd("GC.class_histogram").lines()
                .filter(line -> line.matches("\\s*\\d+:\\s+\\d+\\s+\\d+\\s+.*"))
                .limit(top)
                .toList();
    }

    private int sockets() throws IOException {
        int count = 0;
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(pid), "fd"))) {
            for (Path descriptor : (Iterable<Path>) descriptors::iterator) {
                try {
                    if (Files.readSymbolicLink(descriptor).toString().startsWith("socket:")) {
                        count++;
                    }
                } catch (IOException closedMeanwhile) {
                    // the descriptor went away between listing and reading
                }
            }
        }
        return count;
    }

    private long[] heap() throws IOException, InterruptedException {
        String output = jcmd("GC.heap_info");
        Matcher totals = HEAP_TOTALS.matcher(output);
        if (totals.find()) {
            return new long[] {Long.parseLong(totals.group(1)), Long.parseLong(totals.group(2))};
        }
        System.err.println("jcmd GC.heap_info gave no heap totals:\n" + output);
        return new long[] {-1, -1};
    }

    private String jcmd(String command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(jcmd.toString(), Long.toString(pid), command))
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return output;
    }

    private static long kib(String statusLine) {
        return Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
    }
}
