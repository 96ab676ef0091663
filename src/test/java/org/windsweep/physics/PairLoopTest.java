package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.windsweep.inputs.AepCase;

/**
 * The IEA37SimpleBastankhahGaussian composition's own pair loop promises the composed loop's numbers bit for bit: AEP
 * (total, per wd, per turbine), its gradient and smart-start scores, on the reference case and on an irregular layout
 * with turbines side by side and in each other's near wake.
 */
class PairLoopTest {

    private static void assertSameNumbers(WindFarmModel specialised, WindFarmModel composed, double[] x, double[] y) {
        AepResult fast = specialised.aep(x, y);
        AepResult generic = composed.aep(x, y);
        assertEquals(generic.total(), fast.total(), 0);
        assertArrayEquals(generic.perWd(), fast.perWd(), 0);
        assertArrayEquals(generic.perTurbine(), fast.perTurbine(), 0);

        int n = x.length;
        double[] fastDx = new double[n];
        double[] fastDy = new double[n];
        double[] genericDx = new double[n];
        double[] genericDy = new double[n];
        assertEquals(composed.aepWithGradient(x, y, genericDx, genericDy), specialised.aepWithGradient(x, y, fastDx, fastDy), 0);
        assertArrayEquals(genericDx, fastDx, 0);
        assertArrayEquals(genericDy, fastDy, 0);

        double[] candX = {x[0] + 150, x[n - 1] - 300, 0.5 * (x[0] + x[n - 1])};
        double[] candY = {y[0] - 90, y[n - 1] + 20, 0.5 * (y[0] + y[n - 1])};
        assertArrayEquals(composed.candidateAep(x, y, candX, candY), specialised.candidateAep(x, y, candX, candY), 0);
    }

    @Test
    void iea37LoopGivesTheComposedLoopsNumbersOnTheReferenceCase() {
        AepCase c = AepCase.read(Reference.dir().resolve("aep-cases/iea37_16_IEA37SimpleBastankhahGaussian.json"));
        WakeModel model = WakeModels.byName(WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN);
        assertEquals(PairLoop.IEA37_SIMPLE_BASTANKHAH, model.pairLoop(), "the test's premise: byName picks the IEA37 loop");
        assertSameNumbers(new WindFarmModel(c.turbine(), c.site(), model),
                new WindFarmModel(c.turbine(), c.site(), model.withComposedLoop()), c.x(), c.y());
    }

    @Test
    void iea37LoopGivesTheComposedLoopsNumbersOnAnIrregularLayout() {
        Site site = new WeibullSectors(new double[] {0, 90, 180, 270}, new double[] {0.2, 0.2, 0.3, 0.3},
                new double[] {9, 9, 10, 11}, new double[] {2, 2, 2.2, 2.4}, new double[] {0.08})
                .site(new double[] {0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330}, new double[] {4, 8, 12, 16});
        Turbine turbine = TurbineLibrary.builtIn("V80");
        Random random = new Random(11);
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < x.length; i++) {
            x[i] = 1500 * random.nextDouble();
            y[i] = i == 1 ? y[0] : 1500 * random.nextDouble();
        }
        WakeModel model = WakeModels.byName(WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN);
        assertSameNumbers(new WindFarmModel(turbine, site, model), new WindFarmModel(turbine, site, model.withComposedLoop()), x, y);
    }

    @Test
    void iea37LoopRefusesOtherCompositions() {
        WakeModel nygaard = WakeModels.byName(WakeModels.NYGAARD_2022);
        assertThrows(IllegalArgumentException.class, () -> new WakeModel("x", nygaard.deficit(), nygaard.superposition(),
                nygaard.ground(), nygaard.turbulence(), PairLoop.IEA37_SIMPLE_BASTANKHAH));
    }
}
