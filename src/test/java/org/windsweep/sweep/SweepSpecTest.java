package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;
import org.windsweep.optimize.CircleBoundary;
import org.windsweep.optimize.LayoutProblem;
import org.windsweep.optimize.PolygonBoundary;

/** A resolved sweep: its configs, their keys and order, and each config's optimisation problem. */
class SweepSpecTest {

    @TempDir
    Path dir;

    private static final String TWO_FARMS = """
            name: two-farms
            farms:
              - name: round
                boundary: {circle: {radius: 1300}}
              - name: square
                boundary: {polygon: [[0, 0], [2500, 0], [2500, 2500], [0, 2500]]}
                n_turbines: 9
            turbines: [IEA37_3.35MW, V80]
            site: {sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.25, 0.25, 0.25, 0.25], ws_ms: 9.8}, ti: 0.075}
            wake_model: IEA37SimpleBastankhahGaussian
            n_turbines: 16
            seeds: {start: 5, count: 2}
            spacing_d: 3
            """;

    private SweepSpec parse(String yaml) {
        return SweepSpecParser.parse(yaml, "spec.yaml", dir);
    }

    private String error(String yaml) {
        return assertThrows(InvalidInputException.class, () -> parse(yaml)).getMessage();
    }

    @Test
    void configsNestFarmsThenTurbinesThenSeeds() {
        SweepSpec spec = parse(TWO_FARMS);

        assertEquals(List.of(
                "farm0_t0_s5", "farm0_t0_s6", "farm0_t1_s5", "farm0_t1_s6",
                "farm1_t0_s5", "farm1_t0_s6", "farm1_t1_s5", "farm1_t1_s6"),
                spec.configs().stream().map(SweepConfig::key).toList());
    }

    @Test
    void aConfigCarriesItsFarmTurbineSeedAndCount() {
        SweepConfig config = parse(TWO_FARMS).config("farm1_t1_s6");

        assertEquals(new SweepConfig("farm1_t1_s6", 1, 1, 6, 9, "square", "V80", 80, 70, 240), config);
    }

    @Test
    void fieldsAreTheAttributesInSnakeCaseAndDeclarationOrder() {
        Map<String, Object> fields = parse(TWO_FARMS).config("farm0_t0_s5").fields();

        assertEquals(List.of("key", "farm_idx", "type_idx", "ss_seed", "n_turbines", "farm_name", "turbine_name", "diameter",
                "hub_height", "min_spacing_m"), List.copyOf(fields.keySet()));
        assertEquals(List.of("farm0_t0_s5", 0, 0, 5L, 16, "round", "IEA37_3.35MW", 130.0, 110.0, 390.0), List.copyOf(fields.values()));
    }

    @Test
    void aTurbineCountListIsTheInnermostDimensionAndEndsEveryKey() {
        SweepSpec spec = parse(TWO_FARMS.replace("n_turbines: 9", "n_turbines: [4, 9]").replace("count: 2", "count: 1"));

        assertEquals(List.of(
                "farm0_t0_s5_n16", "farm0_t1_s5_n16",
                "farm1_t0_s5_n4", "farm1_t0_s5_n9", "farm1_t1_s5_n4", "farm1_t1_s5_n9"),
                spec.configs().stream().map(SweepConfig::key).toList());
        assertEquals(9, spec.config("farm1_t1_s5_n9").nTurbines());
    }

    @Test
    void theSameSpecAlwaysGivesTheSameConfigs() {
        assertEquals(parse(TWO_FARMS).configs(), parse(TWO_FARMS).configs());
    }

    @Test
    void theProblemOfAConfigHasItsBoundaryModelCountAndSpacing() {
        SweepSpec spec = parse(TWO_FARMS);
        LayoutProblem round = spec.problemFor(spec.config("farm0_t1_s5"));
        LayoutProblem square = spec.problemFor(spec.config("farm1_t0_s6"));

        assertEquals(new CircleBoundary(0, 0, 1300), round.boundary());
        assertEquals(16, round.nTurbines());
        assertEquals(240, round.minSpacingM(), "3 x 80 m");
        assertEquals("V80", round.model().turbine().name());
        assertEquals("IEA37SimpleBastankhahGaussian", round.model().wakeModel().name());
        assertInstanceOf(PolygonBoundary.class, square.boundary());
        assertEquals(9, square.nTurbines());
        assertEquals(390, square.minSpacingM(), "3 x 130 m");
        assertArrayEquals(new double[] {0, 90, 180, 270}, square.model().site().wdDeg());
    }

    @Test
    void configsOfTheSameFarmAndTurbineShareOneModel() {
        SweepSpec spec = parse(TWO_FARMS);

        assertSame(spec.modelFor(0, 1), spec.modelFor(0, 1));
        assertSame(spec.problemFor(spec.config("farm0_t0_s5")).model(), spec.problemFor(spec.config("farm0_t0_s6")).model());
        assertNotSame(spec.modelFor(0, 0), spec.modelFor(0, 1));
        assertNotSame(spec.modelFor(0, 0), spec.modelFor(1, 0));
        assertEquals("V80", spec.modelFor(1, 1).turbine().name());
    }

