package org.windsweep.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.windsweep.physics.PhysicalLimits;
import org.windsweep.physics.Probabilities;

/**
 * Reads a {@code site} mapping (the sweep's or a farm's): exactly one of {@code sector_rose}, {@code weibull_sectors},
 * {@code file}, plus optional {@code ti} and {@code wd_deg}/{@code ws_ms} bins. It checks what can be checked without
 * the physics: lengths that must match, directions in [0, 360), probabilities that sum to 1.
 */
final class SiteParser {

    /** PyWake's default ambient turbulence intensity for UniformSite and UniformWeibullSite. */
    static final double DEFAULT_TI = 0.1;

    /** Bins given as {from, to, step} may not expand beyond this many values (a typo in step, usually). */
    static final int MAX_BINS = 100_000;

    private static final List<String> SITE_KEYS = List.of("sector_rose", "wind_rose", "weibull_sectors", "file", "ti", "wd_deg", "ws_ms");
    private static final List<String> KINDS = List.of("sector_rose", "wind_rose", "weibull_sectors", "file");
    private static final List<String> TABLE_KEYS = List.of("wd_deg", "ws_ms", "probability");
    private static final List<String> ROSE_KEYS = List.of("wd_deg", "probability", "ws_ms");
    private static final List<String> WEIBULL_KEYS = List.of("wd_deg", "frequency", "A", "k");
    private static final List<String> RANGE_KEYS = List.of("from", "to", "step");
    private static final String SITE_FORMS = "{sector_rose: {wd_deg, probability, ws_ms}, ti}, {wind_rose: {wd_deg, ws_ms, probability: [[...]]}, ti},"
            + " {weibull_sectors: {wd_deg, frequency, A, k}, ti} or {file: path} (netCDF4, or an IEA37 wind-rose YAML with ti)";

    private final SpecPaths paths;

    SiteParser(SpecPaths paths) {
        this.paths = paths;
    }

    SiteSpec parse(SpecNode node) {
        SpecMap site = node.asMap(SITE_KEYS, "a site: " + SITE_FORMS);
        String kind = site.exactlyOneOf(KINDS);
        SpecNode body = site.required(kind, "");
        SiteSpec.Bins bins = bins(site);
        return switch (kind) {
            case "sector_rose" -> sectorRose(body, site, bins);
            case "wind_rose" -> windRose(body, site, bins);
            case "weibull_sectors" -> weibullSectors(body, site, bins);
            default -> file(body, site, bins);
        };
    }

    private SiteSpec sectorRose(SpecNode node, SpecMap site, SiteSpec.Bins bins) {
        SpecMap rose = node.asMap(ROSE_KEYS, "a sector rose {wd_deg: [...], probability: [...], ws_ms: speed or [...]}");
        SpecNode wdNode = rose.required("wd_deg", "the sector centres in degrees, a list");
        List<Double> wd = directions(wdNode);
        SpecNode probabilityNode = rose.required("probability", "one probability per sector, a list");
        List<Double> probability = sameLength(probabilityNode, wd.size(), "wd_deg");
        requireProbabilities(probabilityNode, probability);
        List<Double> ws = speeds(rose.required("ws_ms", "the wind speed (m/s), a number or a list"));
        return new SiteSpec.SectorRose(wd, probability, ws, ti(site, wd.size()), bins, site.location());
    }

    /** {@code wind_rose}: a probability per direction (rows) and wind speed (columns), all summing to 1. */
    private SiteSpec windRose(SpecNode node, SpecMap site, SiteSpec.Bins bins) {
        SpecMap rose = node.asMap(TABLE_KEYS, "a wind rose {wd_deg: [...], ws_ms: [...], probability: [[...], ...]}");
        List<Double> wd = directions(rose.required("wd_deg", "the direction bins in degrees, a list"));
        List<Double> ws = speeds(rose.required("ws_ms", "the wind speeds (m/s), a list"));
        SpecNode probabilityNode = rose.required("probability", "one row of probabilities per direction");
        List<SpecNode> rowNodes = probabilityNode.asList(wd.size(), "one row per direction (" + wd.size() + ")");
        if (rowNodes.size() != wd.size()) {
            throw probabilityNode.error("expected one row per direction of wd_deg (" + wd.size() + ")");
        }
        List<List<Double>> rows = new ArrayList<>();
        List<Double> all = new ArrayList<>();
        for (SpecNode rowNode : rowNodes) {
            List<Double> row = sameLength(rowNode, ws.size(), "ws_ms");
            checkEachItem(rowNode, (previous, value) -> value >= 0 ? null : "expected a probability of at least 0");
            rows.add(row);
            all.addAll(row);
        }
        requireSumToOne(probabilityNode, all);
        return new SiteSpec.WindRose(wd, ws, rows, ti(site, wd.size()), bins, site.location());
    }

