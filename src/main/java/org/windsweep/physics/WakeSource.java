package org.windsweep.physics;

/**
 * The state of a wake-generating turbine in one flow case, as the wake model parts see it. Mutable scratch owned by
 * one farm calculation (never shared between threads); {@link WakeDeficit#prepare} caches per-source terms in it.
 */
final class WakeSource {
    /** Thrust coefficient at the source's effective wind speed. */
    double ct;
    /** Effective TI at the source (ambient TI when no turbulence model is used). */
    double ti;
    /** Ambient TI of the flow case. */
    double tiAmbient;
    double diameter;
    double hubHeight;
    /** The deficit model's coefficients that depend only on ct, ti and the diameter; filled by WakeDeficit.prepare. */
    final double[] coefficients = new double[10];

    /**
     * The wake width at the last downwind distance asked for: the ground's images of a pair share it, so a Gaussian
     * deficit computes it once per pair. NaN when not computed yet.
     */
    double memoDw = Double.NaN;
    double memoSigma;
    double memoSigmaUpperBound;
    /** The centre deficit at memoDw (both ground images of a pair share it); NaN when not computed yet. */
    double memoCentre;
    /**
     * The downwind distance at which a Gaussian deficit last wrote this source's centre and sigma with their partials
     * into the PairTerms it names in {@link PairTerms#centreSource}; NaN when none.
     */
    double memoPartialsDw = Double.NaN;

    void set(double ct, double ti, double tiAmbient, Turbine turbine) {
        this.ct = ct;
        this.ti = ti;
        this.tiAmbient = tiAmbient;
        this.diameter = turbine.diameter();
        this.hubHeight = turbine.hubHeight();
        this.memoDw = Double.NaN;
        this.memoPartialsDw = Double.NaN;
    }
}
