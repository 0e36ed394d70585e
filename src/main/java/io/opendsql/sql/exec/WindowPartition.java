package io.opendsql.sql.exec;

import io.opendsql.sql.types.PgType;

/**
 * One partition of a window's sorted rows: for each position, the input row it holds, its ORDER BY key values,
 * and its peer group (rows equal on every ORDER BY key; all rows are peers without ORDER BY).
 */
final class WindowPartition {
    private final int[] rows;
    private final Object[][] orderValues;
    private final int[] peerStart;
    private final int[] peerEnd;
    private final int[] group;
    private final int[] groupStart;

    /**
     * @param rows        input row indexes in window order
     * @param orderValues ORDER BY key values of each position
     */
    WindowPartition(int[] rows, Object[][] orderValues, PgType[] orderTypes) {
        this.rows = rows;
        this.orderValues = orderValues;
        int n = rows.length;
        peerStart = new int[n];
        peerEnd = new int[n];
        group = new int[n];
        int[] starts = new int[n + 1];
        int groups = 0;
        int start = 0;
        for (int i = 0; i < n; i++) {
            if (i > 0 && !KeyOrder.equal(orderTypes, orderValues[i - 1], orderValues[i])) {
                for (int j = start; j < i; j++) {
                    peerEnd[j] = i;
                }
                start = i;
                groups++;
            }
            if (i == start) {
                starts[groups] = i;
            }
            peerStart[i] = start;
            group[i] = groups;
        }
        for (int j = start; j < n; j++) {
            peerEnd[j] = n;
        }
        int groupCount = n == 0 ? 0 : groups + 1;
        groupStart = new int[groupCount + 1];
        System.arraycopy(starts, 0, groupStart, 0, groupCount);
        groupStart[groupCount] = n;
    }

    int size() {
        return rows.length;
    }

    /** The input row index at a position. */
    int row(int position) {
        return rows[position];
    }

    /** The first ORDER BY key's value at a position (RANGE offsets compare it). */
    Object firstKey(int position) {
        return orderValues[position][0];
    }

    int peerStart(int position) {
        return peerStart[position];
    }

    /** One past the last peer of a position. */
    int peerEnd(int position) {
        return peerEnd[position];
    }

    /** The position's peer group number, from 0. */
    int group(int position) {
        return group[position];
    }

    int groupCount() {
        return groupStart.length - 1;
    }

    /** The first position of a peer group; {@code groupCount()} gives the partition's size. */
    int groupStart(int groupNumber) {
        return groupStart[groupNumber];
    }
}
