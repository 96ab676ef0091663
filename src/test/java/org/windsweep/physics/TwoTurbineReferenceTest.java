package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every two-turbine reference (two-turbine/*.json): a turbine behind one upstream turbine at wd = 270 for offsets and
 * wind speeds ("pairs", including exact tangency cases marked with a note), and four turbines in a row ("row4"), give
 * PyWake's effective wind speed, CT and TI. Near-zero wind speeds (deep wake at 1 D) compare absolutely at 1e-9 m/s.
 */
class TwoTurbineReferenceTest {

    private static final double WD = 270;
    private static final double NEAR_ZERO_MS = 1e-9;
    /** CT and TI are never near zero here; this only guards a division by an exact zero. */
    private static final double EXACT_ZERO = 1e-300;

    static List<Path> files() {
        return Reference.files("two-turbine");
    }

    private static WindFarmModel model(JsonNode reference, double ws) {
        Site site = Site.withUniformTi(new double[] {WD}, new double[] {ws}, new double[][] {{1}},
                reference.get("ambient_ti").asDouble());
        return new WindFarmModel(Reference.turbine(reference.get("turbine")), site,
                WakeModels.byName(reference.get("wake_model").asText()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void downstreamTurbineBehindOneUpstreamTurbine(Path file) {
        JsonNode reference = Reference.json(file);
        String modelName = reference.get("wake_model").asText();
        double tolerance = Reference.flowTolerance(modelName);
        double diameter = reference.get("turbine").get("diameter_m").asDouble();
        double worst = 0;
        int tangencyCases = 0;
        for (JsonNode pair : reference.get("pairs")) {
            double ws = pair.get("ws").asDouble();
            double[] x = {0, pair.get("dx_D").asDouble() * diameter};
            double[] y = {0, pair.get("dy_D").asDouble() * diameter};
            FlowCaseResult flow = model(reference, ws).flowCase(x, y, WD, ws);
            String where = file.getFileName() + " ws=" + ws + " dx_D=" + pair.get("dx_D") + " dy_D=" + pair.get("dy_D");
            worst = Math.max(worst, check(where + " WS_eff downstream", flow.wsEff()[1], pair.get("WS_eff_downstream").asDouble(), tolerance, NEAR_ZERO_MS));
            worst = Math.max(worst, check(where + " WS_eff upstream", flow.wsEff()[0], pair.get("WS_eff_upstream").asDouble(), tolerance, NEAR_ZERO_MS));
            worst = Math.max(worst, check(where + " TI_eff downstream", flow.ti()[1], pair.get("TI_eff_downstream").asDouble(), tolerance, EXACT_ZERO));
            if (pair.has("CT_upstream")) {
                worst = Math.max(worst, check(where + " CT upstream", flow.ct()[0], pair.get("CT_upstream").asDouble(), tolerance, EXACT_ZERO));
            }
            if (pair.has("note")) {
                tangencyCases++;
            }
        }
        System.out.printf(Locale.ROOT, "%s pairs: max rel error %.2e (tolerance %.0e), %d tangency cases%n", file.getFileName(), worst, tolerance, tangencyCases);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void fourTurbinesInARowIncludingSideBySideRotors(Path file) {
        JsonNode reference = Reference.json(file);
        double tolerance = Reference.flowTolerance(reference.get("wake_model").asText());
        double worst = 0;
        for (JsonNode row : reference.get("row4")) {
            double ws = row.get("ws").asDouble();
            FlowCaseResult flow = model(reference, ws).flowCase(Reference.doubles(row.get("x_m")), Reference.doubles(row.get("y_m")), WD, ws);
            double[] wsEff = Reference.doubles(row.get("WS_eff"));
            double[] ct = Reference.doubles(row.get("CT"));
            double[] ti = Reference.doubles(row.get("TI_eff"));
            for (int t = 0; t < wsEff.length; t++) {
                String where = file.getFileName() + " row4 ws=" + ws + " turbine " + t;
                worst = Math.max(worst, check(where + " WS_eff", flow.wsEff()[t], wsEff[t], tolerance, NEAR_ZERO_MS));
                worst = Math.max(worst, check(where + " CT", flow.ct()[t], ct[t], tolerance, EXACT_ZERO));
                worst = Math.max(worst, check(where + " TI_eff", flow.ti()[t], ti[t], tolerance, EXACT_ZERO));
            }
        }
        System.out.printf(Locale.ROOT, "%s row4: max rel error %.2e (tolerance %.0e)%n", file.getFileName(), worst, tolerance);
    }

    /** Relative error, or absolute below nearZero; fails above the tolerance. */
    private static double check(String what, double actual, double expected, double tolerance, double nearZero) {
        if (Math.abs(expected) < nearZero) {
            assertTrue(Math.abs(actual - expected) <= nearZero, what + ": " + actual + " vs " + expected + " (absolute " + nearZero + ")");
            return 0;
        }
        double error = Math.abs(actual - expected) / Math.abs(expected);
        assertTrue(error <= tolerance, what + ": " + actual + " vs " + expected + ", rel error " + error);
        return error;
    }
}
