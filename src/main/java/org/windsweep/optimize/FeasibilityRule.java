package org.windsweep.optimize;

import java.util.Locale;
import java.util.Optional;

/**
 * What a feasible layout is, in one place: every turbine inside the boundary and every pair at least the minimum
 * spacing apart, each to within {@link #TOLERANCE_M}. On the boundary is inside, and a pair exactly the minimum
 * spacing apart is feasible. Smart start and relocation ask it which grid spots are free, the optimiser whether an
 * iterate is feasible and how far it is from feasible, and merge whether a stored layout may be kept.
 */
public final class FeasibilityRule {

    /**
     * The largest violation (m) a feasible layout may have: far below anything that matters on a farm, far above
     * the round-off of positions of a few kilometres, so a layout on its constraints is feasible however it was
     * computed.
     */
    public static final double TOLERANCE_M = 1e-6;

    private final Boundary boundary;
    private final double minSpacingM;

    public FeasibilityRule(Boundary boundary, double minSpacingM) {
        this.boundary = boundary;
        this.minSpacingM = minSpacingM;
    }

    /** Whether a violation (m) is small enough for a feasible layout. */
    public static boolean isTolerable(double violationM) {
        return violationM <= TOLERANCE_M;
    }

    /** How far (m) a turbine at (x, y) lies outside the boundary; 0 inside or on it. */
    public double outsideM(double x, double y) {
        return Math.max(0, -boundary.signedDistance(x, y));
    }

    /** How much (m) closer than the minimum spacing two turbines distanceM apart are; 0 at or beyond it. */
    public double tooCloseM(double distanceM) {
        return Math.max(0, minSpacingM - distanceM);
    }

    /**
     * Whether a grid spot at (cx, cy) is free for one more turbine beside a turbine at (x, y): the pair keeps the
     * spacing, and the spot is not the turbine's own point (without a minimum spacing a spot still takes one turbine
     * only: two on one point are no layout).
     */
    public boolean isFreeBeside(double cx, double cy, double x, double y) {
        double distance = Math.hypot(cx - x, cy - y);
        return distance > 0 && isTolerable(tooCloseM(distance));
    }

    /** The largest violation (m) of a layout: how far a turbine is outside, or how much a pair is too close. */
    public double maxViolationM(double[] x, double[] y) {
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            worst = Math.max(worst, outsideM(x[i], y[i]));
            for (int j = i + 1; j < x.length && minSpacingM > 0; j++) {
                worst = Math.max(worst, tooCloseM(Math.hypot(x[i] - x[j], y[i] - y[j])));
            }
        }
        return worst;
    }

    /** The first violation beyond the tolerance, described for a person; empty when the layout is feasible. */
    public Optional<String> firstViolation(double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            double outside = outsideM(x[i], y[i]);
            if (!isTolerable(outside)) {
                return Optional.of(String.format(Locale.ROOT,
                        "turbine %d at (%.3f, %.3f) is %.3g m outside the farm boundary", i, x[i], y[i], outside));
            }
        }
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double distance = Math.hypot(x[i] - x[j], y[i] - y[j]);
                if (!isTolerable(tooCloseM(distance))) {
                    return Optional.of(String.format(Locale.ROOT,
                            "turbines %d and %d are %.3f m apart, closer than the minimum spacing %.3f m",
                            i, j, distance, minSpacingM));
                }
            }
        }
        return Optional.empty();
    }
}
