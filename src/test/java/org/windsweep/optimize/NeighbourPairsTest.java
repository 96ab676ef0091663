package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeighbourPairsTest {

    /** The near pairs are those of the double loop over all pairs, in its order. */
    @Test
    void findsEveryPairWithinReachInTheOrderOfTheDoubleLoop() {
        Random random = new Random(4);
        for (double reach : new double[] {0.3, 1, 2.5}) {
            int n = 300;
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = -20 + 40 * random.nextDouble();
                y[i] = 15 * random.nextDouble();
            }
            x[7] = x[3] + reach * 0.999999; // pairs just inside the reach, across cell borders
            y[7] = y[3];
            x[11] = x[5];
            y[11] = y[5] - reach * 0.999999;
            List<int[]> expected = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (Math.hypot(x[i] - x[j], y[i] - y[j]) < reach) {
                        expected.add(new int[] {i, j});
                    }
                }
            }
            List<int[]> found = new ArrayList<>();
            for (int[] pair : NeighbourPairs.within(x, y, reach)) {
                if (Math.hypot(x[pair[0]] - x[pair[1]], y[pair[0]] - y[pair[1]]) < reach) {
                    found.add(pair);
                }
            }
            assertTrue(expected.size() > 10, "the test has near pairs at reach " + reach);
            assertArrayEquals(expected.toArray(new int[0][]), found.toArray(new int[0][]), "reach " + reach);
        }
    }
}
