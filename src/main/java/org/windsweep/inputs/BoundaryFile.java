package org.windsweep.inputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.windsweep.InvalidInputException;
import org.windsweep.UserFiles;

/**
 * A farm boundary file, in projected metres (such as UTM), in one of two formats by its extension:
 * <ul>
 * <li>GeoJSON ({@code .geojson}, {@code .json}): a Polygon or MultiPolygon geometry (rings after the first of a
 *   polygon are its holes), a Feature of one, or a FeatureCollection of such Features. A Feature whose properties
 *   have {@code "exclusion": true} is an exclusion zone; every other polygon is a region. Each polygon is labelled
 *   by its feature's {@code name} property, or its index.</li>
 * <li>IEA Wind Task 37 boundary YAML ({@code .yaml}, {@code .yml}): {@code boundaries}, a mapping from region name
 *   to its list of [x, y] vertices.</li>
 * </ul>
 * Coordinates that all look like longitude/latitude degrees are refused: the optimiser measures in metres.
 */
public final class BoundaryFile {

    /** A polygon of the file, in metres, with the label that names it in messages. */
    public record Shape(String label, double[][] shell, List<double[][]> holes) {

        /**
         * Fewer than 3 distinct positions enclose no area; said here, before such a ring's few numbers look like
         * degrees to the longitude/latitude check.
         */
        public Shape {
            requireArea(shell, label);
            for (int h = 0; h < holes.size(); h++) {
                requireArea(holes.get(h), label + " hole " + h);
            }
        }

        private static void requireArea(double[][] ring, String label) {
            long distinct = Arrays.stream(ring).map(Arrays::toString).distinct().count();
            if (distinct < 3) {
                throw new InvalidInputException(label + ": a ring of " + distinct + " distinct positions encloses no "
                        + "area; give at least 3 [x, y] vertices");
            }
        }
    }

    /** The file's regions and exclusion zones. */
    public record Contents(List<Shape> regions, List<Shape> exclusions) {
    }

    private static final String GEOJSON_TYPES = "Polygon, MultiPolygon, Feature or FeatureCollection";

    private final String file;
    private final List<Shape> regions = new ArrayList<>();
    private final List<Shape> exclusions = new ArrayList<>();

    private BoundaryFile(String file) {
        this.file = file;
    }

