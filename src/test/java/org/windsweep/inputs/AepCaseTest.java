package org.windsweep.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;
import org.windsweep.physics.CubicCurve;

/** Reading AEP case files: the reference format, and one-line errors naming the file, the field and the fix. */
class AepCaseTest {

    private static final Path REFERENCE = Path.of(System.getProperty("windsweep.reference.dir", "src/test/resources/reference"));

    @TempDir
    Path dir;

    private static String referenceText() throws IOException {
        return Files.readString(REFERENCE.resolve("aep-cases/iea37_16_IEA37SimpleBastankhahGaussian.json"));
    }

    private Path write(String text) throws IOException {
        Path file = dir.resolve("case.json");
        Files.writeString(file, text);
        return file;
    }

    @Test
    void readsTheReferenceCase() {
        AepCase c = AepCase.read(REFERENCE.resolve("aep-cases/iea37_16_IEA37SimpleBastankhahGaussian.json"));
        assertEquals("IEA37SimpleBastankhahGaussian", c.wakeModel());
        assertEquals(16, c.turbineCount());
        assertEquals(130, c.turbine().diameter());
        assertTrue(c.turbine().curve() instanceof CubicCurve);
        assertEquals(16, c.site().wdCount());
        assertEquals(0.075, c.ambientTi());
        assertEquals(270, c.expected().flowCaseWdDeg());
        assertEquals(16, c.expected().aepPerWtGwh().length);
    }

    @Test
    void missingFieldIsNamedWithTheFile() throws IOException {
        Path file = write(referenceText().replace("\"diameter_m\"", "\"diameter\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains("turbine.diameter_m")
                && e.getMessage().contains("missing"), e.getMessage());
    }

    @Test
    void wrongTypeIsNamed() throws IOException {
        Path file = write(referenceText().replace("\"ambient_ti\": 0.075", "\"ambient_ti\": \"high\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(file));
        assertTrue(e.getMessage().contains("ambient_ti") && e.getMessage().contains("number"), e.getMessage());
    }

    @Test
    void invalidJsonNamesTheLine() throws IOException {
        Path file = write("{\n \"schema\": \"windsweep-aep-case/1\",\n \"id\": }\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(file));
        assertTrue(e.getMessage().contains("not valid JSON") && e.getMessage().contains("line 3"), e.getMessage());
    }

    @Test
    void theExpectedFlowCaseMustBeAWindThatCanBlow() throws IOException {
        String text = referenceText();
        int at = text.indexOf("\"flow_case\"");
        for (String[] bad : new String[][] {{"\"ws_ms\"", "-5"}, {"\"ws_ms\"", "1e999"}, {"\"ws_ms\"", "1e300"}, {"\"ws_ms\"", "1e6"},
            {"\"wd_deg\"", "1e999"}}) {
            int key = text.indexOf(bad[0], at);
            int value = text.indexOf(':', key) + 1;
            int end = text.indexOf(',', value);
            Path file = write(text.substring(0, value) + " " + bad[1] + text.substring(end));
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(file), bad[1]);
            assertTrue(e.getMessage().contains("expected.flow_case." + bad[0].replace("\"", "")), e.getMessage());
        }
    }

    /** An endless device (or a huge file) is bad input, not an OutOfMemoryError. */
    @Test
    void endlessInputIsRefusedBySize() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(Path.of("/dev/zero")));
        assertTrue(e.getMessage().contains("/dev/zero") && e.getMessage().contains("larger than"), e.getMessage());
    }

    @Test
    void otherSchemaIsRejected() throws IOException {
        Path file = write(referenceText().replace("windsweep-aep-case/1", "windsweep-aep-case/9"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(file));
        assertTrue(e.getMessage().contains("schema") && e.getMessage().contains("windsweep-aep-case/1"), e.getMessage());
    }

    @Test
    void invalidTurbineCurveIsReportedForTheTurbine() throws IOException {
        Path file = write(referenceText().replace("\"ws_rated_ms\": 9.8", "\"ws_rated_ms\": 2.0"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(file));
        assertTrue(e.getMessage().contains("turbine") && e.getMessage().contains("ws_rated"), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    /**
     * Finite values far beyond any farm once crashed the computation (a 1e-300 m rotor, a 1e300 m/s wind or a turbine
     * at 1e300 m made a wind speed NaN and the curve lookup throw) or gave nonsense with exit 0 (a 1e300 m rotor, a
     * 1e300 W power): each is now refused when the case is read, naming the file, the value and its range.
     */
    @Test
    void magnitudesBeyondPhysicalLimitsAreRefusedNamingTheValue() throws IOException {
        String[][] cases = {
            {"/turbine/diameter_m", "1e300", "diameter 1.0E300 m is not within [0.01, 1000.0] m"},
            {"/turbine/diameter_m", "1e-300", "diameter 1.0E-300 m is not within [0.01, 1000.0] m"},
            {"/turbine/hub_height_m", "1e300", "hub_height 1.0E300 m is not within [0, 1000.0] m"},
            {"/turbine/curve/power_rated_w", "1e300", "power_rated: 1.0E300 W is not within [0, 1e+09] W"},
            {"/turbine/curve/ws_cutout_ms", "1e300", "ws_cutout: 1.0E300 m/s is not within [0, 100.0] m/s"},
            {"/flow_cases/ws_ms", "1e300", "site: ws_ms: 1.0E300 m/s is not within [0, 100.0] m/s"},
            {"/layout/x_m", "1e300", "layout: turbine 0 [1.0E300, "},
        };
        ObjectMapper mapper = new ObjectMapper();
        for (String[] bad : cases) {
            ObjectNode root = (ObjectNode) mapper.readTree(referenceText());
            String parent = bad[0].substring(0, bad[0].lastIndexOf('/'));
            String field = bad[0].substring(bad[0].lastIndexOf('/') + 1);
            JsonNode value = root.at(bad[0]);
            if (value.isArray()) {
                ((ArrayNode) value).set(0, Double.parseDouble(bad[1]));
            } else {
                ((ObjectNode) root.at(parent)).put(field, Double.parseDouble(bad[1]));
            }
            Path file = write(root.toString());
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(file), bad[0]);
            assertTrue(e.getMessage().startsWith(file.toString()) && e.getMessage().contains(bad[2]), e.getMessage());
        }
    }

    /** The id heads the printed table: an ESC in it was written to the terminal as it stood. */
    @Test
    void anIdWithAControlCharacterIsRefused() throws IOException {
        Path file = write(referenceText().replace("\"iea37_16_IEA37SimpleBastankhahGaussian\"", "\"a\\u001b[2J\""));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(file));
        assertEquals(file + ": the case's id has the control character U+001B at position 1; give a name of printable "
                + "characters", e.getMessage());
    }

    @Test
    void missingFileIsReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
    }
}
