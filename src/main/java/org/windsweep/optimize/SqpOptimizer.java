package org.windsweep.optimize;

import java.util.List;

/**
 * Sequential quadratic programming in the manner of Kraft's SLSQP: each iteration linearises the working
 * constraints, solves the quadratic subproblem with a damped-BFGS Hessian of the Lagrangian, and moves along
 * its step as far as the L1 merit function allows. It remembers the best feasible point it visits, because an
 * SQP's iterates may leave the feasible set on the way.
 */
public final class SqpOptimizer {

    private final ConstrainedProblem problem;
    private final SqpSettings settings;
    private final DualActiveSetQpSolver qpSolver = new DualActiveSetQpSolver(1e-12);

    public SqpOptimizer(ConstrainedProblem problem, SqpSettings settings) {
        this.problem = problem;
        this.settings = settings;
    }

    public SqpResult minimise(double[] start, Cancellation cancellation) {
        int n = problem.dimension();
        double[] x = start.clone();
        double[] g = new double[n];
        double f = problem.objective(x, g);
        DampedBfgs hessian = new DampedBfgs(n);
        MeritLineSearch lineSearch = new MeritLineSearch(problem);
        double rho = 0;
        double[] best = problem.isFeasible(x) ? x.clone() : null;
        double bestF = best != null ? f : Double.POSITIVE_INFINITY;
        int iterations = 0;
        StopReason stop;
        int failedSearches = 0; // line searches in a row that found no acceptable point
        while (true) {
            if (iterations >= settings.maxIterations()) {
                stop = StopReason.ITERATION_CAP;
                break;
            }
            if (System.nanoTime() - settings.deadlineNanos() >= 0) {
                stop = StopReason.TIME_LIMIT;
                break;
            }
            cancellation.check();
            List<Constraint> working = problem.workingConstraints(x);
            int m = working.size();
            Linearisation linear = Linearisation.at(working, x);
            double[] values = linear.values();
            QpResult qp = solveSubproblem(hessian, g, linear);
            iterations++;
            double[] d = qp.step();
            double[] lambda = qp.multipliers();
            double gd = dot(g, d);
            double complementarity = 0;
            double maxLambda = 0;
            for (int i = 0; i < m; i++) {
                complementarity += Math.abs(lambda[i] * values[i]);
                maxLambda = Math.max(maxLambda, lambda[i]);
            }
            if (Math.abs(gd) + complementarity < settings.tolerance() && problem.isFeasible(x)) {
                stop = StopReason.CONVERGED_KKT;
                break;
            }
            rho = Math.max(maxLambda, 0.5 * (rho + maxLambda));
            double violation = problem.totalViolation(x);
            double merit0 = f + rho * violation;
            double slope = gd - rho * violation;
            double alpha0 = Math.min(1, settings.maxStep() / maxAbs(d));
            MeritLineSearch.Trial trial = lineSearch.search(x, d, rho, merit0, slope, alpha0, cancellation);
            if (!trial.accepted()) {
                if (failedSearches++ > 0) {
                    stop = StopReason.LINE_SEARCH_STALLED; // no progress along two steps, the second from a fresh Hessian
                    break;
                }
                hessian.reset();
                continue;
            }
            failedSearches = 0;
            double[] s = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                s[i] = trial.x()[i] - x[i];
                y[i] = trial.gradient()[i] - g[i];
            }
            subtractConstraintCurvature(working, lambda, x, trial.x(), y);
            hessian.update(s, y);
            x = trial.x();
            f = trial.f();
            g = trial.gradient();
            if (f < bestF && problem.isFeasible(x)) {
                best = x.clone();
                bestF = f;
            }
        }
        return new SqpResult(best, bestF, x, iterations, stop);
    }

    /**
     * The QP at the current point; when its linearised constraints are inconsistent (possible from an
     * infeasible iterate), the violated ones are asked for less and less repair, as SLSQP's relaxation does:
     * with no repair asked, d = 0 is feasible, so there is always an answer.
     */
    private QpResult solveSubproblem(DampedBfgs hessian, double[] g, Linearisation linear) {
        try {
            return relaxedSolve(hessian, g, linear);
        } catch (NotPositiveDefiniteException e) {
            // Damped BFGS keeps the Hessian positive definite in exact arithmetic only; start its curvature afresh.
            hessian.reset();
            return relaxedSolve(hessian, g, linear);
        }
    }

    private QpResult relaxedSolve(DampedBfgs hessian, double[] g, Linearisation linear) {
        QpResult qp = qpSolver.solve(hessian.matrix(), g, linear.rows(), linear.values());
        for (double keep : new double[] {0.5, 0.1, 0}) {
            if (qp.feasible()) {
                break;
            }
            qp = qpSolver.solve(hessian.matrix(), g, linear.rows(), linear.relaxedValues(keep));
        }
        return qp;
    }

    /** y -= sum_i lambda_i (grad c_i(xNew) - grad c_i(x)): the change of the Lagrangian's gradient, not f's. */
    private static void subtractConstraintCurvature(List<Constraint> working, double[] lambda, double[] x,
                                                    double[] xNew, double[] y) {
        for (int i = 0; i < working.size(); i++) {
            if (lambda[i] == 0) {
                continue;
            }
            Constraint c = working.get(i);
            int[] vars = c.variables();
            double[] before = new double[vars.length];
            double[] after = new double[vars.length];
            c.value(x, before);
            c.value(xNew, after);
            for (int k = 0; k < vars.length; k++) {
                y[vars[k]] -= lambda[i] * (after[k] - before[k]);
            }
        }
    }

    private static double dot(double[] a, double[] b) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * b[i];
        }
        return sum;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return m == 0 ? 1 : m;
    }
}
