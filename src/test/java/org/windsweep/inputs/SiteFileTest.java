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

    /**
     * With as many directions as speeds, a P stored over (ws, wd) or a TI over ws has the shape of the expected one:
     * it was read transposed (an AEP of 8 GWh for 72). netCDF4 records each variable's dimensions, which now decide.
     */
    @Test
    void variablesOverOtherDimensionsThanTheExpectedAreRefused() throws Exception {
        String header = "import netCDF4\n"
                + "ds = netCDF4.Dataset(NAME, 'w')\n"
                + "ds.createDimension('wd', 2); ds.createDimension('ws', 2)\n"
                + "v = ds.createVariable('wd', 'f8', ('wd',)); v[:] = [0, 180]\n"
                + "v = ds.createVariable('ws', 'f8', ('ws',)); v[:] = [8, 12]\n";
        runPython(header.replace("NAME", "'transposed.nc'")
                + "v = ds.createVariable('P', 'f8', ('ws', 'wd')); v[:] = [[0.4, 0.1], [0.3, 0.2]]\n"
                + "v = ds.createVariable('TI', 'f8', ()); v.assignValue(0.1)\n"
                + "ds.close()\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SiteFile.read(dir.resolve("transposed.nc")));
        assertEquals(dir.resolve("transposed.nc") + ": variable 'P' is over the dimensions [ws, wd]; give it over "
                + "[wd, ws], in that order", e.getMessage());
        runPython(header.replace("NAME", "'tiws.nc'")
                + "v = ds.createVariable('P', 'f8', ('wd', 'ws')); v[:] = [[0.4, 0.1], [0.3, 0.2]]\n"
                + "v = ds.createVariable('TI', 'f8', ('ws',)); v[:] = [0.1, 0.08]\n"
                + "ds.close()\n");
        e = assertThrows(InvalidInputException.class, () -> SiteFile.read(dir.resolve("tiws.nc")));
        assertTrue(e.getMessage().contains("variable 'TI' is over the dimensions [ws]; give it over [wd]"),
                e.getMessage());
        runPython(header.replace("NAME", "'right.nc'")
                + "v = ds.createVariable('P', 'f8', ('wd', 'ws')); v[:] = [[0.4, 0.1], [0.3, 0.2]]\n"
                + "v = ds.createVariable('TI', 'f8', ('wd',)); v[:] = [0.1, 0.08]\n"
                + "ds.close()\n");
        Site site = SiteFile.read(dir.resolve("right.nc")).site(null, null);
        assertEquals(0.1, site.probability()[0][1], 1e-12);
    }

    @Test
    void anEmptyVariableAndShortIntegersAreTold() throws Exception {
        runPython("import h5py, numpy as np\n"
                + "with h5py.File('empty.h5', 'w') as f:\n"
                + "    f.create_dataset('wd', shape=(0,), dtype='f8')\n"
                + "with h5py.File('int16.h5', 'w') as f:\n"
                + "    f['wd'] = np.array([0, 180], dtype='i2')\n"
                + "    f['ws'] = np.array([10], dtype='i1')\n"
                + "    f['P'] = np.array([0.5, 0.5])\n"
                + "    f['TI'] = np.float64(0.1)\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SiteFile.read(dir.resolve("empty.h5")));
        assertTrue(e.getMessage().contains("variable 'wd' has no values"), e.getMessage());
        Site site = SiteFile.read(dir.resolve("int16.h5")).site(null, null);
        assertEquals(180, site.wdDeg()[1]);
    }

    @Test
    void aFileThatIsNotHdf5IsReported() throws IOException {
        Path file = dir.resolve("site.nc");
        Files.writeString(file, "wd,P\n0,1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SiteFile.read(file));
        assertTrue(e.getMessage().contains("site.nc") && e.getMessage().contains("netCDF4/HDF5"), e.getMessage());
        // the HDF5 signature and zeros: jhdf fails with an IllegalArgumentException of its own, not an HdfException
        byte[] signatureOnly = new byte[108];
        System.arraycopy(new byte[] {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'}, 0, signatureOnly, 0, 8);
        Files.write(file, signatureOnly);
        e = assertThrows(InvalidInputException.class, () -> SiteFile.read(file));
        assertTrue(e.getMessage().contains("not a readable netCDF4/HDF5 file"), e.getMessage());
    }

    private static double[] doubles(JsonNode array) {
        double[] values = new double[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asDouble();
        }
        return values;
    }
}
