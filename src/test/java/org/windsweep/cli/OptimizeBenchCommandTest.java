package org.windsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code windsweep bench optimize --strategy}: the strategy and its budget reach the optimiser and the output. */
class OptimizeBenchCommandTest {

    @Test
    void runsTheChosenStrategyAndReportsItsBudgetAndStopReasons() throws Exception {
        CliRun result = CliRun.of("bench", "optimize", "--turbines", "16", "--seeds", "2", "--seed-start", "7",
                "--strategy", "thorough", "--starts", "2", "--wake-expansion", "2,1.5", "--max-iterations", "60",
                "--json");
        assertEquals(0, result.exitCode(), result.stderr());
        JsonNode out = new ObjectMapper().readTree(result.stdout());
        assertEquals("thorough", out.get("strategy").asText());
        assertEquals(2, out.get("starts").asInt());
        assertEquals(2, out.get("wake_expansion").size());
        assertEquals(7, out.get("seed_start").asInt());
        JsonNode farm = out.get("farms").get(0);
        assertEquals(2, farm.get("aep_gwh_per_seed").size());
        int stopped = 0;
        for (JsonNode count : farm.get("stop_reasons")) {
            stopped += count.asInt();
        }
        assertEquals(2, stopped, "one stop reason per seed");
        assertTrue(farm.get("max_violation_m").asDouble() <= 1e-6);
        assertTrue(result.stderr().contains("n=16 seed 8:"), "progress per seed on stderr");
    }

    @Test
    void anUnknownStrategyIsBadInput() {
        CliRun result = CliRun.of("bench", "optimize", "--strategy", "best", "--turbines", "16", "--seeds", "1");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("optimizer.strategy: unknown strategy 'best'; use one of fast, thorough"),
                result.stderr());
    }
}
