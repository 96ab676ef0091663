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

    /**
     * Beyond this c the factor exp(-c^2/2) is below 1e-16 (the Gaussian's negligible offset, as for the whole rotor's
     * average), so the deficit (at most ws times the factor) is below round-off of the free-stream speed and of any
     * squared sum it joins.
     */
    static final double NEGLIGIBLE_C = GaussianOverlap.NEGLIGIBLE_OFFSET;

    @Override
    public double shapeValue(double r, double cSquared) {
        return value(cSquared);
    }

    /** The factor exp(-c^2/2) from c squared. */
    static double value(double cSquared) {
        return Math.exp(-0.5 * cSquared);
    }

    @Override
    public double negligibleDistance(double destRadius, double sigma) {
        return NEGLIGIBLE_C * sigma;
    }
}
