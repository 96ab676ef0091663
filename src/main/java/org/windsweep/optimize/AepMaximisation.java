package org.windsweep.optimize;

import java.util.List;

/**
 * Layout refinement as the SQP sees it: minimise -AEP / aepScale over u = [x, y] / scale. The scales make the
 * problem well conditioned for a Hessian approximation that starts as the identity: a unit of u is about one
 * minimum spacing, and aepScale makes the largest gradient component of the start layout 1.
 */
final class AepMaximisation implements ConstrainedProblem {

    private final FarmAep aep;
    private final LayoutConstraints constraints;
    private final int n;
    private final double scale;
    private final double aepScale;
    private final Cancellation cancellation;

    AepMaximisation(FarmAep aep, LayoutConstraints constraints, int nTurbines, double scale, double aepScale,
                    Cancellation cancellation) {
        this.aep = aep;
        this.constraints = constraints;
        this.n = nTurbines;
        this.scale = scale;
        this.aepScale = aepScale;
        this.cancellation = cancellation;
    }

    /** AEP in GWh of a point u. */
    double aepGwh(double objective) {
        return -objective * aepScale;
    }

    @Override
    public int dimension() {
        return 2 * n;
    }

    @Override
    public double objective(double[] u, double[] gradient) {
        cancellation.check();
        double[] dx = new double[n];
        double[] dy = new double[n];
        double total = aep.aepWithGradient(LayoutVariables.x(u, n, scale), LayoutVariables.y(u, n, scale), dx, dy);
        double factor = -scale / aepScale; // d(-AEP/aepScale)/du = -scale/aepScale * dAEP/dx
        for (int i = 0; i < n; i++) {
            gradient[i] = factor * dx[i];
            gradient[n + i] = factor * dy[i];
        }
        return -total / aepScale;
    }

    @Override
    public List<Constraint> workingConstraints(double[] u) {
        return constraints.working(u);
    }

    @Override
    public double totalViolation(double[] u) {
        return constraints.totalViolation(u);
    }

    @Override
    public boolean isFeasible(double[] u) {
        return FeasibilityRule.isTolerable(maxViolationM(u));
    }

    /** The largest constraint violation of u in metres. */
    double maxViolationM(double[] u) {
        return constraints.maxViolationM(u);
    }
}
