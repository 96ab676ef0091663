package org.windsweep.physics;

/** Copies of probability matrices, so that immutable sites and roses never share rows with their callers. */
final class Matrices {

    private Matrices() {
    }

    static double[][] copy(double[][] rows) {
        double[][] copy = new double[rows.length][];
        for (int r = 0; r < rows.length; r++) {
            copy[r] = rows[r].clone();
        }
        return copy;
    }
}
