package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * The refinement of one smart start: first the wake expansion continuation stages (SQP on the model with wakes
 * widened by each factor in turn, each stage starting where the last ended), then SQP on the true model, then, if
 * asked, {@link TurbineRelocation}: the least productive turbine moves to the best free grid position and SQP refines
 * again; the move is kept only if the refined AEP is higher. This escapes the local optima in which gradient methods
 * leave a turbine stuck in a wake.
 *
 * <p>Every SQP run (each stage, the true model, each relocation) may take the whole iteration budget, as TopFarm's
 * SLSQP has its maxiter; relocations start only while the iterations spent on the true model are below it. Sharing
 * one budget between the runs would cut the last relocation short while it still gains, and report the kept layout as
 * not converged when a few more iterations would have converged it.
 */
final class StartRefinement {

    /**
     * The refined layout (scaled variables), its true AEP (GWh), the iterations spent on this start and why the SQP
     * run that found the layout stopped.
     */
    record Outcome(double[] u, double aep, int iterations, StopReason stopReason) {
    }

    private final AepMaximisation trueProblem;
    private final Refinement trueRefinement;
    private final List<AepMaximisation> stageProblems = new ArrayList<>();
    private final List<Refinement> stages = new ArrayList<>();
    private final TurbineRelocation relocation;
    private final boolean relocate;
    private final int nTurbines;
    private final double scale;
    private final int maxIterations;
    private final long deadlineNanos;

    /**
     * @param problems the problem on the true model followed by one per continuation stage, widest wake first
     */
    StartRefinement(List<AepMaximisation> problems, TurbineRelocation relocation, boolean relocate, int nTurbines,
                    double scale,
                    int maxIterations, long deadlineNanos, double tolerance, Cancellation cancellation) {
        this.trueProblem = problems.get(0);
        this.trueRefinement = new Refinement(trueProblem, deadlineNanos, tolerance, cancellation);
        for (AepMaximisation stage : problems.subList(1, problems.size())) {
            stageProblems.add(stage);
            stages.add(new Refinement(stage, deadlineNanos, tolerance, cancellation));
        }
        this.relocation = relocation;
        this.relocate = relocate;
        this.nTurbines = nTurbines;
        this.scale = scale;
        this.maxIterations = maxIterations;
        this.deadlineNanos = deadlineNanos;
    }

    /** True if this refinement has continuation stages before the true model. */
    boolean hasStages() {
        return !stages.isEmpty();
    }

    /**
     * Refines a feasible start layout {x, y} (m) of that true AEP (GWh), through the continuation stages if
     * withStages (otherwise as the fast strategy does).
     */
    Outcome run(double[][] start, double startAep, boolean withStages) {
        double[] packed = LayoutVariables.pack(start[0], start[1], scale);
        double[] u = packed;
        int stageIterations = 0;
        for (int s = 0; withStages && s < stages.size() && beforeDeadline(); s++) {
            AepMaximisation stage = stageProblems.get(s);
            double widenedAep = stage.aepGwh(stage.objective(u, new double[u.length]));
            Refinement.Outcome widened = stages.get(s).run(u, widenedAep, maxIterations);
            stageIterations += widened.iterations();
            u = widened.u();
        }
        // the start's own AEP (in metres) unless the stages moved it: the fast strategy's path exactly
        double aep = u == packed ? startAep : trueProblem.aepGwh(trueProblem.objective(u, new double[u.length]));
        Refinement.Outcome best = trueRefinement.run(u, aep, maxIterations);
        int iterations = best.iterations();
        // relocations start while the budget lasts; each is refined to convergence
        while (relocate && iterations < maxIterations && beforeDeadline()) {
            double[][] moved = relocation.relocateWeakest(LayoutVariables.x(best.u(), nTurbines, scale),
                    LayoutVariables.y(best.u(), nTurbines, scale));
            if (moved == null) {
                break;
            }
            Refinement.Outcome next = trueRefinement.run(LayoutVariables.pack(moved[0], moved[1], scale),
                    Double.NEGATIVE_INFINITY, maxIterations);
            iterations += next.iterations();
            if (!(next.aep() > best.aep())) {
                break;
            }
            best = next;
        }
        // why the refinement that found the kept layout stopped: a relocation cut short by a limit afterwards
        // does not make the kept layout any less converged
        return new Outcome(best.u(), best.aep(), stageIterations + iterations, best.stopReason());
    }

    private boolean beforeDeadline() {
        return System.nanoTime() - deadlineNanos < 0;
    }
}
