package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Wake expansion continuation's widened wakes: the same wake seen at a crosswind distance shrunk by the factor. */
class WidenedWakeTest {

    private static final double FACTOR = 2.5;

    private static Site site() {
        WeibullSectors weibull = new WeibullSectors(new double[] {0, 90, 180, 270}, new double[] {0.2, 0.2, 0.2, 0.4},
                new double[] {9, 9.5, 10, 11}, new double[] {2, 2.1, 2.2, 2.4}, new double[] {0.08});
        return weibull.site(new double[] {0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330}, new double[] {7, 10});
    }

    /**
     * A turbine 5 D behind another, offset crosswind by FACTOR * c in the widened model, sees the wind speed that it
     * sees at offset c in the true model: the centre deficit is kept and the width scaled. (Exactly so for the
     * models evaluated at the rotor centre without ground images; a rotor average or a ground image sees the
     * widened wake over a rotor or a height that is not scaled.)
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"IEA37SimpleBastankhahGaussian", "BastankhahGaussian", "NiayifarGaussian"})
    void theWidenedWakeAtAScaledOffsetIsTheTrueWakeAtTheOffset(String modelName) {
        Turbine turbine = TurbineLibrary.builtIn("IEA37_3.35MW");
        WindFarmModel model = new WindFarmModel(turbine, site(), WakeModels.byName(modelName));
        WindFarmModel widened = model.withWakesWidened(FACTOR);
        double d = turbine.diameter();
        for (double c : new double[] {0, 0.2 * d, 0.5 * d, 0.9 * d}) {
            // wind from 270 degrees blows towards +x
            double wsTrue = model.flowCase(new double[] {0, 5 * d}, new double[] {0, c}, 270, 9).wsEff()[1];
            double wsWide = widened.flowCase(new double[] {0, 5 * d}, new double[] {0, FACTOR * c}, 270, 9).wsEff()[1];
            assertEquals(wsTrue, wsWide, 1e-12 * wsTrue, modelName + " at offset " + c);
        }
        double beside = model.flowCase(new double[] {0, 5 * d}, new double[] {0, 2.5 * d}, 270, 9).wsEff()[1];
        double besideWide = widened.flowCase(new double[] {0, 5 * d}, new double[] {0, 2.5 * d}, 270, 9).wsEff()[1];
        assertTrue(besideWide < beside, "a turbine beside the true wake stands in the widened one");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"IEA37SimpleBastankhahGaussian", "Nygaard_2022", "NiayifarGaussian_CrespoHernandez"})
    void theWidenedModelsGradientMatchesCentralDifferences(String modelName) {
        Turbine turbine = TurbineLibrary.builtIn("V80");
        WindFarmModel widened = new WindFarmModel(turbine, site(), WakeModels.byName(modelName))
                .withWakesWidened(FACTOR);
        double[] x = {0, 420, 830, 150, 610, 1010};
        double[] y = {0, 90, -60, 480, 390, 520};
        double[] dx = new double[x.length];
        double[] dy = new double[x.length];
        widened.aepWithGradient(x, y, dx, dy);
        double step = 1e-3;
        double largest = 0;
        double worst = 0;
        for (int i = 0; i < x.length; i++) {
            for (double[] coordinate : new double[][] {x, y}) {
                double keep = coordinate[i];
                coordinate[i] = keep + step;
                double up = widened.aep(x, y).total();
                coordinate[i] = keep - step;
                double down = widened.aep(x, y).total();
                coordinate[i] = keep;
                double difference = (up - down) / (2 * step);
                double exact = coordinate == x ? dx[i] : dy[i];
                largest = Math.max(largest, Math.abs(difference));
                worst = Math.max(worst, Math.abs(difference - exact));
            }
        }
        assertTrue(largest > 0);
        assertTrue(worst <= 1e-6 * largest, modelName + ": gradient off by " + worst + " of " + largest);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(doubles = {1, 0.5, Double.NaN, Double.POSITIVE_INFINITY})
    void aFactorThatDoesNotWidenIsRejected(double factor) {
        WakeModel model = WakeModels.byName("Nygaard_2022");
        assertThrows(IllegalArgumentException.class, () -> model.widened(factor));
    }
}
