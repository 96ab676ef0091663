package org.windsweep.physics;

import java.util.Locale;
import org.windsweep.InvalidInputException;

/** The one rule for probabilities and frequencies a user gives: each at least 0; they may be rounded, but must sum to 1. */
public final class Probabilities {

    /** How far a sum of rounded probabilities may be from 1. */
    public static final double SUM_TOLERANCE = 0.01;

    private Probabilities() {
    }

    /** @param what names the values and where they come from, for the message */
    public static void requireDistribution(double[] values, String what) {
        for (int i = 0; i < values.length; i++) {
            if (!(values[i] >= 0)) {
                throw new InvalidInputException(String.format(Locale.ROOT, "%s: value %d is %s; give probabilities "
                        + "or frequencies of at least 0", what, i, values[i]));
            }
        }
        double sum = sum(values);
        if (!(Math.abs(sum - 1) <= SUM_TOLERANCE)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: the values sum to %.6g; expected 1"
                    + " (within %s); give probabilities or frequencies, not percentages or counts", what, sum,
                    SUM_TOLERANCE));
        }
    }

    private static double sum(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum;
    }
}
