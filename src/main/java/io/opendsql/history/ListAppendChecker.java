package io.opendsql.history;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a list-append history for snapshot isolation. Every append of a value to a key is unique, so a read
 * of a key names exactly which transactions' appends it saw. From that:
 * <ol>
 *   <li>each key's version order is its longest read; every other read must be a prefix of it
 *       ({@code incompatible-order}); a read may contain only appended values ({@code garbage-read}) and
 *       none twice;</li>
 *   <li>a committed transaction may not read a value of a failed one ({@code G1a}) or a value another
 *       transaction later overwrote within itself, i.e. not its last append to that key ({@code G1b}); its
 *       reads must include its own earlier appends ({@code internal});</li>
 *   <li>between committed (and observed indeterminate) transactions: {@code ww} from the appender of a
 *       version to the appender of the next, {@code wr} from the appender of a read's last value to the
 *       reader, {@code rw} from a reader to the appender of the version after what it read. A cycle of
 *       {@code ww} edges is G0, of ww and wr G1c, with exactly one {@code rw} G-single (read skew, lost
 *       update); cycles with two or more {@code rw} edges are G2, which snapshot isolation allows (write
 *       skew) and which are only counted.</li>
 * </ol>
 */
public final class ListAppendChecker {
    enum Edge { WW, WR, RW }

    /** What the check found: anomalies snapshot isolation forbids, and how many G2 cycles it allows. */
    public record Result(List<Anomaly> anomalies, int transactions, int allowedG2Cycles) {
        public boolean valid() {
            return anomalies.isEmpty();
        }
    }

    private final List<Operation> history;
    private final List<Anomaly> anomalies = new ArrayList<>();
    /** key → value → index of the transaction that appended it. */
    private final Map<Long, Map<Long, Integer>> appender = new HashMap<>();
    /** key → the version order (the longest read). */
    private final Map<Long, List<Long>> order = new HashMap<>();
    private final List<Map<Integer, EnumSet<Edge>>> edges = new ArrayList<>();

    private ListAppendChecker(List<Operation> history) {
        this.history = history;
        for (int i = 0; i < history.size(); i++) {
            edges.add(new HashMap<>());
        }
    }

    public static Result check(List<Operation> history) {
        return new ListAppendChecker(history).run();
    }

    private Result run() {
        indexAppends();
        versionOrders();
        readsOfCommittedTransactions();
        dependencies();
        int g2 = cycles();
        return new Result(List.copyOf(anomalies), history.size(), g2);
    }

    private void indexAppends() {
        for (int t = 0; t < history.size(); t++) {
            for (Operation.Micro micro : history.get(t).micros()) {
                if (micro.append()) {
                    Integer previous = appender.computeIfAbsent(micro.key(), k -> new HashMap<>()).put(micro.value(), t);
                    if (previous != null && previous != t) {
                        anomalies.add(new Anomaly("duplicate-append", "value " + micro.value() + " appended to key "
                                + micro.key() + " by transactions " + previous + " and " + t));
                    }
                }
            }
        }
    }

    private void versionOrders() {
        for (Operation op : history) {
            if (op.outcome() != Operation.Outcome.OK) {
                continue;
            }
            for (Operation.Micro micro : op.micros()) {
                if (!micro.append() && micro.values() != null) {
                    List<Long> longest = order.get(micro.key());
                    if (longest == null || micro.values().size() > longest.size()) {
                        order.put(micro.key(), micro.values());
                    }
                }
            }
        }
        for (int t = 0; t < history.size(); t++) {
            Operation op = history.get(t);
            if (op.outcome() != Operation.Outcome.OK) {
                continue;
            }
            for (Operation.Micro micro : op.micros()) {
                if (micro.append() || micro.values() == null) {
                    continue;
                }
                List<Long> longest = order.get(micro.key());
                if (!micro.values().equals(longest.subList(0, micro.values().size()))) {
                    anomalies.add(new Anomaly("incompatible-order", "transaction " + t + " read key " + micro.key()
                            + " as " + micro.values() + ", which is not a prefix of " + longest));
                }
                Set<Long> seen = new HashSet<>();
                for (Long value : micro.values()) {
                    if (!seen.add(value)) {
                        anomalies.add(new Anomaly("duplicate-append", "transaction " + t + " read value " + value
                                + " twice in key " + micro.key()));
                    }
                    if (!appender.getOrDefault(micro.key(), Map.of()).containsKey(value)) {
                        anomalies.add(new Anomaly("garbage-read", "transaction " + t + " read value " + value
                                + " of key " + micro.key() + ", which nobody appended"));
                    }
                }
            }
        }
    }

    private void readsOfCommittedTransactions() {
        for (int t = 0; t < history.size(); t++) {
            Operation op = history.get(t);
            if (op.outcome() != Operation.Outcome.OK) {
                continue;
            }
            Map<Long, List<Long>> ownAppends = new HashMap<>();
            for (Operation.Micro micro : op.micros()) {
                if (micro.append()) {
                    ownAppends.computeIfAbsent(micro.key(), k -> new ArrayList<>()).add(micro.value());
                    continue;
                }
                if (micro.values() == null) {
                    continue;
                }
                List<Long> own = ownAppends.getOrDefault(micro.key(), List.of());
                List<Long> values = micro.values();
                if (values.size() < own.size() || !values.subList(values.size() - own.size(), values.size()).equals(own)) {
                    anomalies.add(new Anomaly("internal", "transaction " + t + " read key " + micro.key() + " as "
                            + values + " after appending " + own));
                }
                for (Long value : values) {
                    Integer writer = appender.getOrDefault(micro.key(), Map.of()).get(value);
                    if (writer == null || writer == t) {
                        continue;
                    }
                    if (history.get(writer).outcome() == Operation.Outcome.FAIL) {
                        anomalies.add(new Anomaly("G1a", "transaction " + t + " read value " + value + " of key "
                                + micro.key() + " appended by transaction " + writer + ", which aborted"));
                    }
                }
                if (!values.isEmpty()) {
                    long last = values.get(values.size() - 1);
                    Integer writer = appender.getOrDefault(micro.key(), Map.of()).get(last);
                    if (writer != null && writer != t && !last(writer, micro.key()).equals(last)) {
                        anomalies.add(new Anomaly("G1b", "transaction " + t + " read key " + micro.key() + " ending in "
                                + last + ", an intermediate append of transaction " + writer));
                    }
                }
            }
        }
    }

