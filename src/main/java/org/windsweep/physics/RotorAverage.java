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
     * The centre distance [m] beyond which the factor is below 1e-16 (zero to round-off of any deficit sum), for a
     * rotor of radius destRadius in a wake of width sigma: lets callers skip distant pairs before evaluating them.
     */
    double negligibleDistance(double destRadius, double sigma);
}
