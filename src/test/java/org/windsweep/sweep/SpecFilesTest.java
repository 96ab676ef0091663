package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;
import org.windsweep.physics.Site;

/** Turbine and wind-resource files named by a spec, read from the spec's directory by the inputs layer. */
class SpecFilesTest {

    @TempDir
    Path dir;

    private static final String SPEC = """
            name: files
            farms:
              - boundary: {circle: {radius: 1500}}
            turbines: [V80, {file: turbines/small.yaml}]
            site: {file: wind/four-sectors.h5, ws_ms: [8, 10]}
            n_turbines: 9
            """;

    private static final String SMALL_TURBINE = """
            name: Small2MW
            diameter: 90
            hub_height: 80
            ws: [3, 10, 25]
            power: [0, 2.0e6, 2.0e6]
            ct: [0.8, 0.8, 0.3]
            """;

    private void writeFiles(String turbineYaml) throws Exception {
        Files.createDirectories(dir.resolve("turbines"));
        Files.writeString(dir.resolve("turbines/small.yaml"), turbineYaml);
        Files.createDirectories(dir.resolve("wind"));
        // Four Weibull sectors, as PyWake's XRSite would save them (plain HDF5 is enough for the reader).
        try (WritableHdfFile file = HdfFile.write(dir.resolve("wind/four-sectors.h5"))) {
            file.putDataset("wd", new double[] {0, 90, 180, 270});
            file.putDataset("Sector_frequency", new double[] {0.1, 0.2, 0.3, 0.4});
            file.putDataset("Weibull_A", new double[] {8, 9, 10, 11});
            file.putDataset("Weibull_k", new double[] {2, 2, 2, 2});
            file.putDataset("TI", new double[] {0.08});
        }
    }

    @Test
    void aTurbineFileGivesATurbineTypeNamedByTheFile() throws Exception {
        writeFiles(SMALL_TURBINE);

        SweepSpec spec = SweepSpecParser.parse(SPEC, "spec.yaml", dir);

        SweepConfig config = spec.config("farm0_t1_s0");
        assertEquals("Small2MW", config.turbineName());
        assertEquals(90, config.diameter());
        assertEquals(80, config.hubHeight());
        assertEquals(180, config.minSpacingM());
    }

    @Test
    void aWindResourceFileIsBinnedAtTheSpecsBins() throws Exception {
        writeFiles(SMALL_TURBINE);

        Site site = SweepSpecParser.parse(SPEC, "spec.yaml", dir).farms().get(0).site();

        assertArrayEquals(new double[] {0, 90, 180, 270}, site.wdDeg(), "the file's sectors are the default direction bins");
        assertArrayEquals(new double[] {8, 10}, site.wsMs());
        assertArrayEquals(new double[] {0.08, 0.08, 0.08, 0.08}, site.ti());
    }

    @Test
    void aBadTurbineFileIsReportedAtItsEntryInTheSpec() throws Exception {
        writeFiles(SMALL_TURBINE.replace("diameter: 90", "diameter: -90"));

        String message = assertThrows(InvalidInputException.class, () -> SweepSpecParser.parse(SPEC, "spec.yaml", dir)).getMessage();

        assertTrue(message.startsWith("spec.yaml line 4, turbines[1].file: "), message);
        assertTrue(message.contains("diameter"), message);
    }

    @Test
    void aSectorRoseRefusesOtherWindSpeedBins() {
        String message = assertThrows(InvalidInputException.class, () -> SweepSpecParser.parse(
                SPEC.replace("{file: turbines/small.yaml}", "IEA37_3.35MW")
                        .replace("site: {file: wind/four-sectors.h5, ws_ms: [8, 10]}",
                                "site: {sector_rose: {wd_deg: [0, 180], probability: [0.5, 0.5], ws_ms: 9.8}, ws_ms: [8, 10]}"),
                "spec.yaml", dir)).getMessage();

        assertTrue(message.startsWith("spec.yaml line 5, site: "), message);
        assertTrue(message.contains("fixes its own wind speeds"), message);
    }
}
