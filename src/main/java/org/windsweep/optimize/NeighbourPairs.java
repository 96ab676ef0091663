package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The pairs of points closer than a reach, found through a grid of cells one reach wide, so that the cost grows with
 * the number of points and their near neighbours instead of with all N^2 pairs. Pairs come in the order of the
 * plain double loop (i ascending, then j &gt; i ascending), so that sums over them are the same as over all pairs.
 */
final class NeighbourPairs {

    private NeighbourPairs() {
    }

    /**
     * Every pair (i, j), i &lt; j, with (x_i - x_j)^2 + (y_i - y_j)^2 &lt; reach^2, as {i, j}; also pairs a little
     * farther (the caller applies its own test): everything within the same or adjacent cells.
     */
    static List<int[]> within(double[] x, double[] y, double reach) {
        int n = x.length;
        Map<Long, List<Integer>> cells = new HashMap<>();
        long[] cellOf = new long[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = key(cell(x[i], reach), cell(y[i], reach));
            cells.computeIfAbsent(cellOf[i], k -> new ArrayList<>()).add(i);
        }
        List<int[]> pairs = new ArrayList<>();
        int[] near = new int[n];
        for (int i = 0; i < n; i++) {
            long cx = cell(x[i], reach);
            long cy = cell(y[i], reach);
            int count = 0;
            for (long dx = -1; dx <= 1; dx++) {
                for (long dy = -1; dy <= 1; dy++) {
                    for (int j : cells.getOrDefault(key(cx + dx, cy + dy), List.of())) {
                        if (j > i) {
                            near[count++] = j;
                        }
                    }
                }
            }
            Arrays.sort(near, 0, count);
            for (int k = 0; k < count; k++) {
                pairs.add(new int[] {i, near[k]});
            }
        }
        return pairs;
    }

    private static long cell(double coordinate, double reach) {
        return (long) Math.floor(coordinate / reach);
    }

    /** One key per cell: the two cell indices (far below 2^31 in magnitude for any farm) packed into a long. */
    private static long key(long cx, long cy) {
        return (cx << 32) ^ (cy & 0xffffffffL);
    }
}
