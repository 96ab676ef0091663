package org.windsweep.optimize;

import java.io.Serializable;
import org.windsweep.InvalidInputException;

/**
 * Limits of the refinement after smart start: at most maxIterations SQP iterations (0 = smart start only) and
 * about timeLimitS seconds of wall time for the whole configuration; a run stopped by either returns its best
 * feasible layout, marked not converged.
 */
public record OptimizerSettings(int maxIterations, double timeLimitS) implements Serializable {

    public OptimizerSettings {
        if (maxIterations < 0) {
            throw new InvalidInputException("optimizer.max_iterations must be 0 (smart start only) or more, got "
                    + maxIterations);
        }
        if (!(timeLimitS > 0)) {
            throw new InvalidInputException("optimizer.time_limit_s must be a positive number of seconds, got "
                    + timeLimitS);
        }
    }
}
