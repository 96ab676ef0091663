package org.windsweep.optimize;

import java.util.List;

/** A circle and the side a turbine keeps to: inside (a circular region) or outside (a circular exclusion zone). */
final class CircleOutline implements Outline {

    private static final long serialVersionUID = 1L;

    private final double centerX;
    private final double centerY;
    private final double radius;
    private final boolean keepInside;
    /** The radius of the circle a turbine's hub must keep to: the outline moved by the setback into the kept side. */
    private final double keptRadius;

    CircleOutline(double centerX, double centerY, double radius, boolean keepInside, double setbackM) {
        this.centerX = centerX;
        this.centerY = centerY;
        this.radius = radius;
        this.keepInside = keepInside;
        this.keptRadius = keepInside ? radius - setbackM : radius + setbackM;
    }

    @Override
    public double clearance(double x, double y) {
        double r = Math.hypot(x - centerX, y - centerY);
        return keepInside ? keptRadius - r : r - keptRadius;
    }

    @Override
    public double[] clearanceGradient(double x, double y) {
        double r = Math.hypot(x - centerX, y - centerY);
        if (r == 0) {
            // the centre: every direction is equally far from the edge
            return keepInside ? new double[] {0, 0} : new double[] {1, 0};
        }
        double sign = keepInside ? -1 : 1;
        return new double[] {sign * (x - centerX) / r, sign * (y - centerY) / r};
    }

    @Override
    public BoundingBox boundingBox() {
        return new BoundingBox(centerX - radius, centerY - radius, centerX + radius, centerY + radius);
    }

    @Override
    public void addPiecesNear(double x, double y, double reachM, List<BoundaryPiece> out) {
        out.add(keepInside ? this::smoothInside : this::outside);
    }

    /**
     * (R^2 - r^2) / (2R): zero on the circle with the signed distance's gradient there, but smooth everywhere
     * (the plain R - r has no gradient at the centre) and concave, so its linearisation is a good guide.
     */
    private double smoothInside(double x, double y, double[] gradient) {
        double dx = x - centerX;
        double dy = y - centerY;
        gradient[0] = -dx / keptRadius;
        gradient[1] = -dy / keptRadius;
        return (keptRadius * keptRadius - dx * dx - dy * dy) / (2 * keptRadius);
    }

    /** r - R: its linearisation is the tangent half-plane, which lies wholly outside the circle. */
    private double outside(double x, double y, double[] gradient) {
        double[] g = clearanceGradient(x, y);
        gradient[0] = g[0];
        gradient[1] = g[1];
        return clearance(x, y);
    }
}
