package org.windsweep.physics;

/**
 * Scratch for evaluating one source-destination pair: the values the wake parts compute and their partial derivatives.
 * Owned by one farm calculation; the parts write into it instead of allocating.
 */
final class PairTerms {
    // Deficit [m/s] at the destination rotor and its partials in downwind distance, crosswind distance, source CT, source TI.
    double deficit;
    double dDeficitDw;
    double dDeficitDcw;
    double dDeficitDct;
    double dDeficitDti;

    // A Gaussian wake: centre deficit and width sigma, each with partials in dw, ct, ti.
    double centre;
    double dCentreDw;
    double dCentreDct;
    double dCentreDti;
    double sigma;
    double dSigmaDw;
    double dSigmaDct;
    double dSigmaDti;
    /** The source whose centre and sigma (with partials) the fields above hold, at its memoPartialsDw; null if unknown. */
    WakeSource centreSource;

    // Rotor-average shape factor of a Gaussian wake at r = R/sigma, c = cw/sigma, with its partials.
    double shape;
    double dShapeDr;
    double dShapeDc;

    // Wake radius [m] (for area overlaps and added turbulence) and its partials in dw, ct, ti.
    double wakeRadius;
    double dWakeRadiusDw;
    double dWakeRadiusDct;
    double dWakeRadiusDti;

    // Area-overlap factor and its partials in the wake radius and the centre distance.
    double overlap;
    double dOverlapDwakeRadius;
    double dOverlapDdistance;

    // Added turbulence intensity and its partials in dw, cw, source CT, source TI.
    double addedTi;
    double dAddedTiDw;
    double dAddedTiDcw;
    double dAddedTiDct;
    double dAddedTiDti;
}
