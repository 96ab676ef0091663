package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.union.UnaryUnionOp;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;
import org.windsweep.InvalidInputException;

/**
 * The farm's shapes as JTS geometry: validity of each region and exclusion zone (rings that cross themselves,
 * holes outside their shell, ...) and the usable area, the union of the regions less the exclusion zones, shrunk
 * by the setback. The optimiser's own signed distance ({@link RegionBoundary}) describes the same set, exactly and
 * with gradients; JTS approximates circles and round setback corners by short chords, close enough for these
 * checks and for bounding the turbine count.
 */
public final class RegionGeometry {

    /** Chords per quarter circle when a circle or a rounded setback corner becomes a polygon. */
    private static final int QUADRANT_SEGMENTS = 32;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private RegionGeometry() {
    }

    /**
     * Where turbines may stand: the union of the regions less the exclusions, shrunk by the setback (a point, a
     * line or an empty geometry where no room is left). Circular regions are drawn around their circle and circular
     * exclusions inside theirs, so the area is never underestimated.
     */
    public static Geometry usableArea(RegionBoundary boundary) {
        return usable(boundary.regions(), boundary.exclusions(), boundary.setbackM());
    }

    /**
     * The setback line as closed rings of {x, y} vertices (each polygon's shell and holes, first vertex not
     * repeated), for drawing where turbine centres may stand; empty without a setback.
     */
    public static List<double[][]> setbackRings(RegionBoundary boundary) {
        if (boundary.setbackM() <= 0) {
            return List.of();
        }
        Geometry usable = usableArea(boundary);
        List<double[][]> rings = new ArrayList<>();
        for (int i = 0; i < usable.getNumGeometries(); i++) {
            if (usable.getGeometryN(i) instanceof Polygon polygon) {
                rings.add(vertices(polygon.getExteriorRing()));
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    rings.add(vertices(polygon.getInteriorRingN(h)));
                }
            }
        }
        return rings;
    }

    private static double[][] vertices(LineString ring) {
        Coordinate[] coordinates = ring.getCoordinates();
        double[][] vertices = new double[coordinates.length - 1][];
        for (int i = 0; i < vertices.length; i++) {
            vertices[i] = new double[] {coordinates[i].x, coordinates[i].y};
        }
        return vertices;
    }

    /** Validates every shape and that each region, and so the farm, has room for a turbine. */
    static void check(RegionBoundary boundary) {
        if (boundary.regions().isEmpty()) {
            throw new InvalidInputException("boundary: no regions; give at least one region (a polygon or a circle)");
        }
        if (!(boundary.setbackM() >= 0) || !Double.isFinite(boundary.setbackM())) {
            throw new InvalidInputException("boundary: the setback must be a finite number of metres >= 0, got "
                    + boundary.setbackM());
        }
        for (FarmShape exclusion : boundary.exclusions()) {
            if (exclusion instanceof FarmShape.Polygon polygon && !polygon.holes().isEmpty()) {
                throw new InvalidInputException(exclusion.label() + ": an exclusion zone cannot have holes; give the"
                        + " part inside the hole as a region of its own");
            }
            geometry(exclusion, false);
        }
        for (FarmShape region : boundary.regions()) {
            if (usable(List.of(region), boundary.exclusions(), boundary.setbackM()).isEmpty()) {
                throw new InvalidInputException(region.label() + ": no point of this region is at least the setback "
                        + boundary.setbackM() + " m from its edges and outside every exclusion zone; remove the region,"
                        + " enlarge it, or lower the setback (buffer_m / buffer_d)");
            }
        }
    }

    private static Geometry usable(List<FarmShape> regions, List<FarmShape> exclusions, double setbackM) {
        List<Geometry> regionGeometries = new ArrayList<>();
        for (FarmShape region : regions) {
            regionGeometries.add(geometry(region, true));
        }
        Geometry area = UnaryUnionOp.union(regionGeometries);
        if (!exclusions.isEmpty()) {
            List<Geometry> exclusionGeometries = new ArrayList<>();
            for (FarmShape exclusion : exclusions) {
                exclusionGeometries.add(geometry(exclusion, false));
            }
            area = area.difference(UnaryUnionOp.union(exclusionGeometries));
        }
        return setbackM > 0 ? area.buffer(-setbackM, QUADRANT_SEGMENTS) : area;
    }

    /** A valid JTS polygon of the shape, or a one-line error naming the shape, the fault and where it is. */
    private static Geometry geometry(FarmShape shape, boolean region) {
        if (shape instanceof FarmShape.Circle circle) {
            if (!(circle.radius() > 0) || !Double.isFinite(circle.radius()) || !Double.isFinite(circle.centerX())
                    || !Double.isFinite(circle.centerY())) {
                throw new InvalidInputException(shape.label() + ": a circle needs a finite centre and a positive"
                        + " finite radius in metres, got centre [" + circle.centerX() + ", " + circle.centerY()
                        + "], radius " + circle.radius());
            }
            // the chords of a polygon through the circle's points cut inside it; scaled out, they lie outside
            double chordScale = region ? 1 / Math.cos(Math.PI / (4 * QUADRANT_SEGMENTS)) : 1;
            return FACTORY.createPoint(new Coordinate(circle.centerX(), circle.centerY()))
                    .buffer(circle.radius() * chordScale, QUADRANT_SEGMENTS);
        }
        FarmShape.Polygon polygon = (FarmShape.Polygon) shape;
        LinearRing shell = ring(polygon.shell(), shape.label() + " outline");
        LinearRing[] holes = new LinearRing[polygon.holes().size()];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = ring(polygon.holes().get(h), shape.label() + " hole " + h);
        }
        Geometry geometry = FACTORY.createPolygon(shell, holes);
        TopologyValidationError error = new IsValidOp(geometry).getValidationError();
        if (error != null) {
            throw new InvalidInputException(shape.label() + ": " + describe(error));
        }
        return geometry;
    }

    /** A closed ring of at least three distinct finite vertices, or a one-line error. */
    private static LinearRing ring(double[][] vertices, String what) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (int i = 0; i < vertices.length; i++) {
            double[] v = vertices[i];
            if (v == null || v.length != 2 || !Double.isFinite(v[0]) || !Double.isFinite(v[1])) {
                throw new InvalidInputException(what + ": vertex " + i + " must be a pair of finite numbers [x, y] in"
                        + " metres, got " + Arrays.toString(v));
            }
            Coordinate c = new Coordinate(v[0], v[1]);
            if (coordinates.isEmpty() || !coordinates.get(coordinates.size() - 1).equals2D(c)) {
                coordinates.add(c);
            }
        }
        if (coordinates.size() > 1 && coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            coordinates.remove(coordinates.size() - 1);
        }
        if (coordinates.size() < 3) {
            throw new InvalidInputException(what + ": needs at least 3 distinct vertices, got " + coordinates.size()
                    + "; list its corners as [[x, y], ...] in metres");
        }
        coordinates.add(coordinates.get(0));
        return FACTORY.createLinearRing(coordinates.toArray(new Coordinate[0]));
    }

    private static String describe(TopologyValidationError error) {
        Coordinate at = error.getCoordinate();
        String where = at == null ? "" : String.format(Locale.ROOT, " at (%.1f, %.1f)", at.x, at.y);
        String fix = switch (error.getErrorType()) {
            case TopologyValidationError.SELF_INTERSECTION, TopologyValidationError.RING_SELF_INTERSECTION ->
                    "a ring crosses or touches itself" + where + "; order the vertices along the outline without"
                            + " crossings";
            case TopologyValidationError.HOLE_OUTSIDE_SHELL ->
                    "a hole lies outside its outline" + where + "; a hole must lie inside the region it is cut from"
                            + " (give an area outside as an exclusion zone)";
            case TopologyValidationError.NESTED_HOLES ->
                    "a hole lies inside another hole" + where + "; remove the inner hole";
            case TopologyValidationError.DISCONNECTED_INTERIOR ->
                    "its holes cut it in pieces" + where + "; give each piece as a region of its own";
            case TopologyValidationError.TOO_FEW_POINTS ->
                    "a ring has zero area" + where + "; give at least three vertices that enclose an area";
            default -> error.getMessage() + where + "; fix the outline";
        };
        return fix;
    }
}
