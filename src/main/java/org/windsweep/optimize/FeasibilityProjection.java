package org.windsweep.optimize;

/**
 * Moves a nearly feasible point the least distance onto the constraints: repeatedly solves
 * min |d|^2 subject to the linearised constraints (Gauss-Newton on the feasibility problem). An SQP's last
 * iterate typically violates a curved constraint by round-off or a second-order term; this recovers it instead
 * of falling back to an earlier, worse iterate.
 */
final class FeasibilityProjection {

    private static final int MAX_ROUNDS = 10;

    private final AepMaximisation problem;
    private final double toleranceM;
    private final DualActiveSetQpSolver solver = new DualActiveSetQpSolver(1e-14);

    /** @param toleranceM the largest violation (m) the projected point may have */
    FeasibilityProjection(AepMaximisation problem, double toleranceM) {
        this.problem = problem;
        this.toleranceM = toleranceM;
    }

    /** The projected point, or null if it is still infeasible after a few rounds. */
    double[] project(double[] start) {
        int n = start.length;
        double[][] identity = new double[n][n];
        for (int i = 0; i < n; i++) {
            identity[i][i] = 1;
        }
        double[] u = start.clone();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            if (problem.maxViolationM(u) <= toleranceM) {
                return u;
            }
            Linearisation linear = Linearisation.at(problem.workingConstraints(u), u);
            QpResult step = solver.solve(identity, new double[n], linear.rows(), linear.values());
            if (!step.feasible()) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                u[i] += step.step()[i];
            }
        }
        return problem.maxViolationM(u) <= toleranceM ? u : null;
    }
}