    private SiteSpec weibullSectors(SpecNode node, SpecMap site, SiteSpec.Bins bins) {
        SpecMap weibull = node.asMap(WEIBULL_KEYS, "Weibull sectors {wd_deg: [...], frequency: [...], A: [...], k: [...]}");
        List<Double> wd = directions(weibull.required("wd_deg", "the sector centres in degrees, a list"));
        SpecNode frequencyNode = weibull.required("frequency", "one frequency per sector, a list");
        List<Double> frequency = sameLength(frequencyNode, wd.size(), "wd_deg");
        requireProbabilities(frequencyNode, frequency);
        List<Double> a = positive(weibull.required("A", "one Weibull scale A (m/s) per sector, a list"), wd.size());
        List<Double> k = positive(weibull.required("k", "one Weibull shape k per sector, a list"), wd.size());
        return new SiteSpec.WeibullSectors(wd, frequency, a, k, ti(site, wd.size()), bins, site.location());
    }

    /**
     * A netCDF4/HDF5 wind resource, which brings its own TI, or an IEA37 wind-rose YAML ({@code .yaml}/{@code .yml}),
     * which has none: its {@code ti} is given beside it (default {@link #DEFAULT_TI}).
     */
    private SiteSpec file(SpecNode node, SpecMap site, SiteSpec.Bins bins) {
        Path path = paths.existingFile(node, "a netCDF4/HDF5 wind-resource file or an IEA37 wind-rose YAML");
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".yaml") || name.endsWith(".yml")) {
            return new SiteSpec.File(path, ti(site, 1), bins, node.location());
        }
        site.optional("ti").ifPresent(ti -> {
            throw ti.location().error("a netCDF4/HDF5 wind-resource file brings its own TI; remove ti");
        });
        return new SiteSpec.File(path, List.of(), bins, node.location());
    }

    /** Ambient TI: one value for every direction, or one per sector; default {@link #DEFAULT_TI}. */
    private static List<Double> ti(SpecMap site, int sectors) {
        if (!site.has("ti")) {
            return List.of(DEFAULT_TI);
        }
        SpecNode node = site.required("ti", "");
        String expected = "the ambient turbulence intensity, a number in (0, 1) or a list of " + sectors + " (one per sector)";
        List<Double> ti = node.asNumberOrList(expected);
        if (ti.size() != 1 && ti.size() != sectors) {
            throw node.error("expected " + expected);
        }
        checkEachItem(node, (previous, value) -> value > 0 && value < 1 ? null : "expected a turbulence intensity in (0, 1) (0.075 means 7.5 %)");
        return ti;
    }

    private static SiteSpec.Bins bins(SpecMap site) {
        List<Double> wd = site.optional("wd_deg").map(node -> numbersOrRange(node, "the wind-direction bins in degrees", SiteParser::checkDirections)).orElse(List.of());
        List<Double> ws = site.optional("ws_ms").map(node -> numbersOrRange(node, "the wind-speed bins (m/s)", SiteParser::checkSpeeds)).orElse(List.of());
        return new SiteSpec.Bins(wd, ws);
    }

    private static List<Double> directions(SpecNode node) {
        List<Double> wd = node.asNumberList(1, "a list of directions in degrees");
        checkEachItem(node, SiteParser::checkDirections);
        return wd;
    }

    private static List<Double> speeds(SpecNode node) {
        List<Double> ws = node.asNumberOrList("the wind speed (m/s), a number or a list");
        checkEachItem(node, SiteParser::checkSpeeds);
        return ws;
    }

    /** Why {@code value} cannot follow {@code previous} (NaN for the first) as a direction, or null when it can. */
    private static String checkDirections(double previous, double value) {
        if (value < 0 || value >= 360) {
            return "expected a direction in [0, 360) degrees";
        }
        return value > previous || Double.isNaN(previous) ? null : "expected directions in increasing order, after " + previous;
    }

    private static String checkSpeeds(double previous, double value) {
        if (!(value > 0 && value <= PhysicalLimits.MAX_WIND_SPEED_MS)) {
            return "expected a wind speed above 0 and at most " + PhysicalLimits.MAX_WIND_SPEED_MS + " m/s";
        }
        return value > previous || Double.isNaN(previous) ? null : "expected wind speeds in increasing order, after " + previous;
    }

    /** A rule for one value of an ordered list, given the value before it: the problem, or null if there is none. */
    private interface ItemCheck {
        String problem(double previous, double value);
    }

    /** Applies {@code check} to a number or to every item of a list, so that an error points at the item's own line. */
    private static void checkEachItem(SpecNode node, ItemCheck check) {
        List<SpecNode> items = node.isSequence() ? node.asList(0, "a list") : List.of(node);
        double previous = Double.NaN;
        for (SpecNode item : items) {
            double value = item.asNumber("a number");
            String problem = check.problem(previous, value);
            if (problem != null) {
                throw item.error(problem);
            }
            previous = value;
        }
    }

    /** A list of numbers, or {from, to, step} for the evenly spaced values from..to (to included when hit). */
    private static List<Double> numbersOrRange(SpecNode node, String what, ItemCheck check) {
        String expected = what + ": a list of numbers or {from, to, step}";
        if (!node.isMapping()) {
            List<Double> values = node.asNumberList(1, expected);
            checkEachItem(node, check);
            return values;
        }
        SpecMap range = node.asMap(RANGE_KEYS, expected);
        double from = range.required("from", "the first value").asNumber("the first value, a number");
        SpecNode toNode = range.required("to", "the last value");
        double to = toNode.asNumber("the last value, a number");
        SpecNode stepNode = range.required("step", "the spacing of the values");
        double step = stepNode.asNumber("the spacing of the values, a number above 0");
        if (step <= 0) {
            throw stepNode.error("expected a step above 0");
        }
        if (to < from) {
            throw toNode.error("expected 'to' at least 'from' (" + from + ")");
        }
        // Multiplying rather than accumulating keeps 0, 0.1, ... free of drift; the slack admits 'to' itself.
        // Compared as a double: a span of 1e300 steps would overflow a long's count and pass the check.
        double steps = Math.floor((to - from) / step + 1e-9);
        if (!(steps < MAX_BINS)) {
            throw stepNode.error("expected at most " + MAX_BINS + " values from " + from + " to " + to + "; use a larger step");
        }
        long count = (long) steps + 1;
        List<Double> values = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            double value = from + i * step;
            String problem = check.problem(i == 0 ? Double.NaN : values.get(values.size() - 1), value);
            if (problem != null) {
                throw node.error(problem + ", but the range reaches " + value);
            }
            values.add(value);
        }
        return List.copyOf(values);
    }

    private static List<Double> sameLength(SpecNode node, int length, String other) {
        List<Double> values = node.asNumberList(1, "a list of " + length + " numbers, one per item of " + other);
        if (values.size() != length) {
            throw node.error("expected " + length + " numbers, one per item of " + other);
        }
        return values;
    }

    private static List<Double> positive(SpecNode node, int length) {
        List<Double> values = sameLength(node, length, "wd_deg");
        checkEachItem(node, (previous, value) -> value > 0 ? null : "expected a value above 0");
        return values;
    }

    private static void requireProbabilities(SpecNode node, List<Double> probabilities) {
        checkEachItem(node, (previous, value) -> value >= 0 ? null : "expected a probability of at least 0");
        requireSumToOne(node, probabilities);
    }

    private static void requireSumToOne(SpecNode node, List<Double> probabilities) {
        double sum = 0;
        for (double probability : probabilities) {
            sum += probability;
        }
        if (Math.abs(sum - 1) > Probabilities.SUM_TOLERANCE) {
            throw node.error("expected values that sum to 1 (within " + Probabilities.SUM_TOLERANCE + "), but they sum to " + sum
                    + "; give fractions, not percentages, and include every sector");
        }
    }
}
