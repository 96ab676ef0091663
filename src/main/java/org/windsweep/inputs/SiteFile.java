package org.windsweep.inputs;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.exceptions.HdfException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.windsweep.InvalidInputException;
import org.windsweep.physics.Probabilities;
import org.windsweep.physics.SectorRose;
import org.windsweep.physics.WeibullSectors;
import org.windsweep.physics.WindResource;

/**
 * A wind-resource file (netCDF4/HDF5) as PyWake's XRSite saves it: dimension {@code wd} (sector centres, deg),
 * optionally {@code ws}; variables {@code Sector_frequency}, {@code Weibull_A}, {@code Weibull_k} (over wd), or
 * {@code P} (over wd, or wd and ws); {@code TI} scalar or over wd. Read as sectors at the file's own wd values; the
 * returned {@link WindResource} bins them by MODELS.md's rules.
 */
public final class SiteFile {

    private final String file;
    private final HdfFile hdf;

    private SiteFile(String file, HdfFile hdf) {
        this.file = file;
        this.hdf = hdf;
    }

    public static WindResource read(Path path) {
        String name = path.toString();
        if (!Files.isRegularFile(path)) {
            throw new InvalidInputException(name + ": wind-resource file not found; check the site file path");
        }
        try (HdfFile hdf = new HdfFile(path)) {
            return new SiteFile(name, hdf).resource();
        } catch (HdfException e) {
            throw new InvalidInputException(name + ": not a readable netCDF4/HDF5 file (" + e.getMessage()
                    + "); save the site with PyWake's XRSite.save or xarray's to_netcdf");
        }
    }

    private WindResource resource() {
        double[] wd = required("wd", "the sector centres in degrees");
        double[] ti = required("TI", "the ambient turbulence intensity (a scalar or one value per wd)");
        if (ti.length != 1 && ti.length != wd.length) {
            throw error("TI", "has " + ti.length + " values", "give a scalar or one value per wd (" + wd.length + ")");
        }
        if (has("Sector_frequency") || has("Weibull_A") || has("Weibull_k")) {
            double[] frequency = overWd("Sector_frequency", wd.length);
            Probabilities.requireDistribution(frequency, file + ": variable 'Sector_frequency'");
            return new WeibullSectors(wd, frequency, overWd("Weibull_A", wd.length), overWd("Weibull_k", wd.length),
                    ti);
        }
        if (has("P")) {
            return probabilityTable(wd, ti);
        }
        throw new InvalidInputException(file + ": neither 'P' nor 'Sector_frequency'/'Weibull_A'/'Weibull_k' found;"
                + " give a probability table P or Weibull parameters per wd sector");
    }

    private SectorRose probabilityTable(double[] wd, double[] ti) {
        Dataset dataset = dataset("P");
        double[] p = values(dataset);
        Probabilities.requireDistribution(p, file + ": variable 'P'");
        int[] shape = dataset.getDimensions();
        if (shape.length == 1) {
            if (p.length != wd.length) {
                throw error("P", "has " + p.length + " values", "give one per wd (" + wd.length + ")");
            }
            double[] ws = has("ws") ? values(dataset("ws")) : null;
            if (ws == null || ws.length != 1) {
                throw error("ws", ws == null ? "is missing" : "has " + ws.length + " values",
                        "a P over wd alone needs a ws coordinate with the one wind speed it applies to");
            }
            return SectorRose.singleSpeed(wd, p, ws[0], ti);
        }
        double[] ws = required("ws", "the wind speeds of the P table in m/s");
        if (shape.length != 2 || shape[0] != wd.length || shape[1] != ws.length) {
            throw error("P", "has shape " + java.util.Arrays.toString(shape),
                    "give P over (wd, ws): " + wd.length + " x " + ws.length);
        }
        double[][] table = new double[wd.length][ws.length];
        for (int l = 0; l < wd.length; l++) {
            System.arraycopy(p, l * ws.length, table[l], 0, ws.length);
        }
        return new SectorRose(wd, ws, table, ti);
    }

    private boolean has(String name) {
        try {
            Node node = hdf.getByPath(name);
            return node instanceof Dataset;
        } catch (HdfException e) {
            return false;
        }
    }

    private Dataset dataset(String name) {
        return (Dataset) hdf.getByPath(name);
    }

    private double[] required(String name, String what) {
        if (!has(name)) {
            throw error(name, "is missing", "give " + what);
        }
        return values(dataset(name));
    }

    private double[] overWd(String name, int sectors) {
        double[] values = required(name, "one value per wd sector");
        if (values.length != sectors) {
            throw error(name, "has " + values.length + " values", "give one per wd (" + sectors + ")");
        }
        return values;
    }

    private double[] values(Dataset dataset) {
        Object data = dataset.isScalar() ? dataset.getData() : dataset.getDataFlat();
        if (data instanceof double[] doubles) {
            return doubles;
        }
        if (data instanceof float[] floats) {
            double[] doubles = new double[floats.length];
            for (int i = 0; i < floats.length; i++) {
                doubles[i] = floats[i];
            }
            return doubles;
        }
        if (data instanceof int[] ints) {
            return java.util.Arrays.stream(ints).asDoubleStream().toArray();
        }
        if (data instanceof long[] longs) {
            return java.util.Arrays.stream(longs).asDoubleStream().toArray();
        }
        if (data instanceof Number number) {
            return new double[] {number.doubleValue()};
        }
        throw error(dataset.getName(), "is not numeric (" + dataset.getJavaType().getSimpleName() + ")", "store it as numbers");
    }

    private InvalidInputException error(String variable, String problem, String fix) {
        return new InvalidInputException(file + ": variable '" + variable + "' " + problem + "; " + fix);
    }
}
