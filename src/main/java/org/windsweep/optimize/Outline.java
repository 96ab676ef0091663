package org.windsweep.optimize;

import java.io.Serializable;
import java.util.List;

/**
 * One closed outline of a farm (a polygon ring or a circle) and the side of it a turbine must keep to: the inside
 * of a region's outline, the outside of a hole or an exclusion zone, at least a setback away from the outline.
 */
interface Outline extends Serializable {

    /** Signed distance into the kept side, less the setback: non-negative where this outline lets a turbine stand. */
    double clearance(double x, double y);

    /** The gradient of {@link #clearance} at (x, y) (a unit vector almost everywhere). */
    double[] clearanceGradient(double x, double y);

    /**
     * Adds the smooth pieces (see {@link BoundaryPiece}) that describe this outline's constraint near (x, y),
     * including features up to {@code reachM} farther away than the nearest.
     */
    void addPiecesNear(double x, double y, double reachM, List<BoundaryPiece> out);

    BoundingBox boundingBox();
}
