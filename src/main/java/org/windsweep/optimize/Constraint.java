package org.windsweep.optimize;

/** One smooth inequality constraint c(x) >= 0 of the optimiser, depending on a few of its variables only. */
public interface Constraint {

    /** The variables c depends on; {@link #value} writes the partial derivatives in this order. */
    int[] variables();

    double value(double[] x, double[] partials);
}
