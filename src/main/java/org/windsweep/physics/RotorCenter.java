package org.windsweep.physics;

/** The wake at the rotor centre only: exp(-c^2/2). */
public final class RotorCenter implements RotorAverage {

    @Override
    public void shape(double r, double c, PairTerms out) {
        double value = Math.exp(-0.5 * c * c);
        out.shape = value;
        out.dShapeDr = 0;
        out.dShapeDc = -c * value;
    }

    /** exp(-c^2/2) underflows to 0 beyond c^2 = 1500. */
    private static final double UNDERFLOW_C = Math.sqrt(1500);

    @Override
    public double shapeValue(double r, double cSquared) {
        return Math.exp(-0.5 * cSquared);
    }

    @Override
    public double negligibleDistance(double destRadius, double sigma) {
        return UNDERFLOW_C * sigma;
    }
}