    public static Contents read(Path path) {
        String name = path.getFileName() == null ? path.toString() : path.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        String what = "a boundary file (.geojson or IEA37 boundary .yaml)";
        BoundaryFile reader = new BoundaryFile(path.toString());
        if (lower.endsWith(".geojson") || lower.endsWith(".json")) {
            reader.geoJson(UserFiles.readText(path, what));
        } else if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            reader.iea37(UserFiles.readText(path, what));
        } else {
            throw new InvalidInputException(path + ": unknown boundary file type; give a .geojson file or an IEA37"
                    + " boundary .yaml");
        }
        if (reader.regions.isEmpty()) {
            throw new InvalidInputException(path + ": no region in the file (only exclusion zones); add at least"
                    + " one polygon that is not marked \"exclusion\": true");
        }
        reader.requireProjected();
        return new Contents(List.copyOf(reader.regions), List.copyOf(reader.exclusions));
    }

    private void iea37(String text) {
        YamlTree yaml = YamlTree.parse(text, file, "an IEA37 boundary with boundaries: {name: [[x, y], ...]}");
        for (Map.Entry<?, ?> region : yaml.map("boundaries").entrySet()) {
            String path = "boundaries." + region.getKey();
            regions.add(new Shape(file + " region '" + region.getKey() + "'",
                    yaml.matrix(region.getValue(), path, "the region's [x, y] vertices in metres"), List.of()));
        }
    }

    private void geoJson(String text) {
        JsonNode root;
        try {
            root = JsonTree.read(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + ": not valid JSON (" + JsonTree.problem(e) + "); fix the syntax");
        }
        String type = type(root, "the document");
        switch (type) {
            case "FeatureCollection" -> {
                JsonNode features = root.get("features");
                if (features == null || !features.isArray()) {
                    throw new InvalidInputException(file + ": the FeatureCollection has no 'features' list; give"
                            + " its features");
                }
                for (int i = 0; i < features.size(); i++) {
                    feature(features.get(i), "feature " + i);
                }
            }
            case "Feature" -> feature(root, "the feature");
            default -> geometry(root, "the geometry", false);
        }
    }

    private void feature(JsonNode feature, String where) {
        String type = type(feature, where);
        if (!type.equals("Feature")) {
            throw new InvalidInputException(file + ": " + where + " has type '" + type + "'; a FeatureCollection"
                    + " holds Features");
        }
        JsonNode properties = feature.get("properties");
        String label = where;
        boolean exclusion = false;
        if (properties != null && properties.isObject()) {
            if (properties.hasNonNull("name")) {
                label = where + " '" + properties.get("name").asText() + "'";
            }
            exclusion = exclusionFlag(properties.get("exclusion"), label);
        }
        JsonNode geometry = feature.get("geometry");
        if (geometry == null || !geometry.isObject()) {
            throw new InvalidInputException(file + ": " + label + " has no geometry; give it a Polygon or"
                    + " MultiPolygon");
        }
        geometry(geometry, label, exclusion);
    }

    /**
     * A feature's "exclusion" property: true or false, as JSON or as GIS tools export flags (1 or 0, "true" or
     * "false"); anything else ("yes", 2) is refused rather than read as a region.
     */
    private boolean exclusionFlag(JsonNode flag, String label) {
        if (flag == null || flag.isNull()) {
            return false;
        }
        if (flag.isBoolean()) {
            return flag.booleanValue();
        }
        if (flag.isIntegralNumber() && (flag.asLong() == 0 || flag.asLong() == 1)) {
            return flag.asLong() == 1;
        }
        if (flag.isTextual() && List.of("true", "false").contains(flag.textValue().toLowerCase(Locale.ROOT))) {
            return flag.textValue().equalsIgnoreCase("true");
        }
        throw new InvalidInputException(file + ": " + label + " has \"exclusion\": " + flag + "; give true (or 1) "
                + "for an exclusion zone, false (or 0, or leave it out) for a region");
    }

    private void geometry(JsonNode geometry, String label, boolean exclusion) {
        String type = type(geometry, label);
        JsonNode coordinates = geometry.get("coordinates");
        switch (type) {
            case "Polygon" -> polygon(coordinates, file + " " + label, exclusion);
            case "MultiPolygon" -> {
                requireArray(coordinates, label, "a list of polygons");
                for (int p = 0; p < coordinates.size(); p++) {
                    polygon(coordinates.get(p), file + " " + label + " polygon " + p, exclusion);
                }
            }
            default -> throw new InvalidInputException(file + ": " + label + " has geometry type '" + type
                    + "'; give a Polygon or MultiPolygon (points and lines enclose no area)");
        }
    }

    private void polygon(JsonNode rings, String label, boolean exclusion) {
        requireArray(rings, label, "a list of rings (outline first, then holes)");
        if (rings.isEmpty()) {
            throw new InvalidInputException(label + ": a polygon without rings; give its outline as a list of"
                    + " [x, y] positions");
        }
        List<double[][]> holes = new ArrayList<>();
        for (int r = 1; r < rings.size(); r++) {
            holes.add(ring(rings.get(r), label + " ring " + r));
        }
        Shape shape = new Shape(label, ring(rings.get(0), label + " ring 0"), holes);
        (exclusion ? exclusions : regions).add(shape);
    }

    private double[][] ring(JsonNode ring, String label) {
        requireArray(ring, label, "a list of [x, y] positions in metres");
        double[][] vertices = new double[ring.size()][];
        for (int i = 0; i < ring.size(); i++) {
            JsonNode position = ring.get(i);
            if (position == null || !position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw new InvalidInputException(label + ": position " + i + " is not [x, y]; give numbers in"
                        + " metres");
            }
            vertices[i] = new double[] {position.get(0).asDouble(), position.get(1).asDouble()};
        }
        return vertices;
    }

    private String type(JsonNode node, String where) {
        JsonNode type = node == null ? null : node.get("type");
        if (type == null || !type.isTextual()) {
            throw new InvalidInputException(file + ": " + where + " has no 'type'; give a GeoJSON " + GEOJSON_TYPES);
        }
        String name = type.asText();
        if (!List.of("FeatureCollection", "Feature", "Polygon", "MultiPolygon", "Point", "MultiPoint",
                "LineString", "MultiLineString", "GeometryCollection").contains(name)) {
            throw new InvalidInputException(file + ": " + where + " has unknown GeoJSON type '" + name + "'; give a "
                    + GEOJSON_TYPES);
        }
        return name;
    }

    private void requireArray(JsonNode node, String label, String expected) {
        if (node == null || !node.isArray()) {
            throw new InvalidInputException(label + ": 'coordinates' is not " + expected);
        }
    }

    /** Every coordinate within [-180, 180] x [-90, 90]: degrees, not metres (no farm is that small in metres). */
    private void requireProjected() {
        List<Shape> all = new ArrayList<>(regions);
        all.addAll(exclusions);
        for (Shape shape : all) {
            List<double[][]> rings = new ArrayList<>(shape.holes());
            rings.add(shape.shell());
            for (double[][] ring : rings) {
                for (double[] v : ring) {
                    if (Math.abs(v[0]) > 180 || Math.abs(v[1]) > 90) {
                        return;
                    }
                }
            }
        }
        throw new InvalidInputException(file + ": the coordinates look like longitude/latitude degrees; project the"
                + " file to metres in its UTM zone (for example: ogr2ogr -t_srs EPSG:32631 out.geojson in.geojson)");
    }
}
