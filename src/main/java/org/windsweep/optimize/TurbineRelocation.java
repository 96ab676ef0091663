package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * Escapes a local optimum by moving the turbine that produces least to the free grid position where a turbine
 * would produce most in the wakes of the others (smart start's scoring), for the SQP to refine again.
 */
final class TurbineRelocation {

    private final FarmAep aep;
    private final FeasibilityRule rule;
    private final List<double[]> grid;

    TurbineRelocation(Boundary boundary, FarmAep aep, double spacingM, int gridSize) {
        this.aep = aep;
        this.rule = new FeasibilityRule(boundary, spacingM);
        this.grid = CandidateGrid.inside(boundary, gridSize);
    }

    /** The layout {x, y} with its weakest turbine moved, or null if no free position is better for it. */
    double[][] relocateWeakest(double[] x, double[] y) {
        int n = x.length;
        int weakest = -1;
        double weakestAep = Double.POSITIVE_INFINITY;
        for (int k = 0; k < n; k++) {
            double own = aep.candidateAep(without(x, k), without(y, k), new double[] {x[k]}, new double[] {y[k]})[0];
            if (own < weakestAep) {
                weakestAep = own;
                weakest = k;
            }
        }
        double[] ox = without(x, weakest);
        double[] oy = without(y, weakest);
        List<double[]> free = new ArrayList<>();
        for (double[] c : grid) {
            boolean clear = true;
            for (int k = 0; k < ox.length && clear; k++) {
                clear = rule.isFreeBeside(c[0], c[1], ox[k], oy[k]);
            }
            if (clear) {
                free.add(c);
            }
        }
        if (free.isEmpty()) {
            return null;
        }
        double[] cx = free.stream().mapToDouble(c -> c[0]).toArray();
        double[] cy = free.stream().mapToDouble(c -> c[1]).toArray();
        double[] score = aep.candidateAep(ox, oy, cx, cy);
        int best = 0;
        for (int i = 1; i < score.length; i++) {
            if (score[i] > score[best]) {
                best = i;
            }
        }
        if (score[best] <= weakestAep) {
            return null;
        }
        double[] movedX = x.clone();
        double[] movedY = y.clone();
        movedX[weakest] = cx[best];
        movedY[weakest] = cy[best];
        return new double[][] {movedX, movedY};
    }

    private static double[] without(double[] v, int skip) {
        double[] out = new double[v.length - 1];
        for (int i = 0, j = 0; i < v.length; i++) {
            if (i != skip) {
                out[j++] = v[i];
            }
        }
        return out;
    }
}
