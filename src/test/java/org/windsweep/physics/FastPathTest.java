package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The fast compositions of WakeModels.byName (own pair loops, the Gaussian-overlap table) against the exact ones of
 * WakeModels.exact at the resolution users run: Horns Rev 1 Weibull sectors binned at 360 directions x 23 speeds
 * (3..25 m/s), 16 turbines on a jittered 4 D grid. AEP (total, per direction, per turbine) within 1e-9 relative and
 * the gradient within 1e-7 of its largest component.
 */
class FastPathTest {

    private static final double AEP_TOLERANCE = 1e-9;
    private static final double GRADIENT_TOLERANCE = 1e-7;

    private static Site hornsRev1FullResolution() {
        JsonNode s = Reference.json(Reference.dir().resolve("sites/hornsrev1_weibull_sectors.json"));
        double[] ti = new double[12];
        Arrays.fill(ti, s.get("ambient_ti").asDouble());
        Site site = new WeibullSectors(Reference.doubles(s.get("sector_wd_deg")),
                Reference.doubles(s.get("sector_frequency")), Reference.doubles(s.get("weibull_A")),
                Reference.doubles(s.get("weibull_k")), ti).siteAtPyWakeDefaultBins();
        assertTrue(site.wdCount() == 360 && site.wsCount() == 23, "the test's premise: 8280 flow cases");
        return site;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Nygaard_2022, V80", "Nygaard_2022, IEA37_3.35MW", "NiayifarGaussian_CrespoHernandez, V80", "NOJ, V80",
            "IEA37SimpleBastankhahGaussian, IEA37_3.35MW"})
    void fastPathMatchesTheExactPathAtFullResolution(String modelName, String turbineName) {
        Turbine turbine = TurbineLibrary.builtIn(turbineName);
        Site site = hornsRev1FullResolution();
        WindFarmModel fast = new WindFarmModel(turbine, site, WakeModels.byName(modelName));
        WindFarmModel exact = new WindFarmModel(turbine, site, WakeModels.exact(modelName));
        int n = 16;
        double[] x = new double[n];
        double[] y = new double[n];
        java.util.Random random = new java.util.Random(modelName.hashCode());
        for (int i = 0; i < n; i++) {
            x[i] = (i % 4) * 4 * turbine.diameter() + 0.3 * turbine.diameter() * random.nextDouble();
            y[i] = (i / 4) * 4 * turbine.diameter() + 0.3 * turbine.diameter() * random.nextDouble();
        }

        AepResult fastAep = fast.aep(x, y);
        AepResult exactAep = exact.aep(x, y);
        assertRelative(exactAep.total(), fastAep.total(), "total AEP");
        for (int l = 0; l < site.wdCount(); l++) {
            assertRelative(exactAep.perWd()[l], fastAep.perWd()[l], "AEP of wd bin " + l);
        }
        for (int i = 0; i < n; i++) {
            assertRelative(exactAep.perTurbine()[i], fastAep.perTurbine()[i], "AEP of turbine " + i);
        }

        double[] fastDx = new double[n];
        double[] fastDy = new double[n];
        double[] exactDx = new double[n];
        double[] exactDy = new double[n];
        assertRelative(exact.aepWithGradient(x, y, exactDx, exactDy), fast.aepWithGradient(x, y, fastDx, fastDy),
                "AEP with gradient");
        double largest = 0;
        double worst = 0;
        for (int i = 0; i < n; i++) {
            largest = Math.max(largest, Math.max(Math.abs(exactDx[i]), Math.abs(exactDy[i])));
            worst = Math.max(worst, Math.max(Math.abs(fastDx[i] - exactDx[i]), Math.abs(fastDy[i] - exactDy[i])));
        }
        assertTrue(largest > 0, "the layout's premise: wakes give a gradient");
        assertTrue(worst <= GRADIENT_TOLERANCE * largest, "gradient differs by " + worst / largest + " of its largest component");
    }

    private static void assertRelative(double expected, double actual, String what) {
        double error = Math.abs(actual - expected);
        assertTrue(error <= AEP_TOLERANCE * Math.abs(expected), what + ": fast " + actual + " vs exact " + expected
                + " (relative " + error / Math.abs(expected) + ")");
    }
}
