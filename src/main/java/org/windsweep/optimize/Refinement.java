package org.windsweep.optimize;

/**
 * One SQP run from a layout to its local optimum, ending on a feasible layout: the best feasible iterate, or the
 * last iterate projected onto the constraints when that is better (an SQP's last iterate often violates a curved
 * constraint by a second-order amount).
 */
final class Refinement {

    /** A refined layout in scaled variables, its AEP (GWh), the SQP iterations spent and whether SQP converged. */
    record Outcome(double[] u, double aep, int iterations, boolean converged) {
    }

    private final AepMaximisation problem;
    private final long deadlineNanos;
    private final double tolerance;
    private final Cancellation cancellation;

    Refinement(AepMaximisation problem, long deadlineNanos, double tolerance, Cancellation cancellation) {
        this.problem = problem;
        this.deadlineNanos = deadlineNanos;
        this.tolerance = tolerance;
        this.cancellation = cancellation;
    }

    /**
     * @param startAep the AEP of the start if it is feasible and should be kept when nothing better is found, or
     *                 -infinity when the start must be improved on to count
     */
    Outcome run(double[] start, double startAep, int maxIterations) {
        SqpSettings settings = new SqpSettings(maxIterations, deadlineNanos, tolerance, LayoutOptimizer.MAX_STEP);
        SqpResult sqp = new SqpOptimizer(problem, settings).minimise(start, cancellation);
        double[] best = start;
        double bestAep = startAep;
        if (sqp.bestFeasible() != null && problem.aepGwh(sqp.bestObjective()) > bestAep) {
            best = sqp.bestFeasible();
            bestAep = problem.aepGwh(sqp.bestObjective());
        }
        if (!problem.isFeasible(sqp.last())) {
            double[] projected = new FeasibilityProjection(problem, FeasibilityRule.TOLERANCE_M)
                    .project(sqp.last());
            if (projected != null) {
                double projectedAep = problem.aepGwh(problem.objective(projected, new double[projected.length]));
                if (projectedAep > bestAep) {
                    best = projected;
                    bestAep = projectedAep;
                }
            }
        }
        return new Outcome(best, bestAep, sqp.iterations(), sqp.converged());
    }
}
