package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import org.windsweep.physics.SectorRose;
import org.windsweep.physics.Site;
import org.windsweep.physics.TurbineLibrary;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WeibullSectors;
import org.windsweep.physics.WindFarmModel;

/** Test farms built from the reference files, and the feasibility check every optimiser test applies. */
final class Farms {

    private Farms() {
    }

    static JsonNode reference(String relativePath) {
        String dir = System.getProperty("windsweep.reference.dir", "src/test/resources/reference");
        try {
            return new ObjectMapper().readTree(Path.of(dir, relativePath).toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** IEA37 case study 1: its wind rose, turbine and wake model; n = 16, 36 or 64 in a circle, 2 D spacing. */
    static LayoutProblem iea37(int nTurbines) {
        JsonNode cs = reference("iea37-cs1.json");
        JsonNode wind = cs.get("wind");
        Site site = SectorRose.singleSpeed(doubles(wind.get("wd_deg")), doubles(wind.get("probability")),
                wind.get("ws_ms").asDouble(), wind.get("ambient_ti").asDouble()).site();
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("IEA37_3.35MW"), site,
                WakeModels.byName(cs.get("wake_model").asText()));
        for (JsonNode farm : cs.get("farms")) {
            if (farm.get("n_turbines").asInt() == nTurbines) {
                return new LayoutProblem(new CircleBoundary(0, 0, farm.get("boundary_radius_m").asDouble()), model,
                        nTurbines, cs.get("constraints").get("min_spacing_m").asDouble());
            }
        }
        throw new IllegalArgumentException("no IEA37 farm of " + nTurbines + " turbines");
    }

    /** The V80 with Nygaard_2022 (the original sweep's model) at Horns Rev 1, binned coarsely for speed. */
    static WindFarmModel hornsRevV80Nygaard() {
        JsonNode s = reference("sites/hornsrev1_weibull_sectors.json");
        WeibullSectors sectors = new WeibullSectors(doubles(s.get("sector_wd_deg")), doubles(s.get("sector_frequency")),
                doubles(s.get("weibull_A")), doubles(s.get("weibull_k")), constant(12, s.get("ambient_ti").asDouble()));
        double[] wd = new double[12];
        for (int i = 0; i < 12; i++) {
            wd[i] = 30.0 * i;
        }
        double[] ws = {4, 6, 8, 10, 12, 14, 16, 18, 20};
        return new WindFarmModel(TurbineLibrary.builtIn("V80"), sectors.site(wd, ws),
                WakeModels.byName(WakeModels.NYGAARD_2022));
    }

    static double[] doubles(JsonNode array) {
        double[] out = new double[array.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = array.get(i).asDouble();
        }
        return out;
    }

    private static double[] constant(int n, double value) {
        double[] out = new double[n];
        java.util.Arrays.fill(out, value);
        return out;
    }

    /** Every pair at least the spacing apart and every turbine inside, to 1e-6 m; and the result says so. */
    static void assertFeasible(LayoutProblem problem, LayoutResult r) {
        int n = problem.nTurbines();
        assertEquals(n, r.x().length);
        assertEquals(n, r.y().length);
        for (int i = 0; i < n; i++) {
            assertTrue(problem.boundary().signedDistance(r.x()[i], r.y()[i]) >= -1e-6,
                    "turbine " + i + " outside by " + -problem.boundary().signedDistance(r.x()[i], r.y()[i]) + " m");
            for (int j = i + 1; j < n; j++) {
                double d = Math.hypot(r.x()[i] - r.x()[j], r.y()[i] - r.y()[j]);
                assertTrue(d >= problem.minSpacingM() - 1e-6, "turbines " + i + " and " + j + " are " + d + " m apart");
            }
        }
        assertTrue(r.maxViolationM() <= 1e-6, "reported violation " + r.maxViolationM());
    }
}
