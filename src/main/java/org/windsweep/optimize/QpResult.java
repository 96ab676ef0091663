package org.windsweep.optimize;

/**
 * The answer of a quadratic subproblem: the step, one non-negative multiplier per constraint (zero for those not
 * active), and whether the constraints could be met at all.
 */
public record QpResult(double[] step, double[] multipliers, boolean feasible) {
}