    /** The last value transaction {@code t} appended to {@code key}. */
    private Long last(int t, long key) {
        Long last = null;
        for (Operation.Micro micro : history.get(t).micros()) {
            if (micro.append() && micro.key() == key) {
                last = micro.value();
            }
        }
        return last;
    }

    /** Whether a transaction's writes may be part of the graph: committed, or indeterminate but observed. */
    private boolean inGraph(int t) {
        return history.get(t).outcome() != Operation.Outcome.FAIL;
    }

    private void dependencies() {
        for (Map.Entry<Long, List<Long>> entry : order.entrySet()) {
            long key = entry.getKey();
            List<Long> versions = entry.getValue();
            Map<Long, Integer> writers = appender.getOrDefault(key, Map.of());
            for (int i = 1; i < versions.size(); i++) {
                Integer before = writers.get(versions.get(i - 1));
                Integer after = writers.get(versions.get(i));
                if (before != null && after != null && !before.equals(after) && inGraph(before) && inGraph(after)) {
                    add(before, after, Edge.WW);
                }
            }
        }
        for (int t = 0; t < history.size(); t++) {
            Operation op = history.get(t);
            if (op.outcome() != Operation.Outcome.OK) {
                continue;
            }
            for (Operation.Micro micro : op.micros()) {
                if (micro.append() || micro.values() == null) {
                    continue;
                }
                Map<Long, Integer> writers = appender.getOrDefault(micro.key(), Map.of());
                List<Long> values = micro.values();
                List<Long> versions = order.getOrDefault(micro.key(), List.of());
                if (!values.isEmpty()) {
                    Integer writer = writers.get(values.get(values.size() - 1));
                    if (writer != null && writer != t && inGraph(writer)) {
                        add(writer, t, Edge.WR);
                    }
                }
                // the first version after what t read, written by someone else, overwrote what t saw
                for (int i = values.size(); i < versions.size(); i++) {
                    Integer next = writers.get(versions.get(i));
                    if (next != null && next != t) {
                        if (inGraph(next)) {
                            add(t, next, Edge.RW);
                        }
                        break;
                    }
                }
            }
        }
    }

    private void add(int from, int to, Edge edge) {
        edges.get(from).computeIfAbsent(to, k -> EnumSet.noneOf(Edge.class)).add(edge);
    }

    /** Finds forbidden cycles and counts allowed ones; returns the number of G2 cycles seen. */
    private int cycles() {
        Set<String> reported = new HashSet<>();
        // a G0 cycle is also a G1c cycle: report the stronger only
        if (!findCycle(EnumSet.of(Edge.WW), "G0", reported)) {
            findCycle(EnumSet.of(Edge.WW, Edge.WR), "G1c", reported);
        }
        int g2 = 0;
        for (int from = 0; from < edges.size(); from++) {
            for (Map.Entry<Integer, EnumSet<Edge>> e : edges.get(from).entrySet()) {
                if (!e.getValue().contains(Edge.RW)) {
                    continue;
                }
                List<Integer> path = path(e.getKey(), from, EnumSet.of(Edge.WW, Edge.WR));
                if (path != null) {
                    String name = "G-single " + from + "->" + e.getKey();
                    if (reported.add(name)) {
                        anomalies.add(new Anomaly("G-single", "cycle with one read-write edge: " + from + " -rw-> "
                                + path));
                    }
                } else if (path(e.getKey(), from, EnumSet.allOf(Edge.class)) != null) {
                    g2++;
                }
            }
        }
        return g2;
    }

    private boolean findCycle(EnumSet<Edge> allowed, String type, Set<String> reported) {
        for (int from = 0; from < edges.size(); from++) {
            for (Map.Entry<Integer, EnumSet<Edge>> e : edges.get(from).entrySet()) {
                if (java.util.Collections.disjoint(e.getValue(), allowed)) {
                    continue;
                }
                List<Integer> path = path(e.getKey(), from, allowed);
                if (path != null && reported.add(type)) {
                    anomalies.add(new Anomaly(type, "cycle over " + allowed + " edges: " + from + " -> " + path));
                    return true;
                }
            }
        }
        return false;
    }

    /** A path from {@code start} to {@code target} over edges of the allowed kinds (BFS), or null. */
    private List<Integer> path(int start, int target, EnumSet<Edge> allowed) {
        Map<Integer, Integer> parent = new HashMap<>();
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        parent.put(start, -1);
        while (!queue.isEmpty()) {
            int node = queue.poll();
            if (node == target) {
                List<Integer> path = new ArrayList<>();
                for (int n = node; n != -1; n = parent.get(n)) {
                    path.add(0, n);
                }
                return path;
            }
            for (Map.Entry<Integer, EnumSet<Edge>> e : edges.get(node).entrySet()) {
                if (!java.util.Collections.disjoint(e.getValue(), allowed) && !parent.containsKey(e.getKey())) {
                    parent.put(e.getKey(), node);
                    queue.add(e.getKey());
                }
            }
        }
        return null;
    }
}
