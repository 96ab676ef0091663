package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * One configuration's optimisation: smart start, then refinement of all turbine positions for maximum AEP under
 * the spacing and boundary constraints, returning the best feasible layout found.
 *
 * <p>Each of the settings' starts is a smart start refined by {@link StartRefinement} (wake expansion continuation
 * stages if any, SQP on the true model, relocations of the weakest turbine); the first start is also refined without
 * the stages; the best refined layout is kept. The fast strategy has one start and no continuation stages: TopFarm's
 * smart start and SLSQP, plus relocations.
 *
 * <p>The result reports why the SQP run that found the kept layout stopped: converged (its KKT test met), or
 * which limit cut it short. Limits that only cut short later attempts (relocations, other starts) that found nothing
 * better do not make the kept layout less converged.
 *
 * <p>Deterministic: the only randomness is one generator seeded from the configuration's seed, which the smart
 * starts draw from in turn, and nothing depends on threads, time or hash order, except that a run stopped by its
 * time limit stops where the clock says (then the result is marked not converged).
 */
public final class LayoutOptimizer {

    /** The longest step (in minimum spacings) any coordinate takes in one iteration. */
    static final double MAX_STEP = 0.5;
    /** SQP stops when its subproblem predicts less than this relative AEP gain (the KKT tolerance). */
    static final double STATIONARITY = 1e-7;
    /** The final layout is projected to violate no constraint by more than this (m): a margin inside the rule. */
    static final double POLISH_TOLERANCE_M = 1e-9;

    private LayoutOptimizer() {
    }

    public static LayoutResult optimize(LayoutProblem problem, SmartStartSettings smartStart,
                                        OptimizerSettings settings, long seed, Cancellation cancellation) {
        return optimize(problem.boundary(), problem.farmAep(), problem.nTurbines(), problem.minSpacingM(),
                smartStart, settings, seed, cancellation);
    }

    static LayoutResult optimize(Boundary boundary, FarmAep aep, int nTurbines, double minSpacingM,
                                 SmartStartSettings smartStart, OptimizerSettings settings, long seed,
                                 Cancellation cancellation) {
        long startNanos = System.nanoTime();
        long deadline = startNanos + nanos(settings.timeLimitS());
        RandomGenerator random = new Well19937c(seed);
        SmartStart placement = new SmartStart(boundary, minSpacingM, smartStart);
        double[][] start = placement.place(nTurbines, aep, random, cancellation);
        double[] gx = new double[nTurbines];
        double[] gy = new double[nTurbines];
        double aep0 = aep.aepWithGradient(start[0], start[1], gx, gy);
        double scale = minSpacingM > 0 ? minSpacingM : typicalSpacing(boundary, nTurbines);
        LayoutConstraints constraints = new LayoutConstraints(boundary, nTurbines, minSpacingM, scale,
                MAX_STEP * scale);
        if (settings.maxIterations() == 0) {
            return new LayoutResult(start[0], start[1], aep0, aep0, 0, StopReason.SMART_START_ONLY,
                    constraints.maxViolationM(start[0], start[1]), secondsSince(startNanos));
        }

        // Scales from the first start serve every start and stage: a unit of u is about one minimum spacing, and
        // the largest gradient component of the first start is 1.
        double aepScale = Math.max(maxAbs(gx), maxAbs(gy)) * scale;
        if (!(aepScale > 0)) {
            aepScale = Math.max(aep0, 1); // a flat start (e.g. a single turbine): any positive scale will do
        }
        List<AepMaximisation> problems = new ArrayList<>();
        problems.add(new AepMaximisation(aep, constraints, nTurbines, scale, aepScale, cancellation));
        for (double factor : settings.wakeExpansion()) {
            problems.add(new AepMaximisation(aep.withWakesWidened(factor), constraints, nTurbines, scale, aepScale,
                    cancellation));
        }
        double tolerance = STATIONARITY * aep0 / aepScale;
        TurbineRelocation relocation = new TurbineRelocation(boundary, aep, minSpacingM, smartStart.gridSize());
        StartRefinement refinement = new StartRefinement(problems, relocation, settings.relocate(), nTurbines, scale,
                settings.maxIterations(), deadline, tolerance, cancellation);

        // The first start is refined as fast refines it, then (with continuation stages) through them too: so a
        // strategy with stages never ends below fast for the same seed, where the stages lead somewhere worse.
        StartRefinement.Outcome best = refinement.run(start, aep0, false);
        int iterations = best.iterations();
        if (refinement.hasStages() && System.nanoTime() - deadline < 0) {
            StartRefinement.Outcome continued = refinement.run(start, aep0, true);
            iterations += continued.iterations();
            if (continued.aep() > best.aep()) {
                best = continued;
            }
        }
        for (int k = 1; k < settings.starts() && System.nanoTime() - deadline < 0; k++) {
            double[][] another = placement.place(nTurbines, aep, random, cancellation);
            StartRefinement.Outcome refined = refinement.run(another,
                    aep.aepWithGradient(another[0], another[1], gx, gy), true);
            iterations += refined.iterations();
            if (refined.aep() > best.aep()) {
                best = refined;
            }
        }

        double[] u = new FeasibilityProjection(problems.get(0), POLISH_TOLERANCE_M).project(best.u());
        if (u == null) {
            u = best.u(); // feasible by the FeasibilityRule already; the polish is a margin, not a requirement
        }
        double[] x = LayoutVariables.x(u, nTurbines, scale);
        double[] y = LayoutVariables.y(u, nTurbines, scale);
        // evaluated afresh in metres so that the reported AEP is exactly what the model says of the layout
        double finalAep = aep.aepWithGradient(x, y, gx, gy);
        return new LayoutResult(x, y, finalAep, aep0, iterations, best.stopReason(), constraints.maxViolationM(x, y),
                secondsSince(startNanos));
    }

    /** A length scale when there is no minimum spacing: the side of each turbine's share of the bounding box. */
    private static double typicalSpacing(Boundary boundary, int nTurbines) {
        BoundingBox box = boundary.boundingBox();
        double side = Math.sqrt(box.width() * box.height() / nTurbines);
        return side > 0 ? side : 1;
    }

    private static double maxAbs(double[] v) {
        double m = 0;
        for (double e : v) {
            m = Math.max(m, Math.abs(e));
        }
        return m;
    }

    /**
     * Seconds as nanoseconds, saturating at about 146 years so that adding it to nanoTime() cannot overflow; every
     * time limit goes through here.
     */
    public static long nanos(double seconds) {
        return (long) Math.min(seconds * 1e9, Long.MAX_VALUE / 2.0);
    }

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
