package org.windsweep.optimize;

/**
 * What the SQP found: the best feasible point it visited (or null if none was feasible) and its objective, the
 * last iterate, how many iterations ran, and why it stopped.
 */
public record SqpResult(double[] bestFeasible, double bestObjective, double[] last, int iterations,
                        StopReason stopReason) {

    public boolean converged() {
        return stopReason.converged();
    }
}
