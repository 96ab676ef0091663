package org.windsweep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.inputs.AepCase;
import org.windsweep.physics.Turbine;
import org.windsweep.physics.TurbineLibrary;
import org.windsweep.physics.WakeModel;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;
import org.windsweep.testing.DefaultLocale;

/** {@code windsweep aep}: its JSON output (README), and bad input as one line with exit code 2. */
class AepCommandTest {

    private static final Path REFERENCE = Path.of(System.getProperty("windsweep.reference.dir", "src/test/resources/reference"));

    @TempDir
    Path dir;

    @Test
    void jsonWithGradientCarriesTheContractFieldsAndMatchesTheReference() throws Exception {
        Path caseFile = REFERENCE.resolve("aep-cases/iea37_16_BastankhahGaussian.json");
        CliRun result = CliRun.of("aep", "--case", caseFile.toString(), "--json", "--gradient");
        assertEquals(0, result.exitCode(), result.stderr());
        JsonNode json = new ObjectMapper().readTree(result.stdout());
        JsonNode expected = new ObjectMapper().readTree(caseFile.toFile()).get("expected");
        JsonNode gradient = new ObjectMapper().readTree(REFERENCE.resolve("gradients/iea37_16_BastankhahGaussian.json").toFile());
        assertEquals(expected.get("aep_gwh").asDouble(), json.get("aep_gwh").asDouble(), 1e-9 * expected.get("aep_gwh").asDouble());
        assertEquals(16, json.get("aep_per_wd_gwh").size());
        assertEquals(16, json.get("aep_per_wt_gwh").size());
        assertEquals(expected.get("flow_case").get("WS_eff_ms").get(1).asDouble(), json.get("ws_eff_ms").get(1).asDouble(), 1e-9);
        assertEquals(gradient.get("dAEP_dx_gwh_per_m").get(0).asDouble(), json.get("daep_dx_gwh_per_m").get(0).asDouble(), 1e-9);
        assertEquals(gradient.get("dAEP_dy_gwh_per_m").get(5).asDouble(), json.get("daep_dy_gwh_per_m").get(5).asDouble(), 1e-9);
    }

    /** The README's example case is the full-resolution bench's 16 V80s (hr1_V80_16) written out as a case file. */
    @Test
    void theExampleCaseIsTheFullResolutionBenchsSixteenV80s() {
        AepCase example = AepCase.read(Path.of("examples/aep-case-hornsrev1-v80-16.json"));
        assertEquals(WakeModels.NYGAARD_2022, example.wakeModel());
        assertEquals(HornsRev1.fullResolutionSite(), example.site());
        Turbine v80 = TurbineLibrary.builtIn("V80");
        double spacing = 4 * v80.diameter();
        for (int i = 0; i < 16; i++) {
            assertEquals((i % 4) * spacing, example.x()[i]);
            assertEquals((i / 4) * spacing, example.y()[i]);
        }
        WakeModel model = WakeModels.byName(WakeModels.NYGAARD_2022);
        assertEquals(new WindFarmModel(v80, example.site(), model).aep(example.x(), example.y()).total(),
                new WindFarmModel(example.turbine(), example.site(), model).aep(example.x(), example.y()).total());
    }

    @Test
    void tableOutputNamesTheCase() {
        CliRun result = CliRun.of("aep", "--case", REFERENCE.resolve("aep-cases/iea37_16_NOJ.json").toString());
        assertEquals(0, result.exitCode(), result.stderr());
        assertTrue(result.stdout().contains("iea37_16_NOJ") && result.stdout().contains("AEP 368.76"), result.stdout());
    }

    @Test
    void tableNumbersAreTheSameInAnyDefaultLocale() {
        String caseFile = REFERENCE.resolve("aep-cases/iea37_16_NOJ.json").toString();
        String english = CliRun.of("aep", "--case", caseFile).stdout();
        for (var locale : new java.util.Locale[] {DefaultLocale.GERMAN, DefaultLocale.ARABIC}) {
            CliRun result = DefaultLocale.with(locale, () -> CliRun.of("aep", "--case", caseFile));
            assertEquals(english, result.stdout(), locale.toString());
        }
        assertTrue(english.contains("AEP 368.76"), english);
    }

