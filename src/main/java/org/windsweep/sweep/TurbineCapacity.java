package org.windsweep.sweep;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The most turbines that can possibly stand in a boundary at a minimum spacing, to refuse a spec whose turbine
 * count cannot fit before hours are spent failing to place it. It uses Oler's inequality: points in a convex set K
 * at mutual distances of at least s number at most (2/sqrt 3) area/s^2 + perimeter/(2 s) + 1. A non-convex
 * polygon is bounded through its convex hull, which contains it. The bound is exact for hexagonal packings, so a
 * count above it is impossible, not merely hard.
 */
final class TurbineCapacity {

    private TurbineCapacity() {
    }

    static long maxTurbines(BoundarySpec boundary, double minSpacingM) {
        BoundarySpec convex = boundary instanceof PolygonSpec polygon ? convexHull(polygon) : boundary;
        double s = minSpacingM;
        return (long) Math.floor(2 / Math.sqrt(3) * convex.area() / (s * s) + convex.perimeter() / (2 * s) + 1);
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
