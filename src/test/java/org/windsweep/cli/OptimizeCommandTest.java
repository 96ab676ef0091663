package org.windsweep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code windsweep optimize}: configs in this JVM, one JSON line each, with the fields the issue names. */
class OptimizeCommandTest {

    private static final String SPEC = """
            name: optimize-cli
            farms:
              - name: round
                boundary: {circle: {center: [0, 0], radius: 800}}
            turbines: [IEA37_3.35MW]
            wake_model: IEA37SimpleBastankhahGaussian
            site:
              sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.25, 0.25, 0.25, 0.25], ws_ms: 9.8}
              ti: 0.075
            n_turbines: 5
            seeds: {start: 0, count: 3}
            smart_start: {grid_size: 12, random_pct: 30}
            optimizer: {max_iterations: 40, time_limit_s: 600}
            """;

    @TempDir
    Path dir;

    @Test
    void printsOneJsonLinePerSelectedConfig() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, SPEC);
        CliRun result = CliRun.of("optimize", "--spec", spec.toString(), "--config", "farm0_t0_s2", "--config",
                "farm0_t0_s0", "--threads", "2", "--json");
        assertEquals(0, result.exitCode(), result.stderr());
        List<String> lines = result.stdout().lines().toList();
        assertEquals(2, lines.size(), result.stdout());
        JsonNode first = new ObjectMapper().readTree(lines.get(0));
        assertEquals("farm0_t0_s0", first.get("key").asText(), "in spec order");
        for (String field : List.of("aep_gwh", "aep_initial_gwh", "iterations", "converged", "stop_reason",
                "max_violation_m", "wall_s", "x_m", "y_m")) {
            assertTrue(first.has(field), field);
        }
        assertEquals(5, first.get("x_m").size());
        assertTrue(first.get("aep_gwh").asDouble() >= first.get("aep_initial_gwh").asDouble());
        assertTrue(first.get("max_violation_m").asDouble() <= 1e-6);
    }

    @Test
    void anUnknownConfigKeyIsBadInput() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, SPEC);
        CliRun result = CliRun.of("optimize", "--spec", spec.toString(), "--config", "farm9_t0_s0");
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("farm9_t0_s0"), result.stderr());
    }

    @Test
    void anUnknownStrategyIsBadInputNamingTheKeyAndTheStrategies() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, SPEC.replace("optimizer: {", "optimizer: {strategy: best, "));
        CliRun result = CliRun.of("optimize", "--spec", spec.toString(), "--json");
        assertEquals(2, result.exitCode());
        assertEquals("", result.stdout());
        assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
        assertTrue(result.stderr().contains("optimizer.strategy: found 'best'; expected one of fast, thorough"),
                result.stderr());
    }

    @Test
    void theThoroughStrategyRunsFromTheSpecAndReportsWhyItStopped() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, SPEC.replace("optimizer: {", "optimizer: {strategy: thorough, starts: 2, "));
        CliRun result = CliRun.of("optimize", "--spec", spec.toString(), "--config", "farm0_t0_s1", "--json");
        assertEquals(0, result.exitCode(), result.stderr());
        JsonNode line = new ObjectMapper().readTree(result.stdout().lines().findFirst().orElseThrow());
        assertTrue(List.of("converged-kkt", "iteration-cap", "line-search-stalled")
                .contains(line.get("stop_reason").asText()), line.toString());
        assertTrue(line.get("aep_gwh").asDouble() >= line.get("aep_initial_gwh").asDouble());
    }
}