    @Test
    void unknownWakeModelIsOneLineWithExitCodeTwo() throws Exception {
        String text = Files.readString(REFERENCE.resolve("aep-cases/iea37_16_NOJ.json")).replace("\"wake_model\": \"NOJ\"", "\"wake_model\": \"Jensen\"");
        Path caseFile = dir.resolve("bad.json");
        Files.writeString(caseFile, text);
        CliRun result = CliRun.of("aep", "--case", caseFile.toString(), "--json");
        assertEquals(2, result.exitCode());
        assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
        assertTrue(result.stderr().contains("bad.json") && result.stderr().contains("Jensen") && result.stderr().contains("Nygaard_2022"), result.stderr());
    }

    @Test
    void severalCasesGiveEachItsOwnResultInOrder() {
        String noj = REFERENCE.resolve("aep-cases/iea37_16_NOJ.json").toString();
        String nygaard = REFERENCE.resolve("aep-cases/uniform12_grid3x3_V80_Nygaard_2022.json").toString();
        CliRun both = CliRun.of("aep", "--json", "--case", nygaard, noj, "--gradient");
        assertEquals(0, both.exitCode(), both.stderr());
        String expected = CliRun.of("aep", "--json", "--gradient", "--case", nygaard).stdout()
                + CliRun.of("aep", "--json", "--gradient", "--case", noj).stdout();
        assertEquals(expected, both.stdout());
        assertEquals(2, both.stdout().lines().count(), "one JSON object per line");

        CliRun tables = CliRun.of("aep", "--case", noj, "--case", nygaard);
        assertEquals(CliRun.of("aep", "--case", noj).stdout() + System.lineSeparator()
                + CliRun.of("aep", "--case", nygaard).stdout(), tables.stdout());
    }

    @Test
    void aBadCaseAmongSeveralPrintsNoResult() throws Exception {
        String good = REFERENCE.resolve("aep-cases/iea37_16_NOJ.json").toString();
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, Files.readString(Path.of(good)).replace("\"ambient_ti\": 0.075", "\"ambient_ti\": -1"));
        CliRun result = CliRun.of("aep", "--json", "--case", good, bad.toString());
        assertEquals(2, result.exitCode());
        assertEquals("", result.stdout());
        assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
        assertTrue(result.stderr().contains("bad.json") && result.stderr().contains("ambient_ti"), result.stderr());
    }

    /** A TI of 0 passes the reader but not Nygaard_2022: found in the computation, still before anything is printed. */
    @Test
    void aCaseThatFailsInItsComputationAmongSeveralPrintsNoResultAndIsNamed() throws Exception {
        String good = REFERENCE.resolve("aep-cases/iea37_16_NOJ.json").toString();
        Path bad = dir.resolve("calm.json");
        Files.writeString(bad, Files.readString(REFERENCE.resolve("aep-cases/iea37_16_Nygaard_2022.json"))
                .replace("\"ambient_ti\": 0.075", "\"ambient_ti\": 0.0"));
        for (String format : new String[] {"--json", "--gradient"}) {
            CliRun result = CliRun.of("aep", format, "--case", good, bad.toString());
            assertEquals(2, result.exitCode(), result.stderr());
            assertEquals("", result.stdout());
            assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
            assertTrue(result.stderr().contains("calm.json") && result.stderr().contains("ti"), result.stderr());
        }
    }

    /** Nesting beyond the parser's limit is an error without a location: still one line and exit 2. */
    @Test
    void jsonBeyondTheParsersLimitsIsOneLine() throws Exception {
        Path deep = dir.resolve("deep.json");
        Files.writeString(deep, "[".repeat(5000) + "]".repeat(5000));
        CliRun result = CliRun.of("aep", "--case", deep.toString());
        assertEquals(2, result.exitCode(), result.stderr());
        assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
        assertTrue(result.stderr().contains("deep.json") && result.stderr().contains("not valid JSON"), result.stderr());
    }

    @Test
    void aLineBreakInTheInputKeepsTheErrorOnOneLine() throws Exception {
        Path caseFile = dir.resolve("broken-name.json");
        Files.writeString(caseFile, Files.readString(REFERENCE.resolve("aep-cases/iea37_16_NOJ.json"))
                .replace("\"wake_model\": \"NOJ\"", "\"wake_model\": \"No\\nSuch\""));
        CliRun result = CliRun.of("aep", "--case", caseFile.toString());
        assertEquals(2, result.exitCode(), result.stderr());
        assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
        assertTrue(result.stderr().contains("No\\nSuch"), result.stderr());
    }

    @Test
    void missingCaseFileIsExitCodeTwo() {
        CliRun result = CliRun.of("aep", "--case", dir.resolve("missing.json").toString());
        assertEquals(2, result.exitCode());
        assertTrue(result.stderr().contains("missing.json"), result.stderr());
    }
}
