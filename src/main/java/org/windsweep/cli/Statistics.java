package org.windsweep.cli;

import java.util.Arrays;

/** The summary figures the benchmarks print. */
final class Statistics {

    private Statistics() {
    }

    /** The median: the middle value, or the mean of the two middle values of an even count. */
    static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : 0.5 * (sorted[n / 2 - 1] + sorted[n / 2]);
    }
}
