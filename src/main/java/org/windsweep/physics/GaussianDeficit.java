package org.windsweep.physics;

import java.util.Arrays;

/**
 * A wake whose deficit is a centre value times a Gaussian of width sigma, averaged over the destination rotor by a
 * {@link RotorAverage}: deficit = centre(dw) * shape(R/sigma, cw/sigma). Subclasses give centre and sigma.
 */
abstract class GaussianDeficit implements WakeDeficit {

    /**
     * The CT up to which the near-wake width eps*D, eps proportional to sqrt(beta), beta = (1 + s)/(2s),
     * s = sqrt(1 - CT), grows no faster than sqrt(CT): d ln(eps)/d ln(CT) = CT/(4 s^2 (1 + s)) <= 1/2 exactly while
     * CT <= 2 s^2 (1 + s), that is CT <= 0.75. A Gaussian wake whose sigma is eps*D plus an expansion that also grows
     * no faster than sqrt(CT) then has a load CT*D^2/(8 sigma^2), so a centre deficit, that does not fall as CT grows,
     * and a width that does not shrink: its deficit at every point grows with CT up to here.
     */
    static final double NEAR_WAKE_THRUST_MONOTONE_LIMIT = 0.75;
    /** The relative room {@link #reachOfStates} leaves for round-off. */
    private static final double REACH_MARGIN = 1 + 1e-9;

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

    /**
     * The intercept and slope of a line a + b*|dw| that bounds {@link #sigmaUpperBound} at every dw > -1e-10 (so the
     * wake's reach); NaN where the deficit has none.
     */
    double sigmaBoundIntercept(WakeSource source) {
        return Double.NaN;
    }

    double sigmaBoundSlope(WakeSource source) {
        return Double.NaN;
    }

    /** True where {@link #sigmaUpperBound} is cheaper than sigma itself; otherwise sigma serves as its own bound. */
    boolean hasCheapSigmaBound() {
        return false;
    }

