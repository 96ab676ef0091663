package org.windsweep.optimize;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;

/**
 * One configuration's optimisation: smart start, then refinement of all turbine positions for maximum AEP under
 * the spacing and boundary constraints, returning the best feasible layout found.
 *
 * <p>Refinement is SQP ({@link SqpOptimizer}) to a local optimum, then, while the iteration and time budget
 * last, {@link TurbineRelocation}: the least productive turbine moves to the best free grid position and SQP
 * refines again; the move is kept only if the refined AEP is higher. This escapes the local optima in which
 * gradient methods leave a turbine stuck in a wake, the main reason plain SLSQP results vary so much by seed.
 *
 * <p>Deterministic: the only randomness is a generator seeded from the configuration's seed, and nothing
 * depends on threads, time or hash order, except that a run stopped by its time limit stops where the clock says
 * (then the result is marked not converged).
 */
public final class LayoutOptimizer {

    /** The longest step (in minimum spacings) any coordinate takes in one iteration. */
    static final double MAX_STEP = 0.5;
    /** SQP stops when its subproblem predicts less than this relative AEP gain. */
    static final double STATIONARITY = 1e-7;
    /** The final layout is projected to violate no constraint by more than this (m), well inside the 1e-6 m. */
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
        double[][] start = new SmartStart(boundary, minSpacingM, smartStart)
                .place(nTurbines, aep, random, cancellation);
        double[] gx = new double[nTurbines];
        double[] gy = new double[nTurbines];
        double aep0 = aep.aepWithGradient(start[0], start[1], gx, gy);
        double scale = minSpacingM > 0 ? minSpacingM : typicalSpacing(boundary, nTurbines);
        LayoutConstraints constraints = new LayoutConstraints(boundary, nTurbines, minSpacingM, scale,
                MAX_STEP * scale);
        if (settings.maxIterations() == 0) {
            return new LayoutResult(start[0], start[1], aep0, aep0, 0, false,
                    constraints.maxViolationM(start[0], start[1]), secondsSince(startNanos));
        }

        double aepScale = Math.max(maxAbs(gx), maxAbs(gy)) * scale;
        if (!(aepScale > 0)) {
            aepScale = Math.max(aep0, 1); // a flat start (e.g. a single turbine): any positive scale will do
        }
        AepMaximisation maximisation = new AepMaximisation(aep, constraints, nTurbines, scale, aepScale,
                cancellation);
        double tolerance = STATIONARITY * aep0 / aepScale;
        Refinement refinement = new Refinement(maximisation, deadline, tolerance, cancellation);
        Refinement.Outcome best = refinement.run(LayoutVariables.pack(start[0], start[1], scale), aep0,
                settings.maxIterations());
        int iterations = best.iterations();
        TurbineRelocation relocation = new TurbineRelocation(boundary, aep, minSpacingM, smartStart.gridSize());
        while (iterations < settings.maxIterations() && System.nanoTime() - deadline < 0) {
            double[][] moved = relocation.relocateWeakest(LayoutVariables.x(best.u(), nTurbines, scale),
                    LayoutVariables.y(best.u(), nTurbines, scale));
            if (moved == null) {
                break;
            }
            Refinement.Outcome next = refinement.run(LayoutVariables.pack(moved[0], moved[1], scale),
                    Double.NEGATIVE_INFINITY, settings.maxIterations() - iterations);
            iterations += next.iterations();
            if (!(next.aep() > best.aep())) {
                break;
            }
            best = next;
        }
        boolean converged = best.converged() && iterations < settings.maxIterations()
                && System.nanoTime() - deadline < 0;

        double[] u = new FeasibilityProjection(maximisation, POLISH_TOLERANCE_M).project(best.u());
        if (u == null) {
            u = best.u(); // feasible to the brief's 1e-6 m already; the polish is a margin, not a requirement
        }
        double[] x = LayoutVariables.x(u, nTurbines, scale);
        double[] y = LayoutVariables.y(u, nTurbines, scale);
        // evaluated afresh in metres so that the reported AEP is exactly what the model says of the layout
        double finalAep = aep.aepWithGradient(x, y, gx, gy);
        return new LayoutResult(x, y, finalAep, aep0, iterations, converged, constraints.maxViolationM(x, y),
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
