package org.windsweep.optimize;

/**
 * One smooth function of a turbine position whose zero set is (locally) the farm's boundary, positive on the
 * inside: a half-plane through a polygon edge, a circle, or the distance to a reflex polygon corner. The optimiser
 * linearises these, so each must be differentiable wherever it is used.
 */
public interface BoundaryPiece {

    /** The piece's value at (x, y) in metres (positive inside); writes d/dx and d/dy into {@code gradient}. */
    double value(double x, double y, double[] gradient);
}
