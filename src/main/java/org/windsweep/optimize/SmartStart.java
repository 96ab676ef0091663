package org.windsweep.optimize;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.hipparchus.random.RandomGenerator;
import org.windsweep.InvalidInputException;

/**
 * TopFarm's smart start: a greedy placement on a grid of candidate positions inside the boundary. Each turbine
 * goes where a turbine would produce the most AEP in the wakes of those already placed (or, with random_pct, to a
 * seeded random pick among the best random_pct percent of candidates); candidates closer to it than the minimum
 * spacing are then removed. Ties are broken by grid order, so the placement depends only on the inputs and the
 * random generator.
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
        List<double[]> candidates = CandidateGrid.inside(boundary, settings.gridSize());
        double[] placedX = new double[nTurbines];
        double[] placedY = new double[nTurbines];
        for (int k = 0; k < nTurbines; k++) {
            cancellation.check();
            if (candidates.isEmpty()) {
                throw tooSmall(k, nTurbines);
            }
            double[] candX = candidates.stream().mapToDouble(c -> c[0]).toArray();
            double[] candY = candidates.stream().mapToDouble(c -> c[1]).toArray();
            double[] score = aep.candidateAep(Arrays.copyOf(placedX, k), Arrays.copyOf(placedY, k), candX, candY);
            int chosen = choose(score, random);
            placedX[k] = candX[chosen];
            placedY[k] = candY[chosen];
            double sx = placedX[k];
            double sy = placedY[k];
            candidates.removeIf(c -> !rule.isFreeBeside(c[0], c[1], sx, sy));
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
