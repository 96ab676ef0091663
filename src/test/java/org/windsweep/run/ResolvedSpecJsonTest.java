package org.windsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.optimize.OptimizationStrategy;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

/** run.json's resolved values: what the run used, with every default the spec left out. */
class ResolvedSpecJsonTest {

    @TempDir
    Path dir;

    private SweepSpec parse(String optimizer) {
        return SweepSpecParser.parse("""
                name: resolved
                farms: [{name: round, boundary: {circle: {radius: 1300}}, n_turbines: [4, 9]}]
                turbines: [IEA37_3.35MW]
                site: {sector_rose: {wd_deg: [0, 180], probability: [0.5, 0.5], ws_ms: 9.8}, ti: 0.075}
                seeds: {start: 5, count: 3}
                optimizer: OPTIMIZER
                """.replace("OPTIMIZER", optimizer), "spec.yaml", dir);
    }

    @Test
    void theResolvedStrategyAndItsDefaultsAreRecorded() {
        @SuppressWarnings("unchecked")
        Map<String, Object> optimizer = (Map<String, Object>) ResolvedSpecJson.of(parse("{strategy: thorough, starts: 2}"))
                .get("optimizer");

        assertEquals("thorough", optimizer.get("strategy"));
        assertEquals(2, optimizer.get("starts"));
        assertEquals(OptimizationStrategy.THOROUGH.wakeExpansion(), optimizer.get("wake_expansion"));
    }

    @Test
    void theSweepsShapeAndWhereItWasReadFromAreRecorded() {
        Map<String, Object> json = ResolvedSpecJson.of(parse("{max_iterations: 50}"));

        assertEquals(6, json.get("config_count"), "3 seeds x 2 turbine counts");
        assertEquals(dir.toAbsolutePath().normalize().toString(), json.get("base_dir"));
        assertEquals(Map.of("start", 5L, "count", 3), json.get("seeds"));
        assertEquals(List.of(Map.of("name", "round", "n_turbines", List.of(4, 9), "wd_bins", 2, "ws_bins", 1)), json.get("farms"));
    }
}
