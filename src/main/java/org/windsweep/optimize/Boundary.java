package org.windsweep.optimize;

import java.io.Serializable;
import java.util.List;

/**
 * The region a farm's turbines must stay in. Distances are in metres; the signed distance is positive inside,
 * zero on the boundary and negative outside.
 */
public interface Boundary extends Serializable {

    /** Signed distance from (x, y) to the boundary: positive inside. */
    double signedDistance(double x, double y);

    /** The gradient of {@link #signedDistance} at (x, y), as {d/dx, d/dy} (a unit vector almost everywhere). */
    double[] signedDistanceGradient(double x, double y);

    BoundingBox boundingBox();

    /** Whether (x, y) is inside or on the boundary. */
    default boolean contains(double x, double y) {
        return signedDistance(x, y) >= 0;
    }

    /**
     * The smooth constraints the optimiser imposes on a turbine now at (x, y): all of them non-negative means
     * inside, at least near (x, y). {@code reachM} is how far the turbine may move in one step, so that features
     * of the boundary that far away are included too.
     */
    List<BoundaryPiece> piecesNear(double x, double y, double reachM);
}
