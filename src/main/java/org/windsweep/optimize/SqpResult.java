package org.windsweep.optimize;

/**
 * What the SQP found: the best feasible point it visited (or null if none was feasible) and its objective, the
 * last iterate, how many iterations ran, and whether it stopped because it converged.
 */
public record SqpResult(double[] bestFeasible, double bestObjective, double[] last, int iterations,
                        boolean converged) {
}
