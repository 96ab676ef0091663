package org.windsweep.physics;

/**
 * Scratch for evaluating one pair for several source states at once ({@link PairKernel#termsOfStates}): arrays that
 * grow to the largest batch asked for and are reused from pair to pair. Owned by one kernel (not thread-safe).
 */
final class StateBatch {

    /** Per state: its wake width at the pair's dw (left from an earlier pair where no offset of this one can be reached). */
    double[] sigma = new double[0];
    /** Per state: 1/sigma. */
    double[] inverseSigma = new double[0];
    /** Per state: the crosswind distance beyond which its wake is negligible, by a bound of sigma. */
    double[] reach = new double[0];
    /** Per state: whether the exact negligible distance has been checked (at the first offset within reach). */
    boolean[] exactChecked = new boolean[0];
    /** Per state: a stage's intermediate values, for a deficit's own use. */
    double[] work = new double[0];
    double[] work2 = new double[0];
    double[] work3 = new double[0];
    /** Per offset and state [offset * count + state]: the deficits. */
    double[] deficits = new double[0];
    /**
     * Per offset and state [offset * count + state]: the deficits with their partials; the first count also hold each
     * state's centre and sigma with their partials.
     */
    PairTerms[] evaluations = new PairTerms[0];

    /** The batch's rotor averages. */
    final LookupScratch lookups = new LookupScratch();

    /** Per offset: the offsets as a deficit wrapping another passes them on (scaled). */
    double[] offsets = new double[0];

    /** Makes room for count states at offsets crosswind offsets. */
    void ensure(int count, int offsets) {
        if (sigma.length < count) {
            sigma = new double[count];
            inverseSigma = new double[count];
            reach = new double[count];
            exactChecked = new boolean[count];
            work = new double[count];
            work2 = new double[count];
            work3 = new double[count];
        }
        if (this.offsets.length < offsets) {
            this.offsets = new double[offsets];
        }
        if (deficits.length < count * offsets) {
            deficits = new double[count * offsets];
            evaluations = new PairTerms[count * offsets];
            for (int e = 0; e < evaluations.length; e++) {
                evaluations[e] = new PairTerms();
            }
        }
    }
}
