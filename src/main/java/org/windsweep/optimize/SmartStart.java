package org.windsweep.optimize;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.hipparchus.random.RandomGenerator;
import org.windsweep.InvalidInputException;

/**
 * TopFarm's smart start: a greedy placement on a grid of candidate positions inside the boundary. Each turbine
 * goes where a turbine would produce the most AEP in the wakes of those already placed (or, with random_pct, to a
 * seeded random pick among the best random_pct percent of candidates); the candidates the feasibility rule no
 * longer finds free beside it are then dropped. Ties are broken by grid order, so the placement depends only on
 * the inputs and the random generator. The scores are kept up to date placement by placement
 * ({@link FarmAep#candidateScores}) rather than computed afresh, and only for the candidates still free.
 */
final class SmartStart {

    private final Boundary boundary;
    private final double spacingM;
    private final FeasibilityRule rule;
    private final SmartStartSettings settings;

    SmartStart(Boundary boundary, double spacingM, SmartStartSettings settings) {
        this.boundary = boundary;
        this.spacingM = spacingM;
        this.rule = new FeasibilityRule(boundary, spacingM);
        this.settings = settings;
    }

    /** Places nTurbines turbines; returns {x, y} in metres. */
    double[][] place(int nTurbines, FarmAep aep, RandomGenerator random, Cancellation cancellation) {
        List<double[]> grid = CandidateGrid.inside(boundary, settings.gridSize());
        double[] candX = grid.stream().mapToDouble(c -> c[0]).toArray();
        double[] candY = grid.stream().mapToDouble(c -> c[1]).toArray();
        CandidateScores scores = aep.candidateScores(candX, candY);
        boolean[] free = new boolean[candX.length];
        Arrays.fill(free, true);
        double[] placedX = new double[nTurbines];
        double[] placedY = new double[nTurbines];
        for (int k = 0; k < nTurbines; k++) {
            cancellation.check();
            int[] open = IntStream.range(0, free.length).filter(c -> free[c]).toArray();
            if (open.length == 0) {
                throw tooSmall(k, nTurbines);
            }
            double[] score = Arrays.stream(open).mapToDouble(scores::score).toArray();
            int chosen = open[choose(score, random)];
            placedX[k] = candX[chosen];
            placedY[k] = candY[chosen];
            for (int c : open) {
                if (!rule.isFreeBeside(candX[c], candY[c], placedX[k], placedY[k])) {
                    free[c] = false;
                    scores.exclude(c);
                }
            }
            if (k + 1 < nTurbines) {
                scores.place(placedX[k], placedY[k]);
            }
        }
        return new double[][] {placedX, placedY};
    }

    /** The best candidate, or a uniform pick among the best random_pct percent (at least one). */
    private int choose(double[] score, RandomGenerator random) {
        Integer[] order = new Integer[score.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -score[i]).thenComparingInt(i -> i));
        if (settings.randomPct() <= 0) {
            return order[0];
        }
        int top = Math.max(1, (int) Math.ceil(score.length * settings.randomPct() / 100));
        return order[random.nextInt(top)];
    }

    private InvalidInputException tooSmall(int fitted, int wanted) {
        int g = settings.gridSize();
        return new InvalidInputException(String.format(java.util.Locale.ROOT,
                "smart start fitted only %d of n_turbines=%d on the %dx%d candidate grid at %.6g m minimum spacing;"
                        + " use a bigger smart_start.grid_size, fewer n_turbines or a smaller spacing_d",
                fitted, wanted, g, g, spacingM));
    }
}
