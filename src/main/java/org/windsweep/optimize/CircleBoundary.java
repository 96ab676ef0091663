package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;
import org.windsweep.InvalidInputException;
import org.windsweep.physics.PhysicalLimits;

/** A circular farm (IEA Task 37 case studies). */
public record CircleBoundary(double centerX, double centerY, double radius) implements Boundary {

    public CircleBoundary {
        if (!Double.isFinite(centerX) || !Double.isFinite(centerY)) {
            throw new InvalidInputException("circle boundary: center must be finite numbers [x, y] in metres, got ["
                    + centerX + ", " + centerY + "]");
        }
        if (!(radius > 0) || !Double.isFinite(radius)) {
            throw new InvalidInputException("circle boundary: radius must be a positive finite number of metres, got "
                    + radius);
        }
        PhysicalLimits.requirePosition("circle boundary: center", centerX, centerY);
        BoundaryLimits.requireRadius(radius);
        // every turbine inside must be a position too
        PhysicalLimits.requirePosition("circle boundary: its bounding box's corner", Math.abs(centerX) + radius,
                Math.abs(centerY) + radius);
    }

    @Override
    public double signedDistance(double x, double y) {
        return radius - Math.hypot(x - centerX, y - centerY);
    }

    @Override
    public double[] signedDistanceGradient(double x, double y) {
        double r = Math.hypot(x - centerX, y - centerY);
        if (r == 0) {
            return new double[] {0, 0}; // the centre: every direction is equally far from the edge
        }
        return new double[] {-(x - centerX) / r, -(y - centerY) / r};
    }

    @Override
    public BoundingBox boundingBox() {
        return new BoundingBox(centerX - radius, centerY - radius, centerX + radius, centerY + radius);
    }

    @Override
    public List<BoundaryPiece> piecesNear(double x, double y, double reachM) {
        List<BoundaryPiece> pieces = new ArrayList<>(1);
        new CircleOutline(centerX, centerY, radius, true, 0).addPiecesNear(x, y, reachM, pieces);
        return pieces;
    }
}
