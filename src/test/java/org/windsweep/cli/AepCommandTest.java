package org.windsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code windsweep aep}: the JSON contract of the brief, and bad input as one line with exit code 2. */
class AepCommandTest {

    private static final Path REFERENCE = Path.of(System.getProperty("windsweep.reference.dir", "src/test/resources/reference"));

    @TempDir
    Path dir;

    /** Runs Main with stdout and stderr captured; returns {exit code, stdout, stderr}. */
    private static String[] run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(stderr, true, StandardCharsets.UTF_8));
            int code = Main.execute(args);
            return new String[] {Integer.toString(code), stdout.toString(StandardCharsets.UTF_8), stderr.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    @Test
    void jsonWithGradientCarriesTheContractFieldsAndMatchesTheReference() throws Exception {
        Path caseFile = REFERENCE.resolve("aep-cases/iea37_16_BastankhahGaussian.json");
        String[] result = run("aep", "--case", caseFile.toString(), "--json", "--gradient");
        assertEquals("0", result[0], result[2]);
        JsonNode json = new ObjectMapper().readTree(result[1]);
        JsonNode expected = new ObjectMapper().readTree(caseFile.toFile()).get("expected");
        JsonNode gradient = new ObjectMapper().readTree(REFERENCE.resolve("gradients/iea37_16_BastankhahGaussian.json").toFile());
        assertEquals(expected.get("aep_gwh").asDouble(), json.get("aep_gwh").asDouble(), 1e-9 * expected.get("aep_gwh").asDouble());
        assertEquals(16, json.get("aep_per_wd_gwh").size());
        assertEquals(16, json.get("aep_per_wt_gwh").size());
        assertEquals(expected.get("flow_case").get("WS_eff_ms").get(1).asDouble(), json.get("ws_eff_ms").get(1).asDouble(), 1e-9);
        assertEquals(gradient.get("dAEP_dx_gwh_per_m").get(0).asDouble(), json.get("daep_dx_gwh_per_m").get(0).asDouble(), 1e-9);
        assertEquals(gradient.get("dAEP_dy_gwh_per_m").get(5).asDouble(), json.get("daep_dy_gwh_per_m").get(5).asDouble(), 1e-9);
    }

    @Test
    void tableOutputNamesTheCase() {
        String[] result = run("aep", "--case", REFERENCE.resolve("aep-cases/iea37_16_NOJ.json").toString());
        assertEquals("0", result[0], result[2]);
        assertTrue(result[1].contains("iea37_16_NOJ") && result[1].contains("AEP 368.76"), result[1]);
    }

    @Test
    void unknownWakeModelIsOneLineWithExitCodeTwo() throws Exception {
        String text = Files.readString(REFERENCE.resolve("aep-cases/iea37_16_NOJ.json")).replace("\"wake_model\": \"NOJ\"", "\"wake_model\": \"Jensen\"");
        Path caseFile = dir.resolve("bad.json");
        Files.writeString(caseFile, text);
        String[] result = run("aep", "--case", caseFile.toString(), "--json");
        assertEquals("2", result[0]);
        assertEquals(1, result[2].strip().lines().count(), result[2]);
        assertTrue(result[2].contains("bad.json") && result[2].contains("Jensen") && result[2].contains("Nygaard_2022"), result[2]);
    }

    @Test
    void missingCaseFileIsExitCodeTwo() {
        String[] result = run("aep", "--case", dir.resolve("missing.json").toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("missing.json"), result[2]);
    }
}
