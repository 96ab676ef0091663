package org.windsweep.physics;

import java.io.Serializable;

/**
 * How a Gaussian wake's shape exp(-rho^2/2) (rho in units of sigma) is averaged over the destination rotor:
 * writes the factor and its partials in r = R/sigma and c = cw/sigma into out.shape, out.dShapeDr, out.dShapeDc.
 */
public interface RotorAverage extends Serializable {

    void shape(double r, double c, PairTerms out);

    /** The factor alone, given r and c squared (a rotor-centre average needs no square root). */
    double shapeValue(double r, double cSquared);

    /**
     * {@link #shape} of the points (r[p], c[p]), p < count, into outs[slot[p]], bit for bit; staged as
     * {@link #shapeValues} may be.
     */
    default void shapes(double[] r, double[] c, int count, PairTerms[] outs, int[] slot, LookupScratch scratch) {
        for (int p = 0; p < count; p++) {
            shape(r[p], c[p], outs[slot[p]]);
        }
    }

    /**
     * {@link #shapeValue} of the points (r[p], cSquared[p]), p < count, into out[p], bit for bit; a rotor average may
     * compute them a stage at a time over the points, keeping its intermediate values in scratch.
     */
    default void shapeValues(double[] r, double[] cSquared, int count, double[] out, LookupScratch scratch) {
        for (int p = 0; p < count; p++) {
            out[p] = shapeValue(r[p], cSquared[p]);
        }
    }

    /**
     * The centre distance [m] beyond which the factor is below 1e-16 (zero to round-off of any deficit sum), for a
     * rotor of radius destRadius in a wake of width sigma: lets callers skip distant pairs before evaluating them.
     * Affine in sigma (a pair loop bounds it along a line, {@link WakeDeficit#reachOfStates}).
     */
    double negligibleDistance(double destRadius, double sigma);
}
