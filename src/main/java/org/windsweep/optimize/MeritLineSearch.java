package org.windsweep.optimize;

/**
 * Backtracking along an SQP step on the L1 merit function phi(x) = f(x) + rho * sum of violations, with the
 * Armijo condition and safeguarded quadratic interpolation (never shrinking the step below a tenth at once).
 */
public final class MeritLineSearch {

    private static final double ARMIJO = 1e-4;
    private static final int MAX_TRIALS = 12;

    /** A point tried along the step. */
    public record Trial(double[] x, double f, double[] gradient, double merit, boolean accepted) {
    }

    private final ConstrainedProblem problem;

    public MeritLineSearch(ConstrainedProblem problem) {
        this.problem = problem;
    }

    /**
     * @param merit0 phi at x
     * @param slope  an estimate of phi's directional derivative along d (negative for a descent step)
     * @param alpha0 the first step fraction tried (at most 1)
     */
    public Trial search(double[] x, double[] d, double rho, double merit0, double slope, double alpha0,
                        Cancellation cancellation) {
        int n = x.length;
        double alpha = alpha0;
        Trial last = null;
        for (int trial = 0; trial < MAX_TRIALS; trial++) {
            cancellation.check();
            double[] xt = new double[n];
            for (int i = 0; i < n; i++) {
                xt[i] = x[i] + alpha * d[i];
            }
            double[] gt = new double[n];
            double ft = problem.objective(xt, gt);
            double mt = ft + rho * problem.totalViolation(xt);
            boolean ok = mt <= merit0 + ARMIJO * alpha * slope;
            last = new Trial(xt, ft, gt, mt, ok);
            if (ok) {
                return last;
            }
            double curvature = mt - merit0 - alpha * slope;
            double interpolated = curvature > 0 ? -0.5 * alpha * alpha * slope / curvature : 0.5 * alpha;
            alpha = Math.max(0.1 * alpha, Math.min(0.5 * alpha, interpolated));
        }
        return last;
    }
}
