package org.windsweep.inputs;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import io.jhdf.api.Node;
import io.jhdf.api.Attribute;
import io.jhdf.exceptions.HdfInvalidPathException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
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
 * {@code P} (over wd, or wd and ws); {@code TI} scalar or over wd. Where netCDF4 records a variable's dimensions, they
 * must be these, in this order (a square P over (ws, wd) has the shape of one over (wd, ws)). Read as sectors at the
 * file's own wd values; the returned {@link WindResource} bins them by MODELS.md's rules.
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
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // jhdf reports most damage as HdfException, but some as its own reading's failures (a field of zero
            // bytes, a chunk count that overflows): any of them means the file cannot be read
            throw new InvalidInputException(name + ": not a readable netCDF4/HDF5 file (" + e.getClass().getSimpleName()
                    + ": " + e.getMessage() + "); save the site with PyWake's XRSite.save or xarray's to_netcdf");
        }
    }

    private WindResource resource() {
        double[] wd = required("wd", "the sector centres in degrees");
        double[] ti = required("TI", "the ambient turbulence intensity (a scalar or one value per wd)");
        if (ti.length != 1 && ti.length != wd.length) {
            throw error("TI", "has " + ti.length + " values", "give a scalar or one value per wd (" + wd.length + ")");
        }
        if (ti.length > 1) {
            requireDimensions(dataset("TI"), List.of("wd"));
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
        requireDimensions(dataset, shape.length == 1 ? List.of("wd") : List.of("wd", "ws"));
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

    /** Whether the file has this variable; a file too damaged to say raises its error rather than "missing". */
    private boolean has(String name) {
        try {
            Node node = hdf.getByPath(name);
            return node instanceof Dataset;
        } catch (HdfInvalidPathException e) {
            return false;
        }
    }

    /**
     * The names of a variable's dimensions, as netCDF4 records them (HDF5 dimension scales: the DIMENSION_LIST
     * attribute refers to each dimension's dataset by address); empty for a plain HDF5 dataset without them, whose
     * axes are then taken in the documented order.
     */
    private List<String> dimensionNames(Dataset dataset) {
        Attribute list = dataset.getAttributes().get("DIMENSION_LIST");
        if (list == null || !(list.getData() instanceof Object[] dimensions)) {
            return List.of();
        }
        Map<Long, String> byAddress = new HashMap<>();
        hdf.getChildren().values().forEach(node -> byAddress.put(node.getAddress(), node.getName()));
        List<String> names = new ArrayList<>();
        for (Object dimension : dimensions) {
            long[] references = dimension instanceof long[] longs ? longs : new long[0];
            String name = references.length == 1 ? byAddress.get(references[0]) : null;
            if (name == null) {
                return List.of();
            }
            names.add(name);
        }
        return names;
    }

    /** Refuses a variable whose recorded dimensions are not the expected ones (in this order). */
    private void requireDimensions(Dataset dataset, List<String> expected) {
        List<String> names = dimensionNames(dataset);
        if (!names.isEmpty() && !names.equals(expected)) {
            throw error(dataset.getName(), "is over the dimensions " + names, "give it over " + expected
                    + ", in that order");
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
        requireDimensions(dataset(name), List.of("wd"));
        if (values.length != sectors) {
            throw error(name, "has " + values.length + " values", "give one per wd (" + sectors + ")");
        }
        return values;
    }

    /** A variable's values in storage order, from any of netCDF's numeric types. */
    private double[] values(Dataset dataset) {
        if (dataset.isEmpty()) {
            throw error(dataset.getName(), "has no values (empty, or never written)", "store its values");
        }
        Object data = dataset.isScalar() ? dataset.getData() : dataset.getDataFlat();
        if (data instanceof double[] doubles) {
            return doubles;
        }
        if (data instanceof float[] floats) {
            return IntStream.range(0, floats.length).mapToDouble(i -> floats[i]).toArray();
        }
        if (data instanceof int[] ints) {
            return IntStream.of(ints).asDoubleStream().toArray();
        }
        if (data instanceof long[] longs) {
            return LongStream.of(longs).asDoubleStream().toArray();
        }
        if (data instanceof short[] shorts) {
            return IntStream.range(0, shorts.length).mapToDouble(i -> shorts[i]).toArray();
        }
        if (data instanceof byte[] bytes) {
            return IntStream.range(0, bytes.length).mapToDouble(i -> bytes[i]).toArray();
        }
        if (data instanceof Number[] numbers) {
            return java.util.Arrays.stream(numbers).mapToDouble(Number::doubleValue).toArray();
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
