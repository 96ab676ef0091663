package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * A polygonal farm, convex or not, given in either orientation (stored counter-clockwise). Validated on
 * construction: finite coordinates, at least three distinct vertices, non-zero area, no self-intersection. The
 * geometry, and how the optimiser sees it, is {@link PolygonOutline}'s with the inside kept and no setback.
 */
public final class PolygonBoundary implements Boundary {

    private static final long serialVersionUID = 2L;

    private final PolygonOutline outline;

    /** @param vertices {@code [[x, y], ...]} in metres; a closing vertex equal to the first is ignored */
    public PolygonBoundary(double[][] vertices) {
        this.outline = new PolygonOutline(vertices, true, 0);
    }

    public int vertexCount() {
        return outline.vertexCount();
    }

    /** The vertices, counter-clockwise, as {@code [[x, y], ...]}. */
    public double[][] vertices() {
        return outline.vertices();
    }

    public boolean isConvex() {
        return outline.isConvex();
    }

    @Override
    public double signedDistance(double x, double y) {
        return outline.clearance(x, y);
    }

    @Override
    public double[] signedDistanceGradient(double x, double y) {
        return outline.clearanceGradient(x, y);
    }

    @Override
    public BoundingBox boundingBox() {
        return outline.boundingBox();
    }

    @Override
    public List<BoundaryPiece> piecesNear(double x, double y, double reachM) {
        List<BoundaryPiece> pieces = new ArrayList<>();
        outline.addPiecesNear(x, y, reachM, pieces);
        return pieces;
    }
}
