package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.windsweep.inputs.AepCase;

/** Every reference gradient (gradients/*.json) is reproduced within MODELS.md's tolerance of its largest component. */
class GradientReferenceTest {

    static List<Path> gradients() {
        return Reference.files("gradients");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("gradients")
    void exactGradientMatchesPyWake(Path file) {
        JsonNode reference = Reference.json(file);
        AepCase c = AepCase.read(Reference.dir().resolve("aep-cases").resolve(reference.get("case").asText()));
        WindFarmModel model = new WindFarmModel(c.turbine(), c.site(), WakeModels.byName(reference.get("wake_model").asText()));
        double[] dx = new double[c.turbineCount()];
        double[] dy = new double[c.turbineCount()];
        double aep = model.aepWithGradient(c.x(), c.y(), dx, dy);

        double[] expectedDx = Reference.doubles(reference.get("dAEP_dx_gwh_per_m"));
        double[] expectedDy = Reference.doubles(reference.get("dAEP_dy_gwh_per_m"));
        double largest = 0;
        for (int i = 0; i < dx.length; i++) {
            largest = Math.max(largest, Math.max(Math.abs(expectedDx[i]), Math.abs(expectedDy[i])));
        }
        double worst = 0;
        for (int i = 0; i < dx.length; i++) {
            worst = Math.max(worst, Math.max(Math.abs(dx[i] - expectedDx[i]), Math.abs(dy[i] - expectedDy[i])));
        }
        String modelName = reference.get("wake_model").asText();
        double tolerance = Reference.gradientTolerance(modelName);
        double aepError = Math.abs(aep - reference.get("aep_gwh").asDouble()) / reference.get("aep_gwh").asDouble();
        System.out.printf(Locale.ROOT, "%s: gradient max error %.2e of the largest component (tolerance %.0e); AEP rel error %.2e%n",
                file.getFileName(), worst / largest, tolerance, aepError);
        assertTrue(aepError <= Reference.aepTolerance(modelName), "AEP with gradient: rel error " + aepError);
        assertTrue(worst <= tolerance * largest, "gradient: max error " + worst + " vs largest component " + largest);
    }
}
