package org.windsweep.sweep;

import java.io.Serializable;
import org.windsweep.optimize.OptimizerSettings;

/**
 * {@code optimizer: {strategy, starts, wake_expansion, max_iterations, time_limit_s, hard_limit_s}}: the settings
 * the optimiser takes, and the hard limit past which the caller abandons a config and records it as failed.
 */
public record OptimizerSpec(OptimizerSettings settings, double hardLimitS) implements Serializable {

    public int maxIterations() {
        return settings.maxIterations();
    }

    public double timeLimitS() {
        return settings.timeLimitS();
    }
}
