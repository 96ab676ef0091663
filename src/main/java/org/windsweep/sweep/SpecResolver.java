package org.windsweep.sweep;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.windsweep.InvalidInputException;
import org.windsweep.inputs.Iea37WindRoseFile;
import org.windsweep.inputs.SiteFile;
import org.windsweep.inputs.TurbineFile;
import org.windsweep.optimize.Boundary;
import org.windsweep.optimize.CircleBoundary;
import org.windsweep.optimize.PolygonBoundary;
import org.windsweep.optimize.RegionBoundary;
import org.windsweep.optimize.RegionGeometry;
import org.windsweep.optimize.SmartStartCapacity;
import org.windsweep.physics.SectorRose;
import org.windsweep.physics.Site;
import org.windsweep.physics.Turbine;
import org.windsweep.physics.TurbineLibrary;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WeibullSectors;
import org.windsweep.physics.WindResource;

/**
 * The second step of parsing: turns a {@link SweepDefinition} into physics and optimiser objects. Those layers
 * validate their own inputs (polygon self-intersection, turbine curves, sector spacing, unknown names); this class
 * only adds where in the spec the offending value is, so the user still gets one line with key path and line.
 */
final class SpecResolver {

    private SpecResolver() {
    }

    /**
     * @param newSweep whether the sweep is about to start, rather than recorded by a run that has started: a recorded
     *                 one skips the checks that only decide whether a new sweep is worth starting (distinct turbine
     *                 names, room for smart start), so that runs from before those checks can still be merged
     */
    static SweepSpec resolve(SweepDefinition definition, boolean newSweep) {
        List<Turbine> turbines = definition.turbines().stream().map(SpecResolver::turbine).toList();
        if (newSweep) {
            requireDistinctNames(definition.turbines(), turbines);
        }
        String wakeModel = at(definition.wakeModelAt(), () -> WakeModels.byName(definition.wakeModel()).name());
        // Farms that share the sweep's site share one Site object (and one copy in the broadcast).
        Map<SiteSpec, Site> sites = new HashMap<>();
        List<Farm> farms = new ArrayList<>();
        Turbine largest = turbines.stream().max(Comparator.comparingDouble(Turbine::diameter)).orElseThrow();
        for (FarmSpec farm : definition.farms()) {
            Boundary boundary = boundary(farm.boundary(), largest.diameter());
            requireTurbinesFit(farm, boundary, largest, definition.spacingD());
            if (newSweep) {
                requireSmartStartFits(farm, boundary, largest, definition);
            }
            Site site = sites.computeIfAbsent(farm.site(), SpecResolver::site);
            farms.add(new Farm(farm.name(), boundary, site, farm.turbineCounts().values(), farm.baseline()));
        }
        return new SweepSpec(definition, farms, turbines, wakeModel);
    }

    private static Turbine turbine(TurbineRef ref) {
        if (ref instanceof TurbineRef.File file) {
            return at(ref.at(), () -> TurbineFile.read(file.path()));
        }
        return at(ref.at(), () -> TurbineLibrary.builtIn(((TurbineRef.BuiltIn) ref).name()));
    }

    /** Results, reports and notebooks tell turbine types apart by name: two files naming the same turbine are refused. */
    private static void requireDistinctNames(List<TurbineRef> refs, List<Turbine> turbines) {
        Map<String, Integer> firstWithName = new HashMap<>();
        for (int t = 0; t < turbines.size(); t++) {
            Integer first = firstWithName.putIfAbsent(turbines.get(t).name(), t);
            if (first != null) {
                throw refs.get(t).at().error("this turbine is named '" + turbines.get(t).name() + "', as is turbines["
                        + first + "]; results tell turbine types apart by name: rename one in its file");
            }
        }
    }

    /** @param rotorDiameterM the diameter a setback in rotor diameters is measured in */
    private static Boundary boundary(BoundarySpec spec, double rotorDiameterM) {
        if (spec instanceof CircleSpec circle) {
            return at(spec.at(), () -> new CircleBoundary(circle.centerX(), circle.centerY(), circle.radius()));
        }
        if (spec instanceof RegionsSpec regions) {
            return at(spec.at(), () -> new RegionBoundary(regions.regions(), regions.exclusions(),
                    regions.setbackM(rotorDiameterM)));
        }
        return at(spec.at(), () -> new PolygonBoundary(BoundaryParser.vertices((PolygonSpec) spec)));
    }

