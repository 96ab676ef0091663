package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A pair kernel's terms for several source states at once (the farm solver's path: a source's wake at a direction's
 * speeds) are its terms state by state, bit for bit, with and without partials, for every model, fast, exact and
 * widened: near and far, upwind and side by side, and at crosswind distances on either side of each state's negligible
 * distance, where the batch's order of checks must be the single evaluation's.
 */
class TermsOfStatesTest {

    static List<WakeModel> models() {
        List<WakeModel> models = new ArrayList<>();
        for (String name : WakeModels.names()) {
            models.add(WakeModels.byName(name));
            models.add(WakeModels.exact(name));
            models.add(WakeModels.byName(name).widened(2.5));
        }
        return models;
    }

    @ParameterizedTest
    @MethodSource("models")
    void termsOfStatesAreEachStatesTerms(WakeModel model) {
        Turbine turbine = TurbineLibrary.builtIn("V80");
        PairKernel batchKernel = model.pairLoop().kernel(model, turbine);
        PairKernel singleKernel = model.pairLoop().kernel(model, turbine);
        Random random = new Random(5);
        int count = 23;
        WakeSource[] states = new WakeSource[count + 3];
        for (int s = 0; s < states.length; s++) {
            states[s] = new WakeSource();
            double ct = s == 3 ? 0 : s == 4 ? 0.9995 : 0.05 + 0.9 * random.nextDouble();
            double ti = 0.04 + 0.2 * random.nextDouble();
            states[s].set(ct, ti, 0.06, turbine);
            model.deficit().prepare(states[s]);
        }
        double d = turbine.diameter();
        double[] out = new double[count];
        double[] outWithPartials = new double[count];
        PairPartials batchPartials = new PairPartials(2 * count);
        PairPartials singlePartials = new PairPartials(1);
        // the states' partials go to scattered slots, as the solver's go to each state's first speed
        int[] index = new int[count];
        for (int s = 0; s < count; s++) {
            index[s] = (7 * s + 3) % (2 * count);
        }
        int compared = 0;
        int nonZero = 0;
        int zero = 0;
        for (int trial = 0; trial < 400; trial++) {
            double dw = trial == 0 ? -1e-10 : trial == 1 ? 0 : trial < 5 ? -d * random.nextDouble() : 30 * d * random.nextDouble();
            double hcw = trial % 4 == 0 ? 0 : 8 * d * random.nextDouble();
            double edgeSigma = dw > 0 ? sigmaOf(model, states[3 + trial % count], dw) : Double.NaN;
            if (trial % 3 == 0 && !Double.isNaN(edgeSigma)) {
                // a crosswind distance at one state's edge of negligibility, a hair inside or outside
                hcw = (turbine.radius() + GaussianOverlap.NEGLIGIBLE_OFFSET * edgeSigma) * (1 + (trial % 2 == 0 ? 1e-13 : -1e-13));
            }
            double pairHcw = hcw;
            int from = trial % 3;
            batchKernel.termsOfStates(states, from, count, dw, pairHcw, 0, out);
            batchKernel.termsWithPartialsOfStates(states, from, count, dw, pairHcw, 0, outWithPartials, batchPartials, index);
            for (int s = 0; s < count; s++) {
                double single = singleKernel.terms(states[from + s], dw, pairHcw, 0);
                int state = from + s;
                assertEquals(single, out[s], 0, () -> model.name() + " state " + state + " at dw " + dw + " hcw " + pairHcw);
                double singleWithPartials = singleKernel.termsWithPartials(states[from + s], dw, pairHcw, 0, singlePartials, 0);
                assertEquals(singleWithPartials, outWithPartials[s], 0, () -> model.name() + " with partials, state " + state);
                int slot = index[s];
                assertEquals(singlePartials.dw[0], batchPartials.dw[slot], 0, () -> model.name() + " d/dw, state " + state);
                assertEquals(singlePartials.hcw[0], batchPartials.hcw[slot], 0, () -> model.name() + " d/dhcw, state " + state);
                assertEquals(singlePartials.ct[0], batchPartials.ct[slot], 0, () -> model.name() + " d/dct, state " + state);
                assertEquals(singlePartials.ti[0], batchPartials.ti[slot], 0, () -> model.name() + " d/dti, state " + state);
                compared++;
                if (single != 0) {
                    nonZero++;
                } else {
                    zero++;
                }
            }
        }
        assertTrue(nonZero > compared / 4 && zero > 0, "the premise: waked and unwaked pairs both compared");
    }

    /** Sigma of a Gaussian deficit at dw (NaN for other deficits). */
    private static double sigmaOf(WakeModel model, WakeSource source, double dw) {
        return model.deficit() instanceof GaussianDeficit gaussian ? gaussian.sigmaValue(source, dw) : Double.NaN;
    }
}
