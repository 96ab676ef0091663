package org.windsweep.optimize;

/**
 * The caller's hard stop for one configuration (e.g. its hard_limit_s, or a killed Spark task). The optimiser
 * asks it at every objective evaluation and iteration and gives up with
 * {@link OptimizationCancelledException}; unlike the soft time limit of {@link OptimizerSettings}, no result is
 * returned.
 */
@FunctionalInterface
public interface Cancellation {

    boolean isCancelled();

    /** Throws {@link OptimizationCancelledException} when cancelled. */
    default void check() {
        if (isCancelled()) {
            throw new OptimizationCancelledException("optimisation cancelled by its caller (hard limit)");
        }
    }

    /** Never cancels. */
    static Cancellation none() {
        return () -> false;
    }

    /** Cancels once {@code seconds} have passed from now (monotonic clock). */
    static Cancellation afterSeconds(double seconds) {
        long deadline = System.nanoTime() + LayoutOptimizer.nanos(seconds);
        return () -> System.nanoTime() - deadline >= 0;
    }
}
