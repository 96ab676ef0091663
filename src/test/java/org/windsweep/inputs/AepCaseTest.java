package org.windsweep.inputs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
        for (String[] bad : new String[][] {{"\"ws_ms\"", "-5"}, {"\"ws_ms\"", "1e999"}, {"\"wd_deg\"", "1e999"}}) {
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

    @Test
    void missingFileIsReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> AepCase.read(dir.resolve("nope.json")));
        assertTrue(e.getMessage().contains("nope.json"), e.getMessage());
    }
}
