package org.windsweep.optimize;

import java.util.List;

/**
 * minimise f(x) subject to c_i(x) >= 0, as the SQP sees it. The problem chooses which constraints the next
 * quadratic subproblem linearises (those that can become active within a step), but reports the violation of all
 * of them, so that the line search notices any constraint a step breaks.
 */
public interface ConstrainedProblem {

    int dimension();

    /** f(x); writes its gradient. */
    double objective(double[] x, double[] gradient);

    /** The constraints the subproblem at x linearises. */
    List<Constraint> workingConstraints(double[] x);

    /** Sum of every constraint's violation max(0, -c_i(x)), in the units of the constraint functions. */
    double totalViolation(double[] x);

    /** Whether x meets every constraint to the problem's feasibility tolerance. */
    boolean isFeasible(double[] x);
}
