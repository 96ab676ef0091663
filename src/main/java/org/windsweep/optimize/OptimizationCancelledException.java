package org.windsweep.optimize;

/** Thrown when a {@link Cancellation} stops an optimisation: the configuration has no result. */
public class OptimizationCancelledException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OptimizationCancelledException(String message) {
        super(message);
    }
}
