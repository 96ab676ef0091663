package org.windsweep.sweep;

import java.io.Serializable;

/**
 * {@code optimizer: {max_iterations, time_limit_s, hard_limit_s}}. At the time limit the optimiser returns its best
 * feasible layout (not converged); past the hard limit the config is abandoned and recorded as failed.
 * {@code maxIterations == 0} means smart start only.
 */
public record OptimizerSpec(int maxIterations, double timeLimitS, double hardLimitS) implements Serializable {
}
