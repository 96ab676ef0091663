package org.windsweep.optimize;

import org.hipparchus.random.RandomGenerator;
import org.hipparchus.random.Well19937c;
import org.windsweep.InvalidInputException;

/**
 * One configuration's optimisation: smart start, then SQP refinement of all turbine positions for maximum AEP
 * under the spacing and boundary constraints, returning the best feasible layout found.
 *
 * <p>Deterministic: the only randomness is a generator seeded from the configuration's seed, and nothing depends
 * on threads, time or hash order, except that a run stopped by its time limit stops where the clock says.
 */
public final class LayoutOptimizer {

    /** The longest step (in minimum spacings) any coordinate takes in one iteration. */
    static final double MAX_STEP = Double.parseDouble(System.getProperty("maxStep", "0.5"));
    /** Stop when the subproblem predicts less than this relative AEP gain. */
    static final double STATIONARITY = Double.parseDouble(System.getProperty("stat", "1e-7"));

    private LayoutOptimizer() {
    }

    static LayoutResult optimize(Boundary boundary, FarmAep aep, int nTurbines, double minSpacingM,
                                 SmartStartSettings smartStart, OptimizerSettings settings, long seed,
                                 Cancellation cancellation) {
        long startNanos = System.nanoTime();
        if (nTurbines < 1) {
            throw new InvalidInputException("n_turbines must be at least 1, got " + nTurbines);
        }
        if (!(minSpacingM >= 0) || !Double.isFinite(minSpacingM)) {
            throw new InvalidInputException("minimum spacing must be a finite number of metres >= 0, got "
                    + minSpacingM + "; check spacing_d");
        }
        RandomGenerator random = new Well19937c(seed);
        double[][] start = new SmartStart(boundary, minSpacingM, smartStart)
                .place(nTurbines, aep, random, cancellation);
        double[] x0 = start[0];
        double[] y0 = start[1];
        double[] gx = new double[nTurbines];
        double[] gy = new double[nTurbines];
        double aep0 = aep.aepWithGradient(x0, y0, gx, gy);

        double scale = minSpacingM > 0 ? minSpacingM : typicalSpacing(boundary, nTurbines);
        LayoutConstraints constraints = new LayoutConstraints(boundary, nTurbines, minSpacingM, scale,
                MAX_STEP * scale);
        if (settings.maxIterations() == 0) {
            return new LayoutResult(x0, y0, aep0, aep0, 0, false, constraints.maxViolationM(x0, y0),
                    secondsSince(startNanos));
        }
        double aepScale = Math.max(maxAbs(gx), maxAbs(gy)) * scale;
        if (!(aepScale > 0)) {
            aepScale = Math.max(aep0, 1); // a flat start (e.g. one turbine): any positive scale will do
        }
        AepMaximisation problem = new AepMaximisation(aep, constraints, nTurbines, scale, aepScale, cancellation);
        long deadline = startNanos + (long) (settings.timeLimitS() * 1e9);
        SqpSettings sqpSettings = new SqpSettings(settings.maxIterations(), deadline,
                STATIONARITY * aep0 / aepScale, MAX_STEP);
        double[] u0 = LayoutVariables.pack(x0, y0, scale);
        Refined refined = refine(problem, sqpSettings, u0, aep0, settings.maxIterations(), cancellation);
        int iterations = refined.iterations();
        TurbineRelocation relocation = new TurbineRelocation(boundary, aep, minSpacingM, smartStart.gridSize());
        while (Boolean.getBoolean("reloc") && iterations < settings.maxIterations() && System.nanoTime() - deadline < 0) {
            double[] moved = relocation.relocateWeakest(LayoutVariables.x(refined.u(), nTurbines, scale),
                    LayoutVariables.y(refined.u(), nTurbines, scale));
            if (moved == null) {
                break;
            }
            double[] movedU = LayoutVariables.pack(java.util.Arrays.copyOf(moved, nTurbines),
                    java.util.Arrays.copyOfRange(moved, nTurbines, 2 * nTurbines), scale);
            Refined next = refine(problem, sqpSettings, movedU, Double.NEGATIVE_INFINITY,
                    settings.maxIterations() - iterations, cancellation);
            iterations += next.iterations();
            if (next.aep() <= refined.aep()) {
                break;
            }
            refined = new Refined(next.u(), next.aep(), iterations, next.converged());
        }
        double[] best = refined.u();
        double[] x = LayoutVariables.x(best, nTurbines, scale);
        double[] y = LayoutVariables.y(best, nTurbines, scale);
        // evaluated afresh in metres so that the reported AEP is exactly what the model says of the layout
        double finalAep = aep.aepWithGradient(x, y, gx, gy);
        return new LayoutResult(x, y, finalAep, aep0, iterations, refined.converged(),
                constraints.maxViolationM(x, y), secondsSince(startNanos));
    }

    record Refined(double[] u, double aep, int iterations, boolean converged) {
    }

    private static Refined refine(AepMaximisation problem, SqpSettings sqpSettings, double[] u0, double aep0,
                                  int maxIterations, Cancellation cancellation) {
        SqpSettings limited = new SqpSettings(maxIterations, sqpSettings.deadlineNanos(), sqpSettings.tolerance(),
                sqpSettings.maxStep());
        SqpResult sqp = new SqpOptimizer(problem, limited).minimise(u0, cancellation);
        double[] best = sqp.bestFeasible() != null ? sqp.bestFeasible() : u0;
        double bestAep = sqp.bestFeasible() != null ? problem.aepGwh(sqp.bestObjective()) : aep0;
        if (!problem.isFeasible(sqp.last())) {
            double[] projected = new FeasibilityProjection(problem).project(sqp.last());
            if (projected != null) {
                double projectedAep = problem.aepGwh(problem.objective(projected, new double[projected.length]));
                if (projectedAep > bestAep) {
                    best = projected;
                    bestAep = projectedAep;
                }
            }
        }
        return new Refined(best, bestAep, sqp.iterations(), sqp.converged());
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

    private static double secondsSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }
}
