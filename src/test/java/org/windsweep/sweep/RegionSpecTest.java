package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;
import org.windsweep.optimize.RegionBoundary;

/** Specs with regions, holes, exclusion zones, setbacks, boundary files and the new site forms. */
class RegionSpecTest {

    @TempDir
    Path dir;

    private SweepSpec parse(String farmsAndSite) {
        String yaml = "name: t\nturbines: [IEA37_3.35MW]\nn_turbines: 4\nspacing_d: 2\n" + farmsAndSite;
        return SweepSpecParser.parse(yaml, "spec.yaml", dir);
    }

    private static final String ROSE = "site: {sector_rose: {wd_deg: [0, 180], probability: [0.5, 0.5], ws_ms: 9}}\n";

    @Test
    void regionsWithHolesExclusionsAndASetbackInDiameters() {
        SweepSpec spec = parse("""
                farms:
                  - boundary:
                      regions:
                        - polygon: [[0, 0], [2000, 0], [2000, 2000], [0, 2000]]
                          holes: [[[800, 800], [1200, 800], [1200, 1200], [800, 1200]]]
                        - circle: {center: [5000, 0], radius: 800}
                      exclusions: [{circle: {center: [300, 300], radius: 100}}]
                      buffer_d: 0.5
                """ + ROSE);
        RegionBoundary b = assertInstanceOf(RegionBoundary.class, spec.farms().get(0).boundary());
        assertEquals(65, b.setbackM(), 1e-12, "half the 130 m rotor");
        assertEquals(2, b.regions().size());
        assertEquals(735, b.signedDistance(5000, 0), 1e-9);
    }

    @Test
    void aLonePolygonStaysThePlainPolygonBoundary() {
        SweepSpec spec = parse("farms: [{boundary: {polygon: [[0, 0], [2000, 0], [2000, 2000], [0, 2000]]}}]\n" + ROSE);
        assertInstanceOf(org.windsweep.optimize.PolygonBoundary.class, spec.farms().get(0).boundary());
    }

    @Test
    void badGeometryIsOneLineNamingTheSpecPlaceAndTheShape() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse("""
                farms:
                  - boundary:
                      regions: [{polygon: [[0, 0], [2000, 2000], [2000, 0], [0, 2000]]}]
                """ + ROSE));
        assertTrue(e.getMessage().startsWith("spec.yaml line 6, farms[0].boundary: regions[0]: a ring crosses or"
                + " touches itself"), e.getMessage());
        InvalidInputException covered = assertThrows(InvalidInputException.class, () -> parse("""
                farms:
                  - boundary:
                      polygon: [[0, 0], [2000, 0], [2000, 2000], [0, 2000]]
                      exclusions: [{polygon: [[-10, -10], [2010, -10], [2010, 2010], [-10, 2010]]}]
                """ + ROSE));
        assertTrue(covered.getMessage().contains("boundary: no point of this region"), covered.getMessage());
    }

    @Test
    void aTabulatedWindRoseMustSumToOne() {
        SweepSpec spec = parse("farms: [{boundary: {circle: {radius: 1300}}}]\n"
                + "site: {wind_rose: {wd_deg: [0, 180], ws_ms: [8, 10], probability: [[0.2, 0.3], [0.25, 0.25]]}}\n");
        assertEquals(0.3, spec.farms().get(0).site().probability()[0][1], 1e-12);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(
                "farms: [{boundary: {circle: {radius: 1300}}}]\n"
                        + "site: {wind_rose: {wd_deg: [0, 180], ws_ms: [8, 10], probability: [[0.4, 0.6], [0.5, 0.5]]}}\n"));
        assertTrue(e.getMessage().contains("sum to 1"), e.getMessage());
    }

    @Test
    void anIea37WindRoseWhoseFrequenciesDoNotSumToOneIsRefused() throws Exception {
        String rose = Files.readString(Path.of("examples", "iea37", "iea37-windrose-cs3.yaml"))
                .replace("frequency: [0.0312,", "frequency: [1.0312,");
        Files.writeString(dir.resolve("rose.yaml"), rose);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(
                "farms: [{boundary: {circle: {radius: 1300}}}]\nsite: {file: rose.yaml, ti: 0.075}\n"));
        assertTrue(e.getMessage().contains("direction.frequency': the values sum to 1.9999"), e.getMessage());
    }
}
