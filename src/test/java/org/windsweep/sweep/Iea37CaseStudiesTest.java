package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.windsweep.optimize.RegionBoundary;

/**
 * IEA Wind Task 37 case studies 3 and 4 from their published files (examples/iea37): the baseline layouts' AEP
 * against the published figures. With the 20-direction rose the example layout files give the AEP to 1e-5 MWh
 * (938,573.62950 and 2,861,182.50569), held here to 1e-9 relative. The 360-direction figure is only published
 * rounded to 0.01 MWh (2,851,096.41), so that match is within half of its last digit (0.005 MWh, 2e-9 relative).
 */
class Iea37CaseStudiesTest {

    private static final double RELATIVE = 1e-9;
    private static final double ROUNDING_MWH = 0.005;
    /** The AEP of the example layouts with the 20-direction rose, as their files give it. */
    private static final double CS3_BASELINE_MWH = 938_573.62950;
    private static final double CS4_20_DIRECTION_BASELINE_MWH = 2_861_182.50569;

    private static SweepSpec example(String yaml, String name) {
        return SweepSpecParser.parse(yaml, name, Path.of("examples").toAbsolutePath());
    }

    private static SweepSpec example(String fileName) throws Exception {
        return example(Files.readString(Path.of("examples", fileName)), fileName);
    }

    /** The published baselines are not checked against the boundary: their corner turbines lie cm outside it. */
    private static double baselineAepMwh(SweepSpec spec) {
        BaselineLayout baseline = spec.farms().get(0).baseline();
        return spec.modelFor(0, 0).aep(baseline.x(), baseline.y()).total() * 1000;
    }

    @Test
    void caseStudy3BaselineWithThe20DirectionRose() throws Exception {
        SweepSpec cs3 = example("iea37-cs3.yaml");
        assertEquals(25, cs3.farms().get(0).baseline().turbineCount());
        assertEquals(CS3_BASELINE_MWH, baselineAepMwh(cs3), RELATIVE * CS3_BASELINE_MWH);
    }

    @Test
    void caseStudy4BaselineWithThe360DirectionRose() throws Exception {
        SweepSpec cs4 = example("iea37-cs4.yaml");
        assertEquals(81, cs4.farms().get(0).baseline().turbineCount());
        assertEquals(5, assertInstanceOf(RegionBoundary.class, cs4.farms().get(0).boundary()).regions().size());
        assertEquals(2_851_096.41, baselineAepMwh(cs4), ROUNDING_MWH);
    }

    @Test
    void caseStudy4BaselineWithThe20DirectionRose() throws Exception {
        String yaml = Files.readString(Path.of("examples", "iea37-cs4.yaml"))
                .replace("iea37-windrose-cs4.yaml", "iea37-windrose-cs3.yaml");
        assertEquals(CS4_20_DIRECTION_BASELINE_MWH, baselineAepMwh(example(yaml, "iea37-cs4-20dir.yaml")),
                RELATIVE * CS4_20_DIRECTION_BASELINE_MWH);
    }

    @Test
    void caseStudy4WithExclusionZonesKeepsItsRegionsAndThe20DirectionBaseline() throws Exception {
        SweepSpec withExclusions = example("iea37-cs4-exclusion.yaml");
        RegionBoundary boundary = assertInstanceOf(RegionBoundary.class, withExclusions.farms().get(0).boundary());
        assertEquals(5, boundary.regions().size());
        assertEquals(2, boundary.exclusions().size(), "the wreck and the cable corridor");
        assertEquals(100, boundary.setbackM());
        assertEquals(CS4_20_DIRECTION_BASELINE_MWH, baselineAepMwh(withExclusions), RELATIVE * CS4_20_DIRECTION_BASELINE_MWH,
                "the same baseline and rose as case study 4's 20-direction one");
    }
}
