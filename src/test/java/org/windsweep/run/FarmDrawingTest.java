package org.windsweep.run;

import org.junit.jupiter.api.Test;
import org.windsweep.report.FarmOutline;
import org.windsweep.report.WindRose;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The report's and the notebook's picture of a farm comes from the spec's boundary and site. */
class FarmDrawingTest {

    private static final String SPEC = """
            name: drawing
            farms:
              - name: round
                boundary: {circle: {center: [100, -50], radius: 1300}}
              - name: square
                boundary: {polygon: [[0, 0], [1500, 0], [1500, 1500], [0, 1500]]}
            turbines: [IEA37_3.35MW]
            n_turbines: 4
            site:
              weibull_sectors: {wd_deg: [0, 90, 180, 270], frequency: [0.1, 0.2, 0.3, 0.4], A: [9, 9, 9, 9], k: [2, 2, 2, 2]}
              ti: 0.08
            seeds: {start: 0, count: 1}
            """;

    private final SweepSpec spec = SweepSpecParser.parse(SPEC, "spec.yaml", Path.of("."));

    @Test
    void aCircleOrPolygonIsOneRegionWithoutHolesExclusionsOrSetback() {
        FarmOutline round = FarmDrawing.outline(spec.farms().get(0));
        FarmOutline.Shape circle = round.regions().get(0).outline();
        assertTrue(circle.isCircle());
        assertArrayEquals(new double[] {100, -50}, circle.center());
        assertEquals(1300, circle.radius());
        FarmOutline square = FarmDrawing.outline(spec.farms().get(1));
        assertEquals(1, square.regions().size());
        assertEquals(4, square.regions().get(0).outline().ring().length);
        assertTrue(square.regions().get(0).holes().isEmpty() && square.exclusions().isEmpty() && square.setback().isEmpty());
    }

    @Test
    void regionsKeepTheirHolesExclusionsAndTheSetbackLineRunsInsideEveryEdge() {
        SweepSpec lease = SweepSpecParser.parse(SPEC.replace(
                "boundary: {circle: {center: [100, -50], radius: 1300}}", """
                        boundary:
                              regions:
                                - polygon: [[0, 0], [4000, 0], [4000, 3000], [0, 3000]]
                                  holes: [[[1500, 1000], [2500, 1000], [2500, 2000], [1500, 2000]]]
                                - circle: {center: [7000, 1500], radius: 1200}
                              exclusions:
                                - circle: {center: [500, 2500], radius: 300}
                              buffer_m: 50"""), "spec.yaml", Path.of("."));
        FarmOutline outline = FarmDrawing.outline(lease.farms().get(0));
        assertEquals(2, outline.regions().size());
        assertEquals(1, outline.regions().get(0).holes().size());
        assertTrue(outline.regions().get(1).outline().isCircle());
        assertEquals(300, outline.exclusions().get(0).radius());
        // setback rings: the square's shell, the hole, the wreck (inside the square) and the circle region
        assertEquals(4, outline.setback().size());
        for (FarmOutline.Shape ring : outline.setback()) {
            for (double[] vertex : ring.ring()) {
                double x = vertex[0];
                double y = vertex[1];
                boolean inSquare = x >= 50 - 1e-6 && x <= 3950 + 1e-6 && y >= 50 - 1e-6 && y <= 2950 + 1e-6;
                double fromHole = Math.hypot(Math.max(0, Math.max(1500 - x, x - 2500)), Math.max(0, Math.max(1000 - y, y - 2000)));
                boolean clearOfHole = fromHole >= 50 - 0.1; // rounded corners are chords of the 50 m arc
                // circles become polygons drawn around them (chords of 32 per quarter: within 1 m at this radius)
                boolean inCircle = Math.hypot(x - 7000, y - 1500) <= 1150 + 1;
                assertTrue((inSquare && clearOfHole && Math.hypot(x - 500, y - 2500) >= 350 - 1)
                        || inCircle, "setback vertex (" + x + ", " + y + ") is not at least 50 m inside");
            }
        }
    }

    @Test
    void theWindRoseIsTheSitesProbabilitySummedOverWindSpeeds() {
        WindRose rose = FarmDrawing.windRose(spec.farms().get(0).site());
        double[][] probability = spec.farms().get(0).site().probability();
        assertEquals(probability.length, rose.wdDeg().length);
        for (int l = 0; l < probability.length; l++) {
            double sum = 0;
            for (double p : probability[l]) {
                sum += p;
            }
            assertEquals(sum, rose.frequency()[l], 1e-15);
        }
        // The site's directions: the 270 sector (40 %) is the most frequent.
        int most = 0;
        for (int l = 1; l < rose.frequency().length; l++) {
            most = rose.frequency()[l] > rose.frequency()[most] ? l : most;
        }
        assertEquals(270, rose.wdDeg()[most]);
    }

    @Test
    void runJsonCarriesTheOutlineAndWindRoseForTheNotebook() {
        Map<String, Object> json = FarmDrawing.outlineJson(FarmDrawing.outline(spec.farms().get(1)));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> regions = (List<Map<String, Object>>) json.get("regions");
        assertEquals(Map.of("polygon", List.of(List.of(0.0, 0.0), List.of(1500.0, 0.0), List.of(1500.0, 1500.0),
                List.of(0.0, 1500.0))), regions.get(0).get("outline"));
        assertEquals(List.of(), json.get("exclusions"));
        Map<String, Object> rose = FarmDrawing.windRoseJson(FarmDrawing.windRose(spec.farms().get(0).site()));
        assertEquals(List.of("wd_deg", "frequency"), List.copyOf(rose.keySet()));
    }
}
