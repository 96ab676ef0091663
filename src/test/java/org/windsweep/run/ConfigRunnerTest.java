package org.windsweep.run;

import org.junit.jupiter.api.Test;
import org.windsweep.physics.WindFarmModel;
import org.windsweep.store.AepBreakdown;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.nio.file.Path;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every result carries its AEP breakdown, recomputed here from the layout with the config's own model. */
class ConfigRunnerTest {

    private static final String SPEC = """
            name: breakdown
            farms:
              - name: square
                boundary: {polygon: [[0, 0], [1000, 0], [1000, 1000], [0, 1000]]}
            turbines: [IEA37_3.35MW]
            wake_model: NOJ
            n_turbines: 9
            site:
              sector_rose: {wd_deg: [0, 45, 90, 135, 180, 225, 270, 315], probability: [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.3, 0.1], ws_ms: [6, 9, 12]}
              ti: 0.08
            seeds: {start: 3, count: 1}
            smart_start: {grid_size: 8, random_pct: 0}
            optimizer: {max_iterations: 5, time_limit_s: 60}
            """;

    @Test
    void aResultCarriesItsAepPerTurbineAndWakeFreeAep() {
        SweepSpec spec = SweepSpecParser.parse(SPEC, "spec.yaml", Path.of("."));
        SweepConfig config = spec.configs().get(0);
        ConfigRunner runner = new ConfigRunner(spec, TestFaults.none());
        StoredResult result;
        try {
            ConfigOutcome outcome = runner.run(config);
            result = assertInstanceOf(ConfigOutcome.Computed.class, outcome, outcome::toString).result();
        } finally {
            runner.close();
        }
        WindFarmModel model = spec.problemFor(config).model();
        AepBreakdown breakdown = result.breakdown();
        double[] expected = model.aep(result.x(), result.y()).perTurbine();
        assertArrayEquals(expected, breakdown.aepPerTurbine(), 1e-12 * result.aep());
        assertEquals(result.aep(), Arrays.stream(breakdown.aepPerTurbine()).sum(), 1e-9 * result.aep());
        double alone = model.aep(new double[] {0}, new double[] {0}).total();
        assertEquals(9 * alone, breakdown.aepWakeFree(), 1e-12 * alone);
        double loss = breakdown.wakeLossPct(result.aep());
        assertTrue(loss > 1 && loss < 40, "wake loss " + loss + " %");
        assertNull(breakdown.baselineAep(), "the farm has no baseline layout");
    }

    @Test
    void aFarmsBaselineLayoutGivesEveryResultItsBaselineAep() {
        String withBaseline = SPEC.replace("boundary: {polygon: [[0, 0], [1000, 0], [1000, 1000], [0, 1000]]}",
                "boundary: {polygon: [[0, 0], [1000, 0], [1000, 1000], [0, 1000]]}\n"
                        + "    baseline_layout: {x: [0, 500, 1000, 0, 500, 1000, 0, 500, 1000], y: [0, 0, 0, 500, 500, 500, 1000, 1000, 1000]}");
        SweepSpec spec = SweepSpecParser.parse(withBaseline, "spec.yaml", Path.of("."));
        SweepConfig config = spec.configs().get(0);
        ConfigRunner runner = new ConfigRunner(spec, TestFaults.none());
        StoredResult result;
        try {
            ConfigOutcome outcome = runner.run(config);
            result = assertInstanceOf(ConfigOutcome.Computed.class, outcome, outcome::toString).result();
        } finally {
            runner.close();
        }
        double[] gridX = {0, 500, 1000, 0, 500, 1000, 0, 500, 1000};
        double[] gridY = {0, 0, 0, 500, 500, 500, 1000, 1000, 1000};
        double expected = spec.problemFor(config).model().aep(gridX, gridY).total();
        assertEquals(expected, result.breakdown().baselineAep(), 1e-12 * expected);
    }

    @Test
    void aBaselineLayoutsAepIsComputedWithTheSameModel() {
        SweepSpec spec = SweepSpecParser.parse(SPEC, "spec.yaml", Path.of("."));
        WindFarmModel model = spec.problemFor(spec.configs().get(0)).model();
        double[][] baseline = {{0, 500, 1000, 1500}, {0, 0, 0, 0}};
        double[] x = {0, 0, 1500, 1500};
        double[] y = {0, 1500, 0, 1500};
        AepBreakdown breakdown = AepBreakdowns.of(model, x, y, baseline);
        assertEquals(model.aep(baseline[0], baseline[1]).total(), breakdown.baselineAep());
        double aep = model.aep(x, y).total();
        assertTrue(breakdown.gainOverBaselinePct(aep) > 0, "corners 1500 m apart beat a row 500 m apart");
    }
}
