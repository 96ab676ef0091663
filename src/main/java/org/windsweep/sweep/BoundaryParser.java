package org.windsweep.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.windsweep.InvalidInputException;
import org.windsweep.inputs.BoundaryFile;
import org.windsweep.optimize.FarmShape;

/**
 * Reads a farm's {@code boundary}: exactly one of {@code circle}, {@code polygon} (optionally with {@code holes}),
 * {@code regions} (a list of {@code {polygon, holes}} or {@code {circle}}) or {@code file} (GeoJSON or IEA37
 * boundary YAML), plus optional {@code exclusions} (a list of {@code {polygon}} or {@code {circle}}) and a setback
 * {@code buffer_m} (metres) or {@code buffer_d} (rotor diameters). A lone circle or polygon is kept in its
 * original form (and optimised exactly as before); anything more becomes a {@link RegionsSpec}.
 */
final class BoundaryParser {

    static final String BOUNDARY_FORMS = "{circle: {center: [x, y], radius: r}}, {polygon: [[x, y], ...]},"
            + " {regions: [{polygon: [...], holes: [...]}, {circle: {...}}]} or {file: path}, with optional"
            + " exclusions and buffer_m or buffer_d (metres)";

    private static final List<String> KINDS = List.of("circle", "polygon", "regions", "file");
    private static final List<String> BOUNDARY_KEYS = List.of("circle", "polygon", "holes", "regions", "file",
            "exclusions", "buffer_m", "buffer_d");
    private static final List<String> REGION_KEYS = List.of("circle", "polygon", "holes");
    private static final List<String> EXCLUSION_KEYS = List.of("circle", "polygon");
    private static final List<String> CIRCLE_KEYS = List.of("center", "radius");

    private final Path baseDir;

    BoundaryParser(Path baseDir) {
        this.baseDir = baseDir;
    }

    BoundarySpec parse(SpecNode node) {
        SpecMap boundary = node.asMap(BOUNDARY_KEYS, BOUNDARY_FORMS);
        String kind = boundary.exactlyOneOf(KINDS);
        boolean plain = !boundary.has("holes") && !boundary.has("exclusions") && !boundary.has("buffer_m")
                && !boundary.has("buffer_d");
        if (plain && kind.equals("circle")) {
            return circle(boundary.required(kind, ""));
        }
        if (plain && kind.equals("polygon")) {
            return polygon(boundary.required(kind, ""));
        }
        if (boundary.has("holes") && !kind.equals("polygon")) {
            throw boundary.location().child("holes").error("holes belong to a polygon; move them into the region"
                    + " they are cut from");
        }
        List<FarmShape> regions = new ArrayList<>();
        List<FarmShape> exclusions = new ArrayList<>();
        switch (kind) {
            case "circle", "polygon" -> regions.add(shape(boundary, "boundary"));
            case "regions" -> {
                List<SpecNode> items = boundary.required(kind, "").asList(1, "a list of regions");
                for (int i = 0; i < items.size(); i++) {
                    regions.add(shape(items.get(i).asMap(REGION_KEYS, "a region {polygon: [...], holes: [...]}"
                            + " or {circle: {center, radius}}"), "regions[" + i + "]"));
                }
            }
            default -> readFile(boundary.required(kind, ""), regions, exclusions);
        }
        boundary.optional("exclusions").ifPresent(node2 -> {
            List<SpecNode> items = node2.asList(1, "a list of exclusion zones");
            for (int i = 0; i < items.size(); i++) {
                exclusions.add(shape(items.get(i).asMap(EXCLUSION_KEYS, "an exclusion zone {polygon: [...]} or"
                        + " {circle: {center, radius}}"), "exclusions[" + i + "]"));
            }
        });
        double bufferM = nonNegative(boundary, "buffer_m", "the setback from every edge in metres");
        double bufferD = nonNegative(boundary, "buffer_d", "the setback from every edge in rotor diameters");
        if (boundary.has("buffer_m") && boundary.has("buffer_d")) {
            throw boundary.location().child("buffer_d").error("found both buffer_m and buffer_d; give the setback"
                    + " once, in metres or in rotor diameters");
        }
        return new RegionsSpec(regions, exclusions, bufferM, bufferD, node.location());
    }

    /** A region or exclusion: {polygon, holes} or {circle}. */
    private static FarmShape shape(SpecMap map, String label) {
        String kind = map.exactlyOneOf(EXCLUSION_KEYS);
        SpecNode body = map.required(kind, "");
        if (kind.equals("circle")) {
            CircleSpec c = circle(body);
            return new FarmShape.Circle(label, c.centerX(), c.centerY(), c.radius());
        }
        List<double[][]> holes = new ArrayList<>();
        map.optional("holes").ifPresent(node -> {
            for (SpecNode hole : node.asList(1, "a list of holes, each a list of [x, y] vertices")) {
                holes.add(vertices(polygon(hole)));
            }
        });
        return new FarmShape.Polygon(label, vertices(polygon(body)), holes);
    }

    private void readFile(SpecNode node, List<FarmShape> regions, List<FarmShape> exclusions) {
        Path path = SpecPaths.existingFile(node, baseDir, "a boundary file (.geojson, or an IEA37 boundary .yaml)");
        BoundaryFile.Contents contents;
        try {
            contents = BoundaryFile.read(path);
        } catch (InvalidInputException e) {
            throw node.location().error(e.getMessage(), e);
        }
        contents.regions().forEach(s -> regions.add(new FarmShape.Polygon(s.label(), s.shell(), s.holes())));
        contents.exclusions().forEach(s -> exclusions.add(new FarmShape.Polygon(s.label(), s.shell(), s.holes())));
    }

    private static double nonNegative(SpecMap map, String key, String what) {
        if (!map.has(key)) {
            return 0;
        }
        SpecNode node = map.required(key, what);
        double value = node.asNumber(what);
        if (!(value >= 0)) {
            throw node.error("expected " + what + ", a number of at least 0");
        }
        return value;
    }

    static CircleSpec circle(SpecNode node) {
        SpecMap circle = node.asMap(CIRCLE_KEYS, "a circle {center: [x, y], radius: r} (metres)");
        double[] center = circle.optional("center").map(BoundaryParser::point).orElse(new double[] {0, 0});
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
    static PolygonSpec polygon(SpecNode node) {
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

    static double[][] vertices(PolygonSpec polygon) {
        return polygon.vertices().stream().map(v -> new double[] {v.x(), v.y()}).toArray(double[][]::new);
    }

    static double[] point(SpecNode node) {
        List<Double> xy = node.asNumberList(2, "a point [x, y] in metres");
        if (xy.size() != 2) {
            throw node.error("expected a point [x, y] in metres (two numbers)");
        }
        return new double[] {xy.get(0), xy.get(1)};
    }
}
