package org.windsweep.physics;

import java.util.Arrays;

/**
 * Smart start's candidate scores kept up to date while turbines are placed one at a time: after each placement, the
 * AEP [GWh] a turbine at each remaining candidate would produce in the wakes of the turbines placed so far, exactly
 * the numbers of {@link WindFarmModel#candidateAep} (bit for bit), at a fraction of its cost.
 *
 * <p>Why it is exact. A candidate's speed in one flow case is ws - combine(S), S being the sum, in the placed
 * turbines' order, of each one's superposition terms there. Placing a turbine appends its terms to every S, but it
 * can also change the thrust (and TI) of placed turbines in its wake, and so their terms: the score does not change
 * by the new wake alone. So for each flow case the placed farm is solved again (as candidateAep does), and a
 * candidate's S is extended by the new turbine's terms only if every placed turbine whose state changed gives
 * that candidate the very same terms as before (typically zero: the candidate is outside its wake); otherwise S
 * is summed again from scratch in the placed order. Either way S is the sum candidateAep forms, and each
 * candidate's score is summed over the flow cases in candidateAep's order from per-case energies that are
 * recomputed only where S changed.
 *
 * <p>Memory: two doubles per candidate and flow case with a non-zero probability. Not thread-safe.
 */
public final class CandidateScoring {

    private final Turbine turbine;
    private final Site site;
    private final WakeModel model;
    private final WakeDeficit deficit;
    private final Superposition superposition;
    /** The farm solver's own kernel for this model, so that every pair's terms are the solver's, bit for bit. */
    private final PairKernel kernel;
    private final PowerCtCurve curve;

    private final double[] candX;
    private final double[] candY;
    private final boolean[] excluded;
    private final double[] score;

    /** The flow cases that count (as candidateAep counts them), in candidateAep's order (wd outer, ws inner). */
    private final int[] caseWs;
    private final double[] caseWeight;
    /** The first case of each wd bin; caseStart[wdCount] is the number of cases. */
    private final int[] caseStart;
    private final int cases;

    /** Per candidate and case [c * cases + q]: the sum of unit-speed superposition terms, and the weighted power. */
    private final double[] sums;
    private final double[] energy;

    private double[] placedX = new double[0];
    private double[] placedY = new double[0];
    /** Per case: the placed turbines' CT and TI (what their wakes depend on) after the last placement. */
    private final double[][] placedCt;
    private final double[][] placedTi;
    /** One turbine's terms at a candidate in the states it had before a placement. */
    private final double[] beforeTerms;

    CandidateScoring(Turbine turbine, Site site, WakeModel model, double gwhPerWattYear, double[] candX,
                     double[] candY) {
        this.turbine = turbine;
        this.site = site;
        this.model = model;
        this.deficit = model.deficit();
        this.superposition = model.superposition();
        this.kernel = model.pairLoop().kernel(model, turbine);
        this.curve = turbine.curve();
        this.candX = candX.clone();
        this.candY = candY.clone();
        int n = candX.length;
        this.excluded = new boolean[n];
        this.score = new double[n];

        int wdCount = site.wdCount();
        int wsCount = site.wsCount();
        int[] ws = new int[wdCount * wsCount];
        double[] weight = new double[wdCount * wsCount];
        caseStart = new int[wdCount + 1];
        int q = 0;
        for (int l = 0; l < wdCount; l++) {
            caseStart[l] = q;
            for (int k = 0; k < wsCount; k++) {
                double w = site.probability(l, k) * gwhPerWattYear;
                if (WindFarmModel.counts(w, curve, site.ws(k))) {
                    ws[q] = k;
                    weight[q] = w;
                    q++;
                }
            }
        }
        caseStart[wdCount] = q;
        cases = q;
        caseWs = Arrays.copyOf(ws, q);
        caseWeight = Arrays.copyOf(weight, q);
        placedCt = new double[q][0];
        placedTi = new double[q][0];
        beforeTerms = new double[wsCount];

        sums = new double[n * cases];
        energy = new double[n * cases];
        for (int c = 0; c < n; c++) {
            for (int p = 0; p < cases; p++) {
                energy[c * cases + p] = energyAt(p, 0);
            }
        }
        sumScores();
    }

    /** The score [GWh] of candidate c after the last placement; 0 for an excluded candidate. */
    public double score(int c) {
        return score[c];
    }

    /** Candidate c is of no further interest: it is no longer scored (its score stays 0). */
    public void exclude(int c) {
        excluded[c] = true;
        score[c] = 0;
    }

