package org.windsweep.physics;

/**
 * A wake whose deficit is a centre value times a Gaussian of width sigma, averaged over the destination rotor by a
 * {@link RotorAverage}: deficit = centre(dw) * shape(R/sigma, cw/sigma). Subclasses give centre and sigma.
 */
abstract class GaussianDeficit implements WakeDeficit {

    private final RotorAverage rotorAverage;

    GaussianDeficit(RotorAverage rotorAverage) {
        this.rotorAverage = rotorAverage;
    }

    /** The wake width sigma [m] at dw. */
    abstract double sigmaValue(WakeSource source, double dw);

    /**
     * An upper bound of sigma at dw that is cheaper to compute than sigma, for deficits whose sigma is costly (see
     * {@link #hasCheapSigmaBound}): pairs beyond the rotor average's negligible distance for it are skipped without
     * computing sigma.
     */
    double sigmaUpperBound(WakeSource source, double dw) {
        return sigmaValue(source, dw);
    }

    /** True where {@link #sigmaUpperBound} is cheaper than sigma itself; otherwise sigma serves as its own bound. */
    boolean hasCheapSigmaBound() {
        return false;
    }

    /** The centre deficit per unit free-stream speed at dw, given sigma there. */
    abstract double centreValue(WakeSource source, double dw, double sigma);

    /** Writes the centre deficit and sigma with their partials (dw, ct, ti) into out. */
    abstract void centreAndSigma(WakeSource source, double dw, PairTerms out);

    /** Sigma alone with its partials (dw, ct, ti). */
    abstract void sigma(WakeSource source, double dw, PairTerms out);

    @Override
    public double deficit(WakeSource source, double dw, double cwSquared, double destRadius) {
        rememberSigmaBound(source, dw);
        double negligible = rotorAverage.negligibleDistance(destRadius, source.memoSigmaUpperBound);
        if (cwSquared > negligible * negligible) {
            return 0;
        }
        if (Double.isNaN(source.memoSigma)) {
            source.memoSigma = sigmaValue(source, dw);
            double negligibleExactly = rotorAverage.negligibleDistance(destRadius, source.memoSigma);
            if (cwSquared > negligibleExactly * negligibleExactly) {
                return 0;
            }
        }
        double sigma = source.memoSigma;
        double inverseSigma = 1 / sigma;
        double shape = rotorAverage.shapeValue(destRadius * inverseSigma, cwSquared * inverseSigma * inverseSigma);
        if (shape == 0) {
            return 0;
        }
        if (Double.isNaN(source.memoCentre)) {
            source.memoCentre = centreValue(source, dw, sigma);
        }
        return source.memoCentre * shape;
    }

    /**
     * Makes source.memoSigmaUpperBound that of dw, and source.memoSigma sigma there if it came for free (NaN if it is
     * still to be computed).
     */
    private void rememberSigmaBound(WakeSource source, double dw) {
        if (source.memoDw != dw) {
            source.memoDw = dw;
            source.memoCentre = Double.NaN;
            if (hasCheapSigmaBound()) {
                source.memoSigmaUpperBound = sigmaUpperBound(source, dw);
                source.memoSigma = Double.NaN;
            } else {
                source.memoSigma = sigmaValue(source, dw);
                source.memoSigmaUpperBound = source.memoSigma;
            }
        }
    }

    @Override
    public void evaluate(WakeSource source, double dw, double cw, double destRadius, PairTerms out) {
        rememberSigmaBound(source, dw);
        if (cw > rotorAverage.negligibleDistance(destRadius, source.memoSigmaUpperBound)) {
            out.deficit = 0;
            out.dDeficitDw = 0;
            out.dDeficitDcw = 0;
            out.dDeficitDct = 0;
            out.dDeficitDti = 0;
            return;
        }
        if (out.centreSource != source || source.memoPartialsDw != dw) {
            centreAndSigma(source, dw, out);
            out.centreSource = source;
            source.memoPartialsDw = dw;
        }
        double r = destRadius / out.sigma;
        double c = cw / out.sigma;
        rotorAverage.shape(r, c, out);
        deficitWithPartials(r, c, out);
    }

    /**
     * Writes deficit = centre * shape and its partials into out, from the centre, sigma and shape (with their partials)
     * that out holds for r = R/sigma, c = cw/sigma (also used by {@link IEA37PairKernel}).
     */
    static void deficitWithPartials(double r, double c, PairTerms out) {
        double sigma = out.sigma;
        double centre = out.centre;
        double shape = out.shape;
        double dDeficitDsigma = -centre * (out.dShapeDr * r + out.dShapeDc * c) / sigma;
        out.deficit = centre * shape;
        out.dDeficitDcw = centre * out.dShapeDc / sigma;
        out.dDeficitDw = out.dCentreDw * shape + dDeficitDsigma * out.dSigmaDw;
        out.dDeficitDct = out.dCentreDct * shape + dDeficitDsigma * out.dSigmaDct;
        out.dDeficitDti = out.dCentreDti * shape + dDeficitDsigma * out.dSigmaDti;
    }

    /** Following Niayifar, the wake radius of a Gaussian wake is twice sigma. */
    @Override
    public void wakeRadius(WakeSource source, double dw, PairTerms out) {
        out.centreSource = null;
        sigma(source, dw, out);
        out.wakeRadius = 2 * out.sigma;
        out.dWakeRadiusDw = 2 * out.dSigmaDw;
        out.dWakeRadiusDct = 2 * out.dSigmaDct;
        out.dWakeRadiusDti = 2 * out.dSigmaDti;
    }
}
