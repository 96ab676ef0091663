package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The farm solver walks all wind speeds of a direction at once, evaluates a pair once for consecutive speeds at which
 * its source has the same CT and TI, keeps the gradient's partials for blocks of speeds, and skips speeds at which the
 * turbine is idle, and keeps partials only for pairs within reach. None of that may change a number: AEP (per turbine and per wd) and its gradient must be those of
 * solving every wind speed on its own (a site of that one speed, so nothing is shared), summed.
 */
class SpeedWalkTest {

    /** Relative error allowed: the two sums differ only in the order of their additions. */
    private static final double TOLERANCE = 1e-12;

    @ParameterizedTest(name = "{0} {1}, {2} D apart")
    @CsvSource({"Nygaard_2022, IEA37_3.35MW, 4", "Nygaard_2022, V80, 4", "NiayifarGaussian_CrespoHernandez, IEA37_3.35MW, 4",
            "NiayifarGaussian_CrespoHernandez, V80, 4", "NiayifarGaussian_CrespoHernandez, DTU_10MW, 4",
            "IEA37SimpleBastankhahGaussian, IEA37_3.35MW, 4", "NOJ, DTU_10MW, 4", "Nygaard_2022, V80, 15",
            "NOJ, V80, 15"})
    void allSpeedsAtOnceGiveWhatEachSpeedAloneGives(String modelName, String turbineName, double spacingD) {
        Turbine turbine = TurbineLibrary.builtIn(turbineName);
        WakeModel model = WakeModels.byName(modelName);
        double[] wd = {0, 45, 90, 135, 180, 225, 270, 315};
        double[] ws = new double[23];
        for (int k = 0; k < ws.length; k++) {
            ws[k] = 3 + k;
        }
        Site site = new WeibullSectors(new double[] {0, 90, 180, 270}, new double[] {0.2, 0.2, 0.3, 0.3},
                new double[] {9, 9, 10, 11}, new double[] {2, 2, 2.2, 2.4}, new double[] {0.08, 0.07, 0.09, 0.06})
                .site(wd, ws);
        // 64 turbines: a solve a speed at a time (added turbulence, the IEA37 kernel) keeps partials for 16 speeds at a
        // time (FarmSolver.speedsWithPartials); a solve by states, for all 23, and at 15 D most pairs are beyond reach
        int n = 64;
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(modelName.hashCode() + turbineName.hashCode());
        for (int i = 0; i < n; i++) {
            x[i] = (i % 8) * spacingD * turbine.diameter() + 0.5 * turbine.diameter() * random.nextDouble();
            y[i] = (i / 8) * spacingD * turbine.diameter() + 0.5 * turbine.diameter() * random.nextDouble();
        }
        WindFarmModel together = new WindFarmModel(turbine, site, model);
        AepResult aep = together.aep(x, y);
        double[] dx = new double[n];
        double[] dy = new double[n];
        double aepOfGradient = together.aepWithGradient(x, y, dx, dy);

        double[] perTurbine = new double[n];
        double[] perWd = new double[wd.length];
        double[] sumDx = new double[n];
        double[] sumDy = new double[n];
        double[] oneDx = new double[n];
        double[] oneDy = new double[n];
        for (int k = 0; k < ws.length; k++) {
            WindFarmModel alone = new WindFarmModel(turbine, speedAlone(site, k), model);
            AepResult part = alone.aep(x, y);
            for (int i = 0; i < n; i++) {
                perTurbine[i] += part.perTurbine()[i];
            }
            for (int l = 0; l < wd.length; l++) {
                perWd[l] += part.perWd()[l];
            }
            alone.aepWithGradient(x, y, oneDx, oneDy);
            for (int i = 0; i < n; i++) {
                sumDx[i] += oneDx[i];
                sumDy[i] += oneDy[i];
            }
        }
        double total = 0;
        double largestGradient = 0;
        for (int i = 0; i < n; i++) {
            assertEquals(perTurbine[i], aep.perTurbine()[i], TOLERANCE * perTurbine[i], "AEP of turbine " + i);
            total += perTurbine[i];
            largestGradient = Math.max(largestGradient, Math.max(Math.abs(sumDx[i]), Math.abs(sumDy[i])));
        }
        for (int l = 0; l < wd.length; l++) {
            assertEquals(perWd[l], aep.perWd()[l], TOLERANCE * perWd[l], "AEP of wd " + wd[l]);
        }
        assertEquals(total, aepOfGradient, TOLERANCE * total, "AEP returned with the gradient");
        for (int i = 0; i < n; i++) {
            assertEquals(sumDx[i], dx[i], TOLERANCE * largestGradient, "dAEP/dx of turbine " + i);
            assertEquals(sumDy[i], dy[i], TOLERANCE * largestGradient, "dAEP/dy of turbine " + i);
        }
    }

    /** The site's flow cases at its k-th wind speed only. */
    private static Site speedAlone(Site site, int k) {
        double[][] probability = new double[site.wdCount()][1];
        for (int l = 0; l < site.wdCount(); l++) {
            probability[l][0] = site.probability(l, k);
        }
        return new Site(site.wdDeg(), new double[] {site.ws(k)}, probability, site.ti());
    }
}
