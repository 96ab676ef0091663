package org.windsweep.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
import org.windsweep.optimize.FarmShape;
import org.windsweep.optimize.FeasibilityRule;

/**
 * Checks a layout against a farm's regions, holes, exclusion zones, setback and spacing with JTS and plain circle
 * geometry, for benchmarks and tests: no code of the optimiser's boundary classes, so a fault there cannot hide
 * itself. A turbine passes if
 * some region covers it at least the setback from that region's edges and holes, it is outside every exclusion zone,
 * at least the setback from its edge, and at least the spacing from every other turbine: each to within
 * {@link #TOLERANCE_M}.
 */
public final class IndependentFeasibility {

    /** The feasibility rule's tolerance: the contract checked is the optimiser's, only the geometry code is not. */
    public static final double TOLERANCE_M = FeasibilityRule.TOLERANCE_M;

    private static final GeometryFactory FACTORY = new GeometryFactory();

    private IndependentFeasibility() {
    }

    /** @return null if feasible, else what is wrong */
    public static String violation(List<FarmShape> regions, List<FarmShape> exclusions, double setbackM,
                                   double spacingM, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            Point p = FACTORY.createPoint(new Coordinate(x[i], y[i]));
            boolean inRegion = false;
            for (FarmShape region : regions) {
                inRegion |= clearanceInside(region, p) >= setbackM - TOLERANCE_M;
            }
            if (!inRegion) {
                return String.format(Locale.ROOT, "turbine %d at (%.6f, %.6f) is in no region at %.6g m setback",
                        i, x[i], y[i], setbackM);
            }
            for (FarmShape exclusion : exclusions) {
                if (-clearanceInside(exclusion, p) < setbackM - TOLERANCE_M) {
                    return String.format(Locale.ROOT, "turbine %d at (%.6f, %.6f) is in or within %.6g m of %s",
                            i, x[i], y[i], setbackM, exclusion.label());
                }
            }
            for (int j = i + 1; j < x.length; j++) {
                double d = Math.hypot(x[i] - x[j], y[i] - y[j]);
                if (d < spacingM - TOLERANCE_M) {
                    return String.format(Locale.ROOT, "turbines %d and %d are %.6f m apart, below %.6f", i, j, d,
                            spacingM);
                }
            }
        }
        return null;
    }

    /** Distance from p to the shape's edges (holes included): positive inside the shape, negative outside. */
    private static double clearanceInside(FarmShape shape, Point p) {
        if (shape instanceof FarmShape.Circle c) {
            return c.radius() - Math.hypot(p.getX() - c.centerX(), p.getY() - c.centerY());
        }
        Geometry polygon = polygon((FarmShape.Polygon) shape);
        double toEdge = polygon.getBoundary().distance(p);
        return polygon.covers(p) ? toEdge : -toEdge;
    }

    private static Geometry polygon(FarmShape.Polygon shape) {
        LinearRing[] holes = new LinearRing[shape.holes().size()];
        for (int h = 0; h < holes.length; h++) {
            holes[h] = ring(shape.holes().get(h));
        }
        return FACTORY.createPolygon(ring(shape.shell()), holes);
    }

    private static LinearRing ring(double[][] vertices) {
        List<Coordinate> coordinates = new ArrayList<>();
        for (double[] v : vertices) {
            coordinates.add(new Coordinate(v[0], v[1]));
        }
        if (!coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1))) {
            coordinates.add(coordinates.get(0));
        }
        return FACTORY.createLinearRing(coordinates.toArray(new Coordinate[0]));
    }
}
