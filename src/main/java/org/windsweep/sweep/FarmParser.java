package org.windsweep.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.windsweep.InvalidInputException;
import org.windsweep.UserNames;
import org.windsweep.inputs.Iea37LayoutFile;

/**
 * Reads one entry of {@code farms}: {@code name}, {@code boundary} (see {@link BoundaryParser}), the farm's own
 * {@code site} and {@code n_turbines}, which replace the sweep's for this farm, and an optional
 * {@code baseline_layout} to compare results with.
 */
final class FarmParser {

    private static final List<String> FARM_KEYS = List.of("name", "boundary", "site", "n_turbines", "baseline_layout");
    private static final List<String> LAYOUT_KEYS = List.of("file", "x", "y");
    private static final String LAYOUT_FORMS = "a baseline layout {file: IEA37 layout YAML} or {x: [...], y: [...]} (metres)";

    private final SiteParser siteParser;
    private final BoundaryParser boundaryParser;
    private final SpecPaths paths;

    FarmParser(SiteParser siteParser, SpecPaths paths) {
        this.siteParser = siteParser;
        this.boundaryParser = new BoundaryParser(paths);
        this.paths = paths;
    }

    /**
     * @param index       the farm's position in {@code farms}, which names it when it has no name
     * @param sweepSite   the sweep's site, or null when the sweep has none (then the farm must have its own)
     * @param sweepCounts the sweep's n_turbines, or null when it has none (then the farm must have its own)
     */
    FarmSpec parse(SpecNode node, int index, SiteSpec sweepSite, TurbineCounts sweepCounts) {
        SpecMap farm = node.asMap(FARM_KEYS, "a farm {name, boundary, site (optional), n_turbines (optional)}");
        String name = farm.optional("name").map(FarmParser::farmName).orElse("farm" + index);
        BoundarySpec boundary = boundaryParser.parse(farm.required("boundary", BoundaryParser.BOUNDARY_FORMS));
        SiteSpec site = farm.optional("site").map(siteParser::parse).orElse(sweepSite);
        if (site == null) {
            throw farm.location().child("site").error("missing; give the farm a site or set the sweep's top-level site");
        }
        TurbineCounts counts = farm.optional("n_turbines").map(FarmParser::turbineCounts).orElse(sweepCounts);
        if (counts == null) {
            throw farm.location().child("n_turbines").error("missing; give the farm its n_turbines or set the sweep's top-level n_turbines");
        }
        SpecNode baselineNode = farm.optional("baseline_layout").orElse(null);
        BaselineLayout baseline = baselineNode == null ? null : baselineLayout(baselineNode);
        if (baseline != null && !counts.values().contains(baseline.turbineCount())) {
            // a baseline of 1 turbine against layouts of 5 reported a gain of 400 %
            throw baselineNode.location().error("the baseline has " + baseline.turbineCount()
                    + " turbines but the farm's n_turbines is " + (counts.writtenAsList() ? counts.values()
                    : counts.values().get(0)) + "; results are compared with a baseline of their own size: give a "
                    + "layout of that many turbines");
        }
        return new FarmSpec(name, boundary, site, counts, baseline, node.location());
    }

    /** {@code n_turbines}: a count in [1, MAX_TURBINES], or a list of distinct counts (one more sweep dimension). */
    static TurbineCounts turbineCounts(SpecNode node) {
        String expected = "a turbine count in [1, " + SpecLimits.MAX_TURBINES + "], or a list of distinct counts";
        if (!node.isSequence()) {
            return new TurbineCounts(List.of(atLeastOne(node, expected)), false, node.location());
        }
        List<Integer> counts = new ArrayList<>();
        Set<Integer> seen = new HashSet<>();
        for (SpecNode item : node.asList(1, expected)) {
            int count = atLeastOne(item, expected);
            if (!seen.add(count)) {
                throw item.error("expected distinct counts (each is a sweep value, and keys must be unique); remove the repeat");
            }
            counts.add(count);
        }
        return new TurbineCounts(counts, true, node.location());
    }

    private static int atLeastOne(SpecNode node, String expected) {
        int count = node.asInt(expected);
        if (count < 1 || count > SpecLimits.MAX_TURBINES) {
            throw node.error("expected " + expected);
        }
        return count;
    }

    private static String farmName(SpecNode node) {
        String name = node.asText("the farm's name");
        try {
            UserNames.requirePrintable("the farm's name", name);
        } catch (InvalidInputException e) {
            throw node.location().error(e.getMessage(), e);
        }
        return name;
    }

    /** {@code baseline_layout}: {@code {file: an IEA37 layout YAML}} or {@code {x: [...], y: [...]}} in metres. */
    private BaselineLayout baselineLayout(SpecNode node) {
        SpecMap layout = node.asMap(LAYOUT_KEYS, LAYOUT_FORMS);
        if (layout.has("file")) {
            if (layout.has("x") || layout.has("y")) {
                throw layout.location().error("found file and x/y; give the baseline layout once");
            }
            SpecNode file = layout.required("file", "");
            Path path = paths.existingFile(file, "an IEA37 layout YAML");
            try {
                double[][] xy = Iea37LayoutFile.read(path);
                return new BaselineLayout(xy[0], xy[1]);
            } catch (InvalidInputException e) {
                throw file.location().error(e.getMessage(), e);
            }
        }
        SpecNode xNode = layout.required("x", "the turbines' x positions in metres, a list");
        List<Double> x = xNode.asNumberList(1, "the turbines' x positions in metres, a list");
        SpecNode yNode = layout.required("y", "the turbines' y positions in metres, a list");
        List<Double> y = yNode.asNumberList(1, "the turbines' y positions in metres, a list");
        if (x.size() != y.size()) {
            throw yNode.error("expected " + x.size() + " y positions, one per x position");
        }
        try {
            return new BaselineLayout(x.stream().mapToDouble(Double::doubleValue).toArray(),
                    y.stream().mapToDouble(Double::doubleValue).toArray());
        } catch (InvalidInputException e) {
            throw layout.location().error(e.getMessage(), e);
        }
    }
}
