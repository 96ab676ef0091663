package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The farm solver skips a source's states at once where the destination lies beyond the line of
 * {@link PairKernel#reachOfStates}: every term there must be exactly 0 (a line drawn inside the true reach loses
 * deficits of about 1e-16, below what the AEP tests resolve, so it is checked here point by point), and the line may not
 * be far outside the reach near the rotor, where the bound of sigma is tight.
 */
class ReachOfStatesTest {

    @ParameterizedTest(name = "{0} widened x{1}")
    @CsvSource({"Nygaard_2022, 1", "Nygaard_2022, 2", "NiayifarGaussian, 1", "BastankhahGaussian, 1"})
    void everyTermBeyondTheLineIsZero(String modelName, double widening) {
        WakeModel model = WakeModels.byName(modelName);
        if (widening > 1) {
            model = model.widened(widening);
        }
        Turbine turbine = TurbineLibrary.builtIn("V80");
        double d = turbine.diameter();
        PairKernel kernel = model.pairLoop().kernel(model, turbine);
        Random random = new Random(modelName.hashCode() + (long) widening);
        int count = 23;
        WakeSource[] states = new WakeSource[count];
        double tiAmbient = 0.06;
        for (int s = 0; s < count; s++) {
            states[s] = new WakeSource();
            states[s].set(0.9 * random.nextDouble(), tiAmbient, tiAmbient, turbine);
            model.deficit().prepare(states[s]);
        }
        double[] line = new double[2];
        kernel.reachOfStates(states, 0, count, line);
        assertTrue(Double.isFinite(line[0]) && line[1] >= 0, modelName + " gives a line: " + Arrays.toString(line));
        double[] terms = new double[count];
        double[] termsWithPartials = new double[count];
        PairPartials partials = new PairPartials(count);
        int[] slots = new int[count];
        Arrays.setAll(slots, s -> s);
        for (double dw : new double[] {1e-11, 0.5 * d, 2 * d, 5 * d, 20 * d, 80 * d}) {
            double reach = line[0] + line[1] * Math.abs(dw);
            for (double beyond : new double[] {1, 1.0001, 1.001, 1.01, 1.05, 1.2}) {
                kernel.termsOfStates(states, 0, count, dw, reach * beyond, 0, terms);
                // the gradient's path too: every slot written, and with zeros (filled with ones before)
                for (int s = 0; s < count; s++) {
                    partials.set(s, 1, 1, 1, 1);
                }
                kernel.termsWithPartialsOfStates(states, 0, count, dw, reach * beyond, 0, termsWithPartials, partials, slots);
                for (int s = 0; s < count; s++) {
                    String where = "state " + s + " at " + dw + " m downwind, " + beyond + " times the line across";
                    assertEquals(0, terms[s], 0, where);
                    assertEquals(0, termsWithPartials[s], 0, where + ", with partials");
                }
                assertTrue(partials.allZero(0, count), "partials beyond the line at " + dw + " m downwind, " + beyond);
            }
        }
        kernel.termsOfStates(states, 0, count, 1e-11, 0.8 * line[0], 0, terms);
        assertTrue(Arrays.stream(terms).anyMatch(t -> t > 0), "beside the rotor, 0.8 times the line across: no term");
    }
}
