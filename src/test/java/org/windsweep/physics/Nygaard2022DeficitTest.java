package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The cheap sigma bound that lets distant pairs be skipped must never be below sigma itself. */
class Nygaard2022DeficitTest {

    @Test
    void sigmaUpperBoundIsNeverBelowSigma() {
        Nygaard2022Deficit deficit = new Nygaard2022Deficit(new GaussianOverlap());
        Turbine turbine = TurbineLibrary.builtIn("IEA37_3.35MW");
        WakeSource source = new WakeSource();
        Random random = new Random(11);
        for (int trial = 0; trial < 20000; trial++) {
            double ct = 0.01 + 1.2 * random.nextDouble();
            double ti = 0.01 + 0.3 * random.nextDouble();
            double dw = trial % 10 == 0 ? -1e-11 * random.nextDouble() : 60 * turbine.diameter() * random.nextDouble();
            source.set(ct, ti, ti, turbine);
            deficit.prepare(source);
            double sigma = deficit.sigmaValue(source, dw);
            double bound = deficit.sigmaUpperBound(source, dw);
            assertTrue(bound >= sigma, "ct " + ct + " ti " + ti + " dw " + dw + ": bound " + bound + " < sigma " + sigma);
        }
    }
}
