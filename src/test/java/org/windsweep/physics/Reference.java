package org.windsweep.physics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The PyWake reference files (system property windsweep.reference.dir) and MODELS.md's tolerances. */
final class Reference {

    private Reference() {
    }

    static Path dir() {
        String dir = System.getProperty("windsweep.reference.dir", "src/test/resources/reference");
        return Path.of(dir);
    }

    /** Every *.json file of a reference subfolder, so that a new reference file is picked up without a code change. */
    static List<Path> files(String subfolder) {
        try (Stream<Path> listing = Files.list(dir().resolve(subfolder))) {
            return listing.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode json(Path file) {
        try {
            return new ObjectMapper().readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }

    /** The turbine of a reference file's "turbine" object (tabular or cubic curve). */
    static Turbine turbine(JsonNode node) {
        JsonNode curve = node.get("curve");
        PowerCtCurve powerCt = switch (curve.get("kind").asText()) {
            case "tabular" -> new TabularCurve(doubles(curve.get("ws_ms")), doubles(curve.get("power_w")), doubles(curve.get("ct")));
            case "cubic" -> new CubicCurve(curve.get("ws_cutin_ms").asDouble(), curve.get("ws_rated_ms").asDouble(),
                    curve.get("ws_cutout_ms").asDouble(), curve.get("power_rated_w").asDouble(), curve.get("ct").asDouble());
            default -> throw new IllegalArgumentException("unknown curve kind " + curve.get("kind"));
        };
        return new Turbine(node.get("name").asText(), node.get("diameter_m").asDouble(), node.get("hub_height_m").asDouble(), powerCt);
    }

    static boolean isNygaard(String model) {
        return model.startsWith("Nygaard");
    }

    /** MODELS.md: AEP 1e-9 relative, Nygaard_2022 1e-5 (PyWake's lookup table vs our exact rotor average). */
    static double aepTolerance(String model) {
        return isNygaard(model) ? 1e-5 : 1e-9;
    }

    /** MODELS.md: flow-case values 1e-9 relative, Nygaard_2022 1e-4. */
    static double flowTolerance(String model) {
        return isNygaard(model) ? 1e-4 : 1e-9;
    }

    /** MODELS.md: gradients within 1e-6 of the largest component, Nygaard_2022 1e-2. */
    static double gradientTolerance(String model) {
        return isNygaard(model) ? 1e-2 : 1e-6;
    }

    /** Largest relative error max|a - e| / |e| (absolute below absFloor) over two arrays. */
    static double maxRelativeError(double[] actual, double[] expected, double absFloor) {
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            double scale = Math.max(Math.abs(expected[i]), absFloor);
            worst = Math.max(worst, Math.abs(actual[i] - expected[i]) / scale);
        }
        return worst;
    }
}
