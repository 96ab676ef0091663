package org.windsweep.sweep;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads one entry of {@code farms}: {@code name}, {@code boundary} and the farm's own {@code site} and
 * {@code n_turbines}, which replace the sweep's for this farm.
 */
final class FarmParser {

    private static final List<String> FARM_KEYS = List.of("name", "boundary", "site", "n_turbines");
    private static final List<String> BOUNDARY_KEYS = List.of("circle", "polygon");
    private static final List<String> CIRCLE_KEYS = List.of("center", "radius");
    private static final String BOUNDARY_FORMS = "{circle: {center: [x, y], radius: r}} or {polygon: [[x, y], ...]} (metres)";

    private final SiteParser siteParser;

    FarmParser(SiteParser siteParser) {
        this.siteParser = siteParser;
    }

    /**
     * @param index       the farm's position in {@code farms}, which names it when it has no name
     * @param sweepSite   the sweep's site, or null when the sweep has none (then the farm must have its own)
     * @param sweepCounts the sweep's n_turbines, or null when it has none (then the farm must have its own)
     */
    FarmSpec parse(SpecNode node, int index, SiteSpec sweepSite, TurbineCounts sweepCounts) {
        SpecMap farm = node.asMap(FARM_KEYS, "a farm {name, boundary, site (optional), n_turbines (optional)}");
        String name = farm.optional("name").map(n -> n.asText("the farm's name")).orElse("farm" + index);
        BoundarySpec boundary = boundary(farm.required("boundary", BOUNDARY_FORMS));
        SiteSpec site = farm.optional("site").map(siteParser::parse).orElse(sweepSite);
        if (site == null) {
            throw farm.location().child("site").error("missing; give the farm a site or set the sweep's top-level site");
        }
        TurbineCounts counts = farm.optional("n_turbines").map(FarmParser::turbineCounts).orElse(sweepCounts);
        if (counts == null) {
            throw farm.location().child("n_turbines").error("missing; give the farm its n_turbines or set the sweep's top-level n_turbines");
        }
        return new FarmSpec(name, boundary, site, counts, node.location());
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

    private static BoundarySpec boundary(SpecNode node) {
        SpecMap boundary = node.asMap(BOUNDARY_KEYS, BOUNDARY_FORMS);
        String kind = boundary.exactlyOneOf(BOUNDARY_KEYS);
        SpecNode shape = boundary.required(kind, "");
        return kind.equals("circle") ? circle(shape) : polygon(shape);
    }

    private static CircleSpec circle(SpecNode node) {
        SpecMap circle = node.asMap(CIRCLE_KEYS, "a circle {center: [x, y], radius: r} (metres)");
        double[] center = circle.optional("center").map(FarmParser::point).orElse(new double[] {0, 0});
        SpecNode radiusNode = circle.required("radius", "the radius in metres, a number above 0");
        double radius = radiusNode.asNumber("the radius in metres, a number above 0");
        if (radius <= 0) {
            throw radiusNode.error("expected the radius in metres, a number above 0");
        }
        return new CircleSpec(center[0], center[1], radius, node.location());
    }

    /**
     * A polygon of at least 3 vertices. A closing vertex equal to the first (as shapely and GIS tools write rings)
     * is dropped, since the boundary joins the last vertex to the first anyway.
     */
    private static PolygonSpec polygon(SpecNode node) {
        String expected = "a list of at least 3 [x, y] vertices (metres)";
        List<PolygonSpec.Vertex> vertices = new ArrayList<>();
        for (SpecNode item : node.asList(0, expected)) {
            double[] xy = point(item);
            vertices.add(new PolygonSpec.Vertex(xy[0], xy[1]));
        }
        if (vertices.size() > 1 && vertices.get(0).equals(vertices.get(vertices.size() - 1))) {
            vertices.remove(vertices.size() - 1);
        }
        if (vertices.size() < 3) {
            throw node.error("expected " + expected);
        }
        return new PolygonSpec(vertices, node.location());
    }

    private static double[] point(SpecNode node) {
        List<Double> xy = node.asNumberList(2, "a point [x, y] in metres");
        if (xy.size() != 2) {
            throw node.error("expected a point [x, y] in metres (two numbers)");
        }
        return new double[] {xy.get(0), xy.get(1)};
    }
}
