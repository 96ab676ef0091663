package org.windsweep.physics;

/** Root of the sum of squared deficits. */
public final class SquaredSum implements Superposition {

    @Override
    public double term(double deficit) {
        return deficit * deficit;
    }

    @Override
    public double termScale(double ws) {
        return ws * ws;
    }

    @Override
    public double termDerivative(double deficit) {
        return 2 * deficit;
    }

    @Override
    public double combine(double sumOfTerms) {
        return Math.sqrt(sumOfTerms);
    }

    /** Zero at a sum of zero: an unwaked rotor's wind speed does not move to first order. */
    @Override
    public double combineDerivative(double sumOfTerms) {
        return sumOfTerms > 0 ? 0.5 / Math.sqrt(sumOfTerms) : 0;
    }
}
