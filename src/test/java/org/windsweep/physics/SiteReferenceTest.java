package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every site reference (sites/*.json): a sector rose or Weibull sectors becomes PyWake's probability matrix. */
class SiteReferenceTest {

    static List<Path> files() {
        return Reference.files("sites");
    }

    private static Site siteOf(JsonNode reference) {
        double[] sectors = Reference.doubles(reference.get("sector_wd_deg"));
        double[] ti = {reference.get("ambient_ti").asDouble()};
        double[] wd = Reference.doubles(reference.get("wd_deg"));
        double[] ws = Reference.doubles(reference.get("ws_ms"));
        return switch (reference.get("kind").asText()) {
            case "uniform_sectors" -> {
                double[] p = Reference.doubles(reference.get("sector_probability"));
                double[][] perSpeed = new double[p.length][];
                for (int s = 0; s < p.length; s++) {
                    perSpeed[s] = new double[] {p[s]};
                }
                yield new SectorRose(sectors, ws, perSpeed, ti).site(wd);
            }
            case "weibull_sectors" -> new WeibullSectors(sectors, Reference.doubles(reference.get("sector_frequency")),
                    Reference.doubles(reference.get("weibull_A")), Reference.doubles(reference.get("weibull_k")), ti).site(wd, ws);
            default -> throw new IllegalArgumentException("unknown site kind " + reference.get("kind"));
        };
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void probabilityMatrixMatchesPyWake(Path file) {
        JsonNode reference = Reference.json(file);
        Site site = siteOf(reference);
        JsonNode expected = reference.get("expected_probability");
        assertEquals(expected.size(), site.wdCount());
        double worst = 0;
        double sum = 0;
        for (int l = 0; l < site.wdCount(); l++) {
            double[] row = Reference.doubles(expected.get(l));
            assertEquals(row.length, site.wsCount());
            worst = Math.max(worst, Reference.maxRelativeError(site.probability()[l], row, 1e-300));
            for (double p : site.probability()[l]) {
                sum += p;
            }
        }
        System.out.printf(Locale.ROOT, "%s: probability max rel error %.2e%n", file.getFileName(), worst);
        assertTrue(worst <= 1e-9, "probability max rel error " + worst);
        if (reference.has("expected_sum")) {
            assertEquals(reference.get("expected_sum").asDouble(), sum, 1e-9 * sum);
        }
        assertArrayEquals(Reference.doubles(reference.get("wd_deg")), site.wdDeg());
    }
}
