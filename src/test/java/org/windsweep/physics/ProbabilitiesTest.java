package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

/** The rule for the probabilities and frequencies of site files and wind roses. */
class ProbabilitiesTest {

    @Test
    void roundedValuesThatSumToOnePass() {
        Probabilities.requireDistribution(new double[] {0.333, 0.333, 0.333}, "rose");
        Probabilities.requireDistribution(new double[] {0, 1}, "rose");
    }

    /** A negative frequency was reported as a sum that is not 1, which sent the user looking for percentages. */
    @Test
    void aNegativeValueIsNamedBeforeTheSum() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Probabilities.requireDistribution(new double[] {0.5, -0.0312, 0.5312}, "rose"));
        assertEquals("rose: value 1 is -0.0312; give probabilities or frequencies of at least 0", e.getMessage());
        e = assertThrows(InvalidInputException.class,
                () -> Probabilities.requireDistribution(new double[] {0.5, Double.NaN, 0.5}, "rose"));
        assertEquals("rose: value 1 is NaN; give probabilities or frequencies of at least 0", e.getMessage());
    }

    @Test
    void percentagesAreRefusedByTheirSum() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Probabilities.requireDistribution(new double[] {50, 50}, "rose"));
        assertEquals("rose: the values sum to 100.000; expected 1 (within 0.01); give probabilities or frequencies, "
                + "not percentages or counts", e.getMessage());
    }
}