    /** Places a turbine at (x, y) (a candidate's position or not) and updates every remaining score. */
    public void place(double x, double y) {
        int newest = placedX.length;
        placedX = Arrays.copyOf(placedX, newest + 1);
        placedY = Arrays.copyOf(placedY, newest + 1);
        placedX[newest] = x;
        placedY[newest] = y;
        int count = newest + 1;
        int wsCount = site.wsCount();
        FarmSolver solver = new FarmSolver(turbine, model, count, site.wsMs(), false);
        int[] toSolve = new int[wsCount];
        // per placed turbine, the states it had before this placement where it changed (and at which of the wd's cases)
        WakeSource[][] before = newSources(count, wsCount);
        int[][] changedSlots = new int[count][wsCount];
        int[] changedCount = new int[count];
        int[] changedTurbines = new int[count];
        double[] dw = new double[count];
        double[] hcw = new double[count];
        double[] terms = new double[wsCount];
        double[] unitSums = new double[wsCount];
        for (int l = 0; l < site.wdCount(); l++) {
            int first = caseStart[l];
            int last = caseStart[l + 1];
            if (first == last) {
                continue;
            }
            solver.setDirection(placedX, placedY, site.wd(l));
            for (int q = first; q < last; q++) {
                toSolve[q - first] = caseWs[q];
            }
            double tiAmbient = site.ti(l);
            solver.solve(toSolve, 0, last - first, tiAmbient, false);
            int changedInWd = recordStates(solver, first, last, newest, tiAmbient, before, changedSlots, changedCount,
                    changedTurbines);
            for (int c = 0; c < candX.length; c++) {
                if (excluded[c]) {
                    continue;
                }
                // the geometry of the placed turbines' wakes at c is the same in every flow case of this wd
                for (int i = changedInWd > 0 ? 0 : newest; i < count; i++) {
                    double dx = candX[c] - placedX[i];
                    double dy = candY[c] - placedY[i];
                    dw[i] = solver.downwind(dx, dy);
                    hcw[i] = solver.crosswind(dx, dy);
                }
                if (changedInWd > 0 && anyTermsDiffer(solver, changedInWd, changedTurbines, before, changedSlots,
                        changedCount, dw, hcw, terms)) {
                    // S summed again from scratch, in the placed order, for every case of this wd
                    solver.unitSumsAt(candX[c], candY[c], unitSums);
                    for (int q = first; q < last; q++) {
                        update(c, q, unitSums[caseWs[q]]);
                    }
                } else if (dw[newest] > FarmSolver.COUNTED_DW) {
                    // every other term as before: S extended by the new turbine's terms
                    solver.sourceTermsAt(newest, dw[newest], hcw[newest], terms);
                    for (int q = first; q < last; q++) {
                        update(c, q, sums[c * cases + q] + terms[q - first]);
                    }
                }
            }
        }
        sumScores();
    }

    /**
     * Keeps each case's CT and TI of the placed turbines from the solve of cases first..last-1; for each turbine placed
     * before whose state changed, notes at which of these cases (slots) and what its state was before. Returns how
     * many turbines changed, listed in changedTurbines.
     */
    private int recordStates(FarmSolver solver, int first, int last, int newest, double tiAmbient, WakeSource[][] before,
                             int[][] changedSlots, int[] changedCount, int[] changedTurbines) {
        int count = newest + 1;
        Arrays.fill(changedCount, 0);
        for (int q = first; q < last; q++) {
            int slot = q - first;
            int k = caseWs[q];
            double[] ct = new double[count];
            double[] ti = new double[count];
            for (int i = 0; i < count; i++) {
                ct[i] = solver.ct(i, k);
                ti[i] = solver.ti(i, k);
                if (i < newest && (ct[i] != placedCt[q][i] || ti[i] != placedTi[q][i])) {
                    WakeSource was = before[i][changedCount[i]];
                    was.set(placedCt[q][i], placedTi[q][i], tiAmbient, turbine);
                    deficit.prepare(was);
                    changedSlots[i][changedCount[i]++] = slot;
                }
            }
            placedCt[q] = ct;
            placedTi[q] = ti;
        }
        int changed = 0;
        for (int i = 0; i < newest; i++) {
            if (changedCount[i] > 0) {
                changedTurbines[changed++] = i;
            }
        }
        return changed;
    }

    /**
     * Whether any turbine whose state changed gives the candidate (dw, hcw from each turbine) other terms now than before
     * in any case where it changed: each turbine's states at once, before and after.
     */
    private boolean anyTermsDiffer(FarmSolver solver, int changedInWd, int[] changedTurbines, WakeSource[][] before,
                                   int[][] changedSlots, int[] changedCount, double[] dw, double[] hcw, double[] after) {
        for (int t = 0; t < changedInWd; t++) {
            int i = changedTurbines[t];
            if (dw[i] <= FarmSolver.COUNTED_DW) {
                continue;
            }
            solver.sourceTermsAt(i, dw[i], hcw[i], after);
            kernel.termsOfStates(before[i], 0, changedCount[i], dw[i], hcw[i], FarmSolver.SAME_HUB_HEIGHT, beforeTerms);
            for (int j = 0; j < changedCount[i]; j++) {
                if (beforeTerms[j] != after[changedSlots[i][j]]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Candidate c's sum of unit-speed terms in case q is now sum: its energy there follows it. */
    private void update(int c, int q, double sum) {
        int index = c * cases + q;
        if (sum != sums[index]) {
            sums[index] = sum;
            energy[index] = energyAt(q, sum);
        }
    }

    private static WakeSource[][] newSources(int rows, int columns) {
        WakeSource[][] sources = new WakeSource[rows][columns];
        for (WakeSource[] row : sources) {
            for (int i = 0; i < columns; i++) {
                row[i] = new WakeSource();
            }
        }
        return sources;
    }

    /** The weighted power [GWh] of a candidate in case q whose unit-speed superposition terms sum to unitSum. */
    private double energyAt(int q, double unitSum) {
        return curve.power(FarmSolver.wsEffFromUnitSum(superposition, site.ws(caseWs[q]), unitSum)) * caseWeight[q];
    }

    /** Each remaining candidate's score: its energies summed in case order, as candidateAep accumulates them. */
    private void sumScores() {
        for (int c = 0; c < candX.length; c++) {
            if (excluded[c]) {
                continue;
            }
            double total = 0;
            int base = c * cases;
            for (int q = 0; q < cases; q++) {
                total += energy[base + q];
            }
            score[c] = total;
        }
    }
}
