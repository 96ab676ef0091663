package org.windsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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

    /**
     * Each of these crashed in the statistics (no seeds), hung (a grid of 10^10 candidates), wrapped a seed or ran with
     * the option ignored; each is now one line, exit 2, before anything runs.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"--seeds 0|--seeds must be 1..10000", "--seeds -1|--seeds must be",
        "--turbines 5|--turbines: 5 is not one of [16, 36, 64]", "--grid-size 100000|--grid-size must be at most 500",
        "--seed-start -1|--seed-start must be 0..", "--time-limit-s Infinity|--time-limit-s must be above 0",
        "--full-resolution --strategy fast|--strategy does not apply with --full-resolution",
        "--case iea37-cs3 --grid-size 20|--grid-size does not apply with --case",
        "--smart-start-only|--smart-start-only applies with --full-resolution only",
        "--full-resolution --max-iterations -1|--max-iterations must be 0..1000000"})
    void optionsOutOfRangeOrForAnotherFormAreBadInput(String line) {
        String[] parts = line.split("\\|");
        java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of("bench", "optimize"));
        args.addAll(java.util.List.of(parts[0].split(" ")));
        CliRun result = CliRun.of(args.toArray(String[]::new));
        assertEquals(2, result.exitCode(), result.stderr());
        assertEquals("", result.stdout());
        assertTrue(result.stderr().startsWith("windsweep: " + parts[1]) && result.stderr().strip().lines().count() == 1,
                result.stderr());
    }

    @Test
    void anUnknownStrategyIsBadInput() {
        CliRun result = CliRun.of("bench", "optimize", "--strategy", "best", "--turbines", "16", "--seeds", "1");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("optimizer.strategy: unknown strategy 'best'; use one of fast, thorough"),
                result.stderr());
    }
}
