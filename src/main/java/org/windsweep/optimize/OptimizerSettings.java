package org.windsweep.optimize;

import java.io.Serializable;
import java.util.List;
import org.windsweep.InvalidInputException;

/**
 * How a configuration is refined after smart start.
 *
 * @param maxIterations  iterations of each SQP run: each continuation stage, the true model, and the refinement
 *                       after each relocation, which start while the true model's runs have spent fewer than this
 *                       (0 = smart start only)
 * @param timeLimitS     about this many seconds of wall time for the whole configuration; a run stopped by this or
 *                       by the iteration budget returns its best feasible layout, marked not converged
 * @param strategy       the named strategy the budget below came from (reported with results)
 * @param starts         smart starts refined; the best refined layout is kept
 * @param wakeExpansion  wake widening factors of the continuation stages before the true model, each above 1,
 *                       widest first; empty for none
 * @param relocate       whether refinement tries relocations of the weakest turbine after SQP on the true model;
 *                       each costs about N AEP evaluations of an N-turbine farm, so large farms may leave them out
 */
public record OptimizerSettings(int maxIterations, double timeLimitS, OptimizationStrategy strategy, int starts,
                                List<Double> wakeExpansion, boolean relocate) implements Serializable {

    public OptimizerSettings {
        if (maxIterations < 0) {
            throw new InvalidInputException("optimizer.max_iterations must be 0 (smart start only) or more, got "
                    + maxIterations);
        }
        if (!(timeLimitS > 0)) {
            throw new InvalidInputException("optimizer.time_limit_s must be a positive number of seconds, got "
                    + timeLimitS);
        }
        if (starts < 1) {
            throw new InvalidInputException("optimizer.starts must be a whole number of at least 1, got " + starts);
        }
        wakeExpansion = List.copyOf(wakeExpansion);
        double previous = Double.POSITIVE_INFINITY;
        for (double factor : wakeExpansion) {
            if (!(factor > 1 && factor < previous) || !Double.isFinite(factor)) {
                throw new InvalidInputException("optimizer.wake_expansion must list finite factors above 1, widest"
                        + " first (e.g. [3, 2, 1.5, 1.25]), got " + wakeExpansion);
            }
            previous = factor;
        }
    }

    /** The fast strategy with these limits. */
    public OptimizerSettings(int maxIterations, double timeLimitS) {
        this(maxIterations, timeLimitS, OptimizationStrategy.FAST);
    }

    /** A strategy with its own budget and these limits. */
    public OptimizerSettings(int maxIterations, double timeLimitS, OptimizationStrategy strategy) {
        this(maxIterations, timeLimitS, strategy, strategy.starts(), strategy.wakeExpansion(), true);
    }
}
