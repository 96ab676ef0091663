package org.windsweep.physics;

/**
 * Scratch for a batch of rotor averages ({@link RotorAverage#shapeValues}): the points to look up and what a staged
 * lookup keeps between its stages, in arrays that grow to the largest batch asked for. Owned by one kernel (not
 * thread-safe).
 */
final class LookupScratch {

    /** The points: r and c (or c^2) in units of sigma, where each result goes, and the results. */
    double[] r = new double[0];
    double[] c = new double[0];
    double[] cSquared = new double[0];
    int[] slot = new int[0];
    double[] shapes = new double[0];
    /** Per point: a table cell (its first value's index) and the position in it, or a cell < 0 where done. */
    int[] cell = new int[0];
    double[] u = new double[0];
    double[] v = new double[0];

    /** Makes room for count points. */
    void ensure(int count) {
        if (r.length < count) {
            r = new double[count];
            c = new double[count];
            cSquared = new double[count];
            slot = new int[count];
            shapes = new double[count];
            cell = new int[count];
            u = new double[count];
            v = new double[count];
        }
    }
}