    /** The centre deficit per unit free-stream speed where the wake's width is sigma, given 1/sigma (it depends on dw only through sigma). */
    abstract double centreValue(WakeSource source, double inverseSigma);

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
            source.memoCentre = centreValue(source, inverseSigma);
        }
        return source.memoCentre * shape;
    }

    /**
     * The batch of {@link #deficit}, in stages over the states: each state's negligible distance by its cheap bound and
     * whether any state reaches the nearest offset, every state's sigma ({@link #sigmaValues}), each offset's rotor
     * average, and the centre deficits where a rotor average is not zero. Each offset and state passes the checks of
     * {@link #deficit} in its order (the exact negligible distance at the first offset the bound lets through), so the
     * values are its values, bit for bit.
     */
    @Override
    public void deficits(WakeSource[] states, int from, int count, double dw, double[] cwSquared, int offsets,
                         double destRadius, StateBatch batch) {
        batch.ensure(count, offsets);
        double[] out = batch.deficits;
        double[] reach = batch.reach;
        double[] sigma = batch.sigma;
        boolean cheapBound = hasCheapSigmaBound();
        if (!reachOfStates(states, from, count, dw, smallest(cwSquared, offsets), true, destRadius, batch)) {
            Arrays.fill(out, 0, count * offsets, 0);
            return;
        }
        if (cheapBound) {
            sigmaValues(states, from, count, dw, batch);
        }
        double[] inverseSigma = batch.inverseSigma;
        for (int s = 0; s < count; s++) {
            inverseSigma[s] = 1 / sigma[s];
        }
        // without a cheap bound the bound is the exact distance: nothing left to check
        boolean[] exactChecked = batch.exactChecked;
        Arrays.fill(exactChecked, 0, count, !cheapBound);
        LookupScratch lookups = batch.lookups;
        lookups.ensure(count * offsets);
        int points = 0;
        for (int i = 0; i < offsets; i++) {
            double cwSq = cwSquared[i];
            for (int s = 0; s < count; s++) {
                out[i * count + s] = 0;
                if (cwSq <= reach[s] * reach[s]) {
                    boolean beyond = false;
                    if (!exactChecked[s]) {
                        exactChecked[s] = true;
                        double negligible = rotorAverage.negligibleDistance(destRadius, sigma[s]);
                        beyond = cwSq > negligible * negligible;
                    }
                    if (!beyond) {
                        lookups.r[points] = destRadius * inverseSigma[s];
                        lookups.cSquared[points] = cwSq * inverseSigma[s] * inverseSigma[s];
                        lookups.slot[points++] = i * count + s;
                    }
                }
            }
        }
        rotorAverage.shapeValues(lookups.r, lookups.cSquared, points, lookups.shapes, lookups);
        for (int p = 0; p < points; p++) {
            out[lookups.slot[p]] = lookups.shapes[p];
        }
        for (int s = 0; s < count; s++) {
            double centre = Double.NaN;
            for (int i = 0; i < offsets; i++) {
                double shape = out[i * count + s];
                if (shape != 0) {
                    if (Double.isNaN(centre)) {
                        centre = centreValue(states[from + s], inverseSigma[s]);
                    }
                    out[i * count + s] = centre * shape;
                }
            }
        }
    }

    /**
     * sigmaValue of states[from + s] at dw into batch.sigma[s] for s < count; a deficit whose sigma is a long chain of
     * dependent operations computes it in stages over the states (batch.work holds a stage's values).
     */
    void sigmaValues(WakeSource[] states, int from, int count, double dw, StateBatch batch) {
        for (int s = 0; s < count; s++) {
            batch.sigma[s] = sigmaValue(states[from + s], dw);
        }
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
     * The batch of {@link #evaluate}, in stages over the states: each state's negligible distance by its sigma bound,
     * every state's centre and sigma with partials ({@link #centresAndSigmas}), then each offset's rotor average and
     * deficit. The same operations on the same values as {@link #evaluate}, so the same numbers, bit for bit.
     */
    @Override
    public void evaluateStates(WakeSource[] states, int from, int count, double dw, double[] cw, int offsets,
                               double destRadius, StateBatch batch) {
        batch.ensure(count, offsets);
        PairTerms[] evaluations = batch.evaluations;
        double[] reach = batch.reach;
        boolean anyReaches = reachOfStates(states, from, count, dw, smallest(cw, offsets), false, destRadius, batch);
        if (anyReaches) {
            centresAndSigmas(states, from, count, dw, batch);
        }
        LookupScratch lookups = batch.lookups;
        lookups.ensure(count * offsets);
        int points = 0;
        for (int i = 0; i < offsets; i++) {
            for (int s = 0; s < count; s++) {
                PairTerms out = evaluations[i * count + s];
                // written here without the memo that evaluate keeps in its PairTerms
                out.centreSource = null;
                if (cw[i] > reach[s]) {
                    out.deficit = 0;
                    out.dDeficitDw = 0;
                    out.dDeficitDcw = 0;
                    out.dDeficitDct = 0;
                    out.dDeficitDti = 0;
                    continue;
                }
                if (i > 0) {
                    copyCentreAndSigma(evaluations[s], out);
                }
                lookups.r[points] = destRadius / out.sigma;
                lookups.c[points] = cw[i] / out.sigma;
                lookups.slot[points++] = i * count + s;
            }
        }
        rotorAverage.shapes(lookups.r, lookups.c, points, evaluations, lookups.slot, lookups);
        for (int p = 0; p < points; p++) {
            deficitWithPartials(lookups.r[p], lookups.c[p], evaluations[lookups.slot[p]]);
        }
    }

    /**
     * Each state's negligible distance at dw into batch.reach: by its cheap sigma bound, or without one by its sigma
     * (which then goes into batch.sigma). Whether any state's reaches nearest: a distance, or its square if squared.
     */
    private boolean reachOfStates(WakeSource[] states, int from, int count, double dw, double nearest, boolean squared,
                                  double destRadius, StateBatch batch) {
        boolean cheapBound = hasCheapSigmaBound();
        if (!cheapBound) {
            sigmaValues(states, from, count, dw, batch);
        }
        double[] reach = batch.reach;
        boolean anyReaches = false;
        for (int s = 0; s < count; s++) {
            double bound = cheapBound ? sigmaUpperBound(states[from + s], dw) : batch.sigma[s];
            reach[s] = rotorAverage.negligibleDistance(destRadius, bound);
            anyReaches |= nearest <= (squared ? reach[s] * reach[s] : reach[s]);
        }
        return anyReaches;
    }

    /**
     * The states' widest sigma bound along the line of the largest intercept and slope, taken through the rotor
     * average's negligible distance (affine in sigma), with a relative margin of 1e-9 for round-off.
     */
    @Override
    public void reachOfStates(WakeSource[] states, int from, int count, double destRadius, double[] bound) {
        double intercept = 0;
        double slope = 0;
        for (int s = 0; s < count; s++) {
            intercept = Math.max(intercept, sigmaBoundIntercept(states[from + s]));
            slope = Math.max(slope, sigmaBoundSlope(states[from + s]));
        }
        if (Double.isNaN(intercept) || Double.isNaN(slope)) {
            bound[0] = Double.POSITIVE_INFINITY;
            bound[1] = 0;
            return;
        }
        double atZero = rotorAverage.negligibleDistance(destRadius, 0);
        bound[0] = rotorAverage.negligibleDistance(destRadius, intercept) * REACH_MARGIN;
        bound[1] = (rotorAverage.negligibleDistance(destRadius, slope) - atZero) * REACH_MARGIN;
    }

    private static double smallest(double[] values, int count) {
        double smallest = values[0];
        for (int i = 1; i < count; i++) {
            smallest = Math.min(smallest, values[i]);
        }
        return smallest;
    }

    /**
     * centreAndSigma of states[from + s] at dw into batch.evaluations[s] for s < count; a deficit whose sigma is a long
     * chain of dependent operations computes them in stages over the states.
     */
    void centresAndSigmas(WakeSource[] states, int from, int count, double dw, StateBatch batch) {
        for (int s = 0; s < count; s++) {
            centreAndSigma(states[from + s], dw, batch.evaluations[s]);
        }
    }

    private static void copyCentreAndSigma(PairTerms from, PairTerms to) {
        to.centre = from.centre;
        to.dCentreDw = from.dCentreDw;
        to.dCentreDct = from.dCentreDct;
        to.dCentreDti = from.dCentreDti;
        to.sigma = from.sigma;
        to.dSigmaDw = from.dSigmaDw;
        to.dSigmaDct = from.dSigmaDct;
        to.dSigmaDti = from.dSigmaDti;
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
