package org.windsweep.inputs;

import org.windsweep.testing.ExternalTools;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;
import org.windsweep.physics.Site;
import org.windsweep.physics.WeibullSectors;
import org.windsweep.physics.WindResource;

/**
 * Reading wind-resource files as PyWake's XRSite saves them (netCDF4 via python3-netcdf4, plain HDF5 via
 * python3-h5py). The files are made by python3 in the test; without those modules the test is skipped.
 */
class SiteFileTest {

    private static final Path REFERENCE = Path.of(System.getProperty("windsweep.reference.dir", "src/test/resources/reference"));

    @TempDir
    Path dir;

    private void runPython(String script) throws Exception {
        Process p = new ProcessBuilder(ExternalTools.pythonWith("netCDF4", "h5py", "numpy"), "-c", script).directory(dir.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS) && p.exitValue() == 0, "python failed: " + output);
    }

    private static String list(JsonNode array) {
        return array.toString();
    }

    /** The Horns Rev 1 Weibull sectors as a netCDF4 file, binned to 360 x 23: the sites/ reference matrix. */
    @Test
    void weibullNetcdfFileGivesTheReferenceProbabilities() throws Exception {
        JsonNode reference = new ObjectMapper().readTree(REFERENCE.resolve("sites/hornsrev1_weibull_sectors.json").toFile());
        runPython("import netCDF4\n"
                + "ds = netCDF4.Dataset('hornsrev.nc', 'w')\n"
                + "ds.createDimension('wd', 12)\n"
                + "v = ds.createVariable('wd', 'f8', ('wd',)); v[:] = " + list(reference.get("sector_wd_deg")) + "\n"
                + "v = ds.createVariable('Sector_frequency', 'f8', ('wd',)); v[:] = " + list(reference.get("sector_frequency")) + "\n"
                + "v = ds.createVariable('Weibull_A', 'f8', ('wd',)); v[:] = " + list(reference.get("weibull_A")) + "\n"
                + "v = ds.createVariable('Weibull_k', 'f8', ('wd',)); v[:] = " + list(reference.get("weibull_k")) + "\n"
                + "v = ds.createVariable('TI', 'f8', ()); v.assignValue(" + reference.get("ambient_ti") + ")\n"
                + "ds.close()\n");
        WindResource resource = SiteFile.read(dir.resolve("hornsrev.nc"));
        assertTrue(resource instanceof WeibullSectors);
        Site site = resource.site(doubles(reference.get("wd_deg")), doubles(reference.get("ws_ms")));
        double worst = 0;
        for (int l = 0; l < site.wdCount(); l++) {
            double[] expected = doubles(reference.get("expected_probability").get(l));
            for (int k = 0; k < expected.length; k++) {
                worst = Math.max(worst, Math.abs(site.probability()[l][k] - expected[k]) / expected[k]);
            }
        }
        assertTrue(worst < 1e-9, "max rel error " + worst);
        assertEquals(0.1, site.ti()[0]);
    }

    @Test
    void probabilityOverWdWithOneSpeedAndTiPerSectorFromH5py() throws Exception {
        runPython("import h5py, numpy as np\n"
                + "with h5py.File('rose.h5', 'w') as f:\n"
                + "    f['wd'] = np.array([0., 90., 180., 270.])\n"
                + "    f['ws'] = np.array([9.8])\n"
                + "    f['P'] = np.array([0.1, 0.2, 0.3, 0.4])\n"
                + "    f['TI'] = np.array([0.05, 0.06, 0.07, 0.08], dtype='f4')\n");
        Site site = SiteFile.read(dir.resolve("rose.h5")).site();
        assertArrayEquals(new double[] {0, 90, 180, 270}, site.wdDeg());
        assertArrayEquals(new double[] {9.8}, site.wsMs());
        assertEquals(0.3, site.probability()[2][0], 1e-15);
        assertEquals(0.08, site.ti()[3], 1e-7);
    }

    @Test
    void probabilityTableOverWdAndWsFromNetcdf() throws Exception {
        runPython("import netCDF4\n"
                + "ds = netCDF4.Dataset('table.nc', 'w')\n"
                + "ds.createDimension('wd', 4); ds.createDimension('ws', 2)\n"
                + "v = ds.createVariable('wd', 'f8', ('wd',)); v[:] = [0, 90, 180, 270]\n"
                + "v = ds.createVariable('ws', 'f8', ('ws',)); v[:] = [8, 12]\n"
                + "v = ds.createVariable('P', 'f8', ('wd', 'ws')); v[:] = [[.1, .05], [.1, .05], [.2, .1], [.3, .1]]\n"
                + "v = ds.createVariable('TI', 'f8', ()); v.assignValue(0.1)\n"
                + "ds.close()\n");
        Site site = SiteFile.read(dir.resolve("table.nc")).site(new double[] {0, 45, 90, 135, 180, 225, 270, 315}, null);
        // Eight 45-degree bins over 90-degree sectors: half the sector probability; 45 deg goes to the lower sector.
        assertEquals(0.05, site.probability()[1][0], 1e-15);
        assertEquals(0.05, site.probability()[6][1], 1e-15);
        assertArrayEquals(new double[] {8, 12}, site.wsMs());
    }

    /** Speeds out of order are bad input wherever they come from (the steady-power shortcut needs them ascending). */
    @Test
    void windSpeedsOutOfOrderAreRefused() throws Exception {
        runPython("import h5py, numpy as np\n"
                + "with h5py.File('descending.h5', 'w') as f:\n"
                + "    f['wd'] = np.array([0., 180.])\n"
                + "    f['ws'] = np.array([12., 8.])\n"
                + "    f['P'] = np.array([[0.25, 0.25], [0.25, 0.25]])\n"
                + "    f['TI'] = np.array(0.1)\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SiteFile.read(dir.resolve("descending.h5")).site());
        assertTrue(e.getMessage().contains("ws_ms must ascend"), e.getMessage());
    }

    @Test
    void missingTiIsNamed() throws Exception {
        runPython("import h5py, numpy as np\n"
                + "with h5py.File('noti.h5', 'w') as f:\n"
                + "    f['wd'] = np.array([0., 180.])\n"
                + "    f['ws'] = np.array([10.])\n"
                + "    f['P'] = np.array([0.5, 0.5])\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SiteFile.read(dir.resolve("noti.h5")));
        assertTrue(e.getMessage().contains("noti.h5") && e.getMessage().contains("'TI'"), e.getMessage());
    }

    @Test
    void aFileThatIsNotHdf5IsReported() throws IOException {
        Path file = dir.resolve("site.nc");
        Files.writeString(file, "wd,P\n0,1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SiteFile.read(file));
        assertTrue(e.getMessage().contains("site.nc") && e.getMessage().contains("netCDF4/HDF5"), e.getMessage());
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
