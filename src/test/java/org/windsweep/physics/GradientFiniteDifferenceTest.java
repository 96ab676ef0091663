package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The exact (adjoint) gradient of every wake model agrees with central finite differences of the AEP on random
 * layouts, for the cubic IEA37 turbine and the tabular V80 (whose CT varies with the effective wind speed, so the
 * chain rule through upstream CTs is exercised), on a site with several directions and speeds.
 */
class GradientFiniteDifferenceTest {

    private static final double STEP_M = 1e-3;

    static Stream<Arguments> modelsAndTurbines() {
        return WakeModels.names().stream().flatMap(model -> Stream.of(
                Arguments.of(model, TurbineLibrary.builtIn("V80")),
                Arguments.of(model, TurbineLibrary.builtIn("IEA37_3.35MW"))));
    }

    private static Site site() {
        double[] sectors = {0, 45, 90, 135, 180, 225, 270, 315};
        WeibullSectors weibull = new WeibullSectors(sectors, new double[] {0.1, 0.1, 0.15, 0.1, 0.1, 0.15, 0.2, 0.1},
                new double[] {9, 9.5, 10, 9, 8.5, 10, 11, 9}, new double[] {2, 2.1, 2.2, 2, 1.9, 2.3, 2.4, 2}, new double[] {0.08});
        return weibull.site(new double[] {0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330}, new double[] {6, 9, 12});
    }

    /** n turbines in a square, at least two diameters apart, from a fixed seed. */
    private static double[][] randomLayout(long seed, int n, double diameter) {
        Random random = new Random(seed);
        double side = 6 * diameter * Math.sqrt(n);
        double[] x = new double[n];
        double[] y = new double[n];
        for (int placed = 0; placed < n; ) {
            double px = random.nextDouble() * side;
            double py = random.nextDouble() * side;
            boolean clear = true;
            for (int i = 0; i < placed; i++) {
                clear &= Math.hypot(px - x[i], py - y[i]) >= 2 * diameter;
            }
            if (clear) {
                x[placed] = px;
                y[placed] = py;
                placed++;
            }
        }
        return new double[][] {x, y};
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("modelsAndTurbines")
    void adjointGradientMatchesCentralDifferences(String modelName, Turbine turbine) {
        WindFarmModel model = new WindFarmModel(turbine, site(), WakeModels.byName(modelName));
        for (long seed = 1; seed <= 3; seed++) {
            double[][] layout = randomLayout(seed, 9, turbine.diameter());
            double[] x = layout[0];
            double[] y = layout[1];
            int n = x.length;
            double[] dx = new double[n];
            double[] dy = new double[n];
            double aep = model.aepWithGradient(x, y, dx, dy);
            assertTrue(Math.abs(aep - model.aep(x, y).total()) <= 1e-12 * aep, "AEP with and without gradient differ");

            double largest = 0;
            double worst = 0;
            for (int i = 0; i < n; i++) {
                double fdX = centralDifference(model, x, y, x, i);
                double fdY = centralDifference(model, x, y, y, i);
                largest = Math.max(largest, Math.max(Math.abs(fdX), Math.abs(fdY)));
                worst = Math.max(worst, Math.max(Math.abs(fdX - dx[i]), Math.abs(fdY - dy[i])));
            }
            assertTrue(largest > 0, "a wake-affected layout must have a non-zero gradient");
            assertTrue(worst <= 1e-6 * largest, modelName + " " + turbine.name() + " seed " + seed
                    + ": gradient differs from finite differences by " + worst + " (largest component " + largest + ")");
        }
    }

    private static double centralDifference(WindFarmModel model, double[] x, double[] y, double[] moved, int i) {
        double original = moved[i];
        moved[i] = original + STEP_M;
        double plus = model.aep(x, y).total();
        moved[i] = original - STEP_M;
        double minus = model.aep(x, y).total();
        moved[i] = original;
        return (plus - minus) / (2 * STEP_M);
    }
}
