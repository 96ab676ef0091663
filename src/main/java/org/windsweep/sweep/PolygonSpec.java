package org.windsweep.sweep;

import java.util.List;

/**
 * {@code polygon: [[x, y], ...]} in metres, at least 3 vertices, not closed (the last vertex joins the first).
 * Self-intersection and orientation are checked by the optimiser's {@code PolygonBoundary}, not here.
 */
public record PolygonSpec(List<Vertex> vertices, SpecLocation at) implements BoundarySpec {

    public record Vertex(double x, double y) {
    }

    public PolygonSpec {
        vertices = List.copyOf(vertices);
    }

    /** Shoelace area, whatever the orientation. */
    public double area() {
        double twiceSigned = 0;
        for (int i = 0; i < vertices.size(); i++) {
            Vertex a = vertices.get(i);
            Vertex b = vertices.get((i + 1) % vertices.size());
            twiceSigned += a.x() * b.y() - b.x() * a.y();
        }
        return Math.abs(twiceSigned) / 2;
    }

    public double perimeter() {
        double length = 0;
        for (int i = 0; i < vertices.size(); i++) {
            Vertex a = vertices.get(i);
            Vertex b = vertices.get((i + 1) % vertices.size());
            length += Math.hypot(b.x() - a.x(), b.y() - a.y());
        }
        return length;
    }
}
