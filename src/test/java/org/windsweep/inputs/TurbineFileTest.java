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
import org.windsweep.physics.Turbine;

/** Reading turbine YAML files (windsweep's layout and windIO's), with validation errors naming the file and field. */
class TurbineFileTest {

    private static final String OWN_LAYOUT = """
            name: Test 3MW
            diameter: 112
            hub_height: 84
            ws: [3, 4, 10, 25]
            power: [0, 100000, 3000000, 3000000]
            ct: [0.0, 0.8, 0.7, 0.1]
            """;

    private static final String WIND_IO = """
            name: IEA 15MW
            hub_height: 150.0
            rotor_diameter: 240.0
            performance:
              power_curve:
                power_wind_speeds: [3.0, 10.0, 25.0]
                power_values: [70000.0, 12000000.0, 15000000.0]
              Ct_curve:
                Ct_wind_speeds: [3.0, 5.0, 25.0]
                Ct_values: [0.8, 0.8, 0.05]
            """;

    @TempDir
    Path dir;

    private Path write(String text) throws IOException {
        Path file = dir.resolve("turbine.yaml");
        Files.writeString(file, text);
        return file;
    }

    private String errorOf(String yaml) throws IOException {
        Path file = write(yaml);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TurbineFile.read(file));
        assertTrue(e.getMessage().startsWith(file.toString()), "names the file: " + e.getMessage());
        assertEquals(1, e.getMessage().lines().count(), "one line: " + e.getMessage());
        return e.getMessage();
    }

    @Test
    void readsTheOwnLayout() throws IOException {
        Turbine turbine = TurbineFile.read(write(OWN_LAYOUT));
        assertEquals("Test 3MW", turbine.name());
        assertEquals(112, turbine.diameter());
        assertEquals(84, turbine.hubHeight());
        assertEquals(1550000, turbine.curve().power(7), 1e-6);
        assertEquals(0.75, turbine.curve().ct(7), 1e-12);
    }

    @Test
    void readsAWindIoTurbineResamplingCtOntoThePowerCurveSpeeds() throws IOException {
        Turbine turbine = TurbineFile.read(write(WIND_IO));
        assertEquals(240, turbine.diameter());
        assertEquals(12e6, turbine.curve().power(10), 1e-6);
        // CT at 10 m/s from the CT table (0.8 at 5, 0.05 at 25), then linear between the power curve's speeds.
        assertEquals(0.8 - 0.75 * 5 / 20, turbine.curve().ct(10), 1e-12);
    }

    @Test
    void missingDiameterIsNamed() throws IOException {
        String message = errorOf(OWN_LAYOUT.replace("diameter: 112\n", ""));
        assertTrue(message.contains("'diameter'") && message.contains("missing"), message);
    }

    @Test
    void nonIncreasingWindSpeedsAreRejected() throws IOException {
        String message = errorOf(OWN_LAYOUT.replace("ws: [3, 4, 10, 25]", "ws: [3, 4, 4, 25]"));
        assertTrue(message.contains("ws") && message.contains("increasing"), message);
    }

    @Test
    void negativePowerIsRejected() throws IOException {
        String message = errorOf(OWN_LAYOUT.replace("power: [0, 100000,", "power: [0, -100000,"));
        assertTrue(message.contains("power[1]"), message);
    }

    @Test
    void ctOutsideZeroToThreeIsRejected() throws IOException {
        String message = errorOf(OWN_LAYOUT.replace("ct: [0.0, 0.8,", "ct: [0.0, 3.8,"));
        assertTrue(message.contains("ct[1]"), message);
    }

    @Test
    void columnsOfDifferentLengthsAreRejected() throws IOException {
        String message = errorOf(OWN_LAYOUT.replace("ct: [0.0, 0.8, 0.7, 0.1]", "ct: [0.0, 0.8, 0.7]"));
        assertTrue(message.contains("different lengths"), message);
    }

    @Test
    void negativeDiameterIsRejected() throws IOException {
        String message = errorOf(OWN_LAYOUT.replace("diameter: 112", "diameter: -112"));
        assertTrue(message.contains("diameter"), message);
    }

    @Test
    void textWhereANumberBelongsIsNamed() throws IOException {
        String message = errorOf(OWN_LAYOUT.replace("hub_height: 84", "hub_height: tall"));
        assertTrue(message.contains("'hub_height'") && message.contains("tall"), message);
    }

    @Test
    void brokenYamlIsReported() throws IOException {
        String message = errorOf("name: [unclosed\n");
        assertTrue(message.contains("not valid YAML"), message);
    }
}