    /** The site at the spec's bins; the physics applies MODELS.md's defaults where the spec gives none. */
    private static Site site(SiteSpec spec) {
        return at(spec.at(), () -> windResource(spec).site(binsOrDefault(spec.bins().wdDeg()), binsOrDefault(spec.bins().wsMs())));
    }

    private static WindResource windResource(SiteSpec spec) {
        if (spec instanceof SiteSpec.SectorRose rose) {
            return sectorRose(rose);
        }
        if (spec instanceof SiteSpec.WeibullSectors weibull) {
            return new WeibullSectors(array(weibull.wdDeg()), array(weibull.frequency()), array(weibull.weibullA()),
                    array(weibull.weibullK()), array(weibull.ti()));
        }
        if (spec instanceof SiteSpec.WindRose rose) {
            double[][] probability = rose.probability().stream().map(SpecResolver::array).toArray(double[][]::new);
            return new SectorRose(array(rose.wdDeg()), array(rose.wsMs()), probability, array(rose.ti()));
        }
        SiteSpec.File file = (SiteSpec.File) spec;
        return file.ti().isEmpty() ? SiteFile.read(file.path()) : Iea37WindRoseFile.read(file.path(), array(file.ti()));
    }

    /** Each sector's probability applies to each of the rose's speeds, as in PyWake's UniformSite. */
    private static SectorRose sectorRose(SiteSpec.SectorRose spec) {
        double[][] probability = new double[spec.wdDeg().size()][spec.wsMs().size()];
        for (int s = 0; s < probability.length; s++) {
            Arrays.fill(probability[s], spec.probability().get(s));
        }
        return new SectorRose(array(spec.wdDeg()), array(spec.wsMs()), probability, array(spec.ti()));
    }

    /** WindResource takes null for "the default bins". */
    private static double[] binsOrDefault(List<Double> bins) {
        return bins.isEmpty() ? null : array(bins);
    }

    /** Refuses a turbine count that cannot fit at the minimum spacing of the largest rotor, before any run. */
    private static void requireTurbinesFit(FarmSpec farm, Boundary boundary, Turbine largest, double spacingD) {
        double minSpacingM = spacingD * largest.diameter();
        long capacity;
        if (farm.boundary() instanceof CircleSpec circle) {
            capacity = TurbineCapacity.maxTurbines(circle, minSpacingM);
        } else if (farm.boundary() instanceof PolygonSpec polygon) {
            capacity = TurbineCapacity.maxTurbines(polygon, minSpacingM);
        } else {
            capacity = TurbineCapacity.maxTurbines(RegionGeometry.usableArea((RegionBoundary) boundary), minSpacingM);
        }
        for (int count : farm.turbineCounts().values()) {
            if (count > capacity) {
                throw farm.turbineCounts().at().error("found " + count + " turbines for farm '" + farm.name() + "', but at most " + capacity
                        + " fit in its boundary " + minSpacingM + " m (" + spacingD + " x " + largest.name() + "'s diameter) apart;"
                        + " lower n_turbines or spacing_d, or enlarge the boundary");
            }
        }
    }

    /**
     * Refuses a turbine count that smart start's candidate grid cannot hold at the largest rotor's spacing (a narrow
     * strip, a wide setback), which the run would otherwise refuse config by config.
     */
    private static void requireSmartStartFits(FarmSpec farm, Boundary boundary, Turbine largest,
                                              SweepDefinition definition) {
        int gridSize = definition.smartStart().gridSize();
        double minSpacingM = definition.spacingD() * largest.diameter();
        int most = farm.turbineCounts().values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long placeable = SmartStartCapacity.upperBound(boundary, gridSize, minSpacingM);
        String grid = "smart start's " + gridSize + "x" + gridSize + " candidate grid";
        if (placeable == 0) {
            throw farm.turbineCounts().at().error("no point of " + grid + " lies inside farm '" + farm.name()
                    + "''s boundary (less its setback); raise smart_start.grid_size or enlarge the boundary");
        }
        if (most > placeable) {
            throw farm.turbineCounts().at().error("n_turbines " + most + " for farm '" + farm.name() + "' is more "
                    + "than " + grid + " can hold in its boundary: at most " + placeable + ", " + minSpacingM + " m ("
                    + definition.spacingD() + " x " + largest.name() + "'s diameter) apart; raise "
                    + "smart_start.grid_size, lower n_turbines or spacing_d, or enlarge the boundary");
        }
    }

    /** Runs another layer's constructor and puts the spec location in front of its message. */
    private static <T> T at(SpecLocation location, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidInputException e) {
            throw location.error(e.getMessage(), e);
        }
    }

    private static double[] array(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