    @Test
    void aSpecSurvivesJavaSerialisationAsSparkBroadcastsIt() throws Exception {
        SweepSpec spec = parse(TWO_FARMS);
        spec.modelFor(0, 0); // fills the model cache, which is rebuilt rather than shipped

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(spec);
        }
        SweepSpec copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (SweepSpec) in.readObject();
        }

        assertEquals(spec.configs(), copy.configs());
        assertEquals(spec.yamlText(), copy.yamlText());
        assertEquals(spec.modelFor(1, 1).aep(new double[] {0, 1000}, new double[] {0, 0}).total(),
                copy.modelFor(1, 1).aep(new double[] {0, 1000}, new double[] {0, 0}).total());
    }

    @Test
    void theResolvedSpecKeepsWhatTheRunNeeds() {
        SweepSpec spec = parse(TWO_FARMS + "partitions: 3\noptimizer: {max_iterations: 50, time_limit_s: 20}\n");

        assertEquals("two-farms", spec.name());
        assertEquals(3, spec.partitions().getAsInt());
        assertEquals(50, spec.optimizerSettings().maxIterations());
        assertEquals(20, spec.optimizerSettings().timeLimitS());
        assertEquals(80, spec.optimizer().hardLimitS());
        assertEquals(18, spec.smartStart().gridSize());
        assertEquals(3, PartitionAssignment.forSpec(spec, 64).count(), "the spec's partitions win over the core count");
        assertEquals(8, PartitionAssignment.forSpec(parse(TWO_FARMS), 2).count(), "8 configs, 4 per core on 2 cores");
        assertEquals(8, spec.configs().size());
        assertEquals(dir.toAbsolutePath().normalize().toString(), spec.baseDir());
    }

    @Test
    void yamlTextSourceAndBaseDirRebuildTheSameSpec() {
        SweepSpec spec = parse(TWO_FARMS);
        SweepSpec rebuilt = SweepSpecParser.parse(spec.yamlText(), spec.sourceName(), Path.of(spec.baseDir()));

        assertEquals(spec.configs(), rebuilt.configs());
        assertEquals(PartitionAssignment.forSpec(spec, 2), PartitionAssignment.forSpec(rebuilt, 2));
    }

    @Test
    void anUnknownTurbineListsTheBuiltIns() {
        String message = error(TWO_FARMS.replace("turbines: [IEA37_3.35MW, V80]", "turbines: [IEA37_3.35MW, V90]"));

        assertTrue(message.startsWith("spec.yaml line 8, turbines[1]: "), message);
        assertTrue(message.contains("V90") && message.contains("IEA37_3.35MW, V80"), message);
    }

    @Test
    void aSelfIntersectingPolygonIsRefusedByPolygonBoundaryAndPlacedInTheSpec() {
        String message = error(TWO_FARMS.replace("[[0, 0], [2500, 0], [2500, 2500], [0, 2500]]", "[[0, 0], [3000, 0], [0, 2000], [2000, 2500]]"));

        assertTrue(message.startsWith("spec.yaml line 6, farms[1].boundary.polygon: "), message);
        assertTrue(message.contains("intersect"), message);
    }

    @Test
    void anUnknownWakeModelListsTheValidNames() {
        String message = error(TWO_FARMS.replace("wake_model: IEA37SimpleBastankhahGaussian", "wake_model: Jensen"));

        assertTrue(message.startsWith("spec.yaml line 10, wake_model: "), message);
        assertTrue(message.contains("IEA37SimpleBastankhahGaussian, NOJ, BastankhahGaussian, NiayifarGaussian,"
                + " NiayifarGaussian_CrespoHernandez, Nygaard_2022"), message);
    }

    @Test
    void moreTurbinesThanFitTheBoundaryAreRefused() {
        String message = error(TWO_FARMS.replace("n_turbines: 9", "n_turbines: 62"));

        // Oler's bound for a 2500 m square at 390 m: 2/sqrt(3) * 41.09 + 12.82 + 1 = 61.3
        assertEquals("spec.yaml line 7, farms[1].n_turbines: found 62 turbines for farm 'square', but at most 61 fit in its boundary"
                + " 390.0 m (3.0 x IEA37_3.35MW's diameter) apart; lower n_turbines or spacing_d, or enlarge the boundary", message);
    }

    @Test
    void sectorsTheSiteCannotUseAreRefusedWithTheSitesLocation() {
        String message = error(TWO_FARMS.replace("wd_deg: [0, 90, 180, 270]", "wd_deg: [0, 90, 180, 300]"));

        assertTrue(message.startsWith("spec.yaml line 9, site: "), message);
        assertTrue(message.contains("equally spaced"), message);
    }

    @Test
    void theShippedSpecsResolve() {
        SweepSpec demo = SweepSpecParser.parseDemo();
        assertEquals(24, demo.configs().size());
        assertEquals("Nygaard_2022", demo.wakeModel());
        assertEquals(11, demo.farms().get(0).site().wsCount(), "4, 6, ..., 24 m/s");
        assertEquals(36, demo.farms().get(0).site().wdCount(), "0, 10, ..., 350 degrees");

        SweepSpec cs1 = SweepSpecParser.parseFile(Path.of("examples/iea37-cs1.yaml"));
        assertEquals(30, cs1.configs().size());
        assertEquals(260, cs1.config("farm2_t0_s9").minSpacingM());

        SweepSpec benchmark = SweepSpecParser.parseFile(Path.of("examples/benchmark-3000.yaml"));
        assertEquals(3000, benchmark.configs().size());
        assertEquals("farm9_t2_s99", benchmark.configs().get(2999).key());
    }
}
