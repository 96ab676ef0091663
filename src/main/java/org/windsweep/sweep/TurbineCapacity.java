package org.windsweep.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The most turbines that can possibly stand in a boundary at a minimum spacing, to refuse a spec whose turbine
 * count cannot fit before hours are spent failing to place it. It uses Oler's inequality: points in a convex set K
 * at mutual distances of at least s number at most (2/sqrt 3) area/s^2 + perimeter/(2 s) + 1. A non-convex
 * polygon is bounded through its convex hull, which contains it; regions, holes, exclusion zones and setbacks
 * through the convex hull of each connected part of the usable area (see {@code RegionGeometry}). The bound is exact for hexagonal packings, so a
 * count above it is impossible, not merely hard.
 */
final class TurbineCapacity {

    private TurbineCapacity() {
    }

    static long maxTurbines(CircleSpec circle, double minSpacingM) {
        return olerBound(circle.area(), circle.perimeter(), minSpacingM);
    }

    static long maxTurbines(PolygonSpec polygon, double minSpacingM) {
        PolygonSpec hull = convexHull(polygon);
        return olerBound(hull.area(), hull.perimeter(), minSpacingM);
    }

    /**
     * The turbines that fit in a usable area of several parts: the sum of each part's bound, since turbines in
     * different parts do not constrain each other. A point or a line of the usable area holds turbines too: its
     * convex hull has zero area and the bound counts those along its length.
     */
    static long maxTurbines(Geometry usableArea, double minSpacingM) {
        long total = 0;
        for (int i = 0; i < usableArea.getNumGeometries(); i++) {
            Geometry hull = usableArea.getGeometryN(i).convexHull();
            if (!hull.isEmpty()) {
                // a zero-area hull is a segment, whose length JTS reports as its own, not its outline's twice
                double perimeter = hull.getArea() > 0 ? hull.getLength() : 2 * hull.getLength();
                total += olerBound(hull.getArea(), perimeter, minSpacingM);
            }
        }
        return total;
    }

    private static long olerBound(double area, double perimeter, double s) {
        return (long) Math.floor(2 / Math.sqrt(3) * area / (s * s) + perimeter / (2 * s) + 1);
    }

    /** Andrew's monotone chain: the hull's vertices counter-clockwise, collinear points dropped. */
    static PolygonSpec convexHull(PolygonSpec polygon) {
        List<PolygonSpec.Vertex> sorted = new ArrayList<>(polygon.vertices());
        sorted.sort(Comparator.comparingDouble(PolygonSpec.Vertex::x).thenComparingDouble(PolygonSpec.Vertex::y));
        List<PolygonSpec.Vertex> hull = new ArrayList<>();
        for (int pass = 0; pass < 2; pass++) { // lower hull left to right, then upper hull right to left
            int chainStart = hull.size();
            for (PolygonSpec.Vertex v : sorted) {
                while (hull.size() >= chainStart + 2 && cross(hull.get(hull.size() - 2), hull.get(hull.size() - 1), v) <= 0) {
                    hull.remove(hull.size() - 1);
                }
                hull.add(v);
            }
            hull.remove(hull.size() - 1); // the chain's last point starts the other chain
            Collections.reverse(sorted);
        }
        return new PolygonSpec(hull, polygon.at());
    }

    private static double cross(PolygonSpec.Vertex o, PolygonSpec.Vertex a, PolygonSpec.Vertex b) {
        return (a.x() - o.x()) * (b.y() - o.y()) - (a.y() - o.y()) * (b.x() - o.x());
    }
}
