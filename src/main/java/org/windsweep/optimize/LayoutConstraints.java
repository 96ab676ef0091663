package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * The constraints of a layout: every pair at least the minimum spacing apart, every turbine inside the boundary.
 * Pairs grow as N^2 but only those that one step can bring to the limit matter to the next subproblem, so the
 * working set holds just the pairs closer than the spacing plus a margin (two maximal steps). Violations are
 * still summed over every pair, so the line search catches any pair a step does bring too close.
 *
 * <p>Works in the optimiser's scaled coordinates u = [x/scale, y/scale]; {@link #maxViolationM} answers in metres.
 */
final class LayoutConstraints {

    private final Boundary boundary;
    private final FeasibilityRule rule;
    private final int n;
    private final double scale;
    private final double spacingM;
    private final double reachM;

    /**
     * @param reachM how far (m) a turbine may move in one step: the working set covers features that close
     */
    LayoutConstraints(Boundary boundary, int nTurbines, double spacingM, double scale, double reachM) {
        this.boundary = boundary;
        this.rule = new FeasibilityRule(boundary, spacingM);
        this.n = nTurbines;
        this.scale = scale;
        this.spacingM = spacingM;
        this.reachM = reachM;
    }

    List<Constraint> working(double[] u) {
        List<Constraint> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (BoundaryPiece piece : boundary.piecesNear(u[i] * scale, u[n + i] * scale, reachM)) {
                out.add(new BoundaryConstraint(i, n, piece, scale));
            }
        }
        if (spacingM > 0) {
            double within = (spacingM + 2 * reachM) / scale;
            double within2 = within * within;
            double s = spacingM / scale;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = u[i] - u[j];
                    double dy = u[n + i] - u[n + j];
                    if (dx * dx + dy * dy < within2) {
                        out.add(new SpacingConstraint(i, j, n, s));
                    }
                }
            }
        }
        return out;
    }

    /** Sum of all violations in scaled units, in the form of the constraint functions (for the merit). */
    double totalViolation(double[] u) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += Math.max(0, -boundary.signedDistance(u[i] * scale, u[n + i] * scale)) / scale;
        }
        if (spacingM > 0) {
            double s = spacingM / scale;
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    double dx = u[i] - u[j];
                    double dy = u[n + i] - u[n + j];
                    sum += Math.max(0, (s * s - dx * dx - dy * dy) / (2 * s));
                }
            }
        }
        return sum;
    }

    /** Largest violation in metres, as the feasibility rule measures it. */
    double maxViolationM(double[] x, double[] y) {
        return rule.maxViolationM(x, y);
    }

    double maxViolationM(double[] u) {
        return maxViolationM(LayoutVariables.x(u, n, scale), LayoutVariables.y(u, n, scale));
    }
}
