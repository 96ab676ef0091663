package org.windsweep.optimize;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The most turbines smart start can place in a boundary, so that a spec asking for more is refused before it runs
 * rather than failing config by config. Smart start puts each turbine on a point of its candidate grid and never two
 * closer than the feasibility rule allows (the minimum spacing less {@link FeasibilityRule#TOLERANCE_M}). A
 * half-open square cell whose diagonal is shorter than that cannot hold two of them, so the number of such cells
 * that contain a candidate bounds the count: a bound, not the count itself (which depends on the order of
 * placement), so a spec within it may still be refused by the run.
 */
public final class SmartStartCapacity {

    private SmartStartCapacity() {
    }

    public static long upperBound(Boundary boundary, int gridSize, double minSpacingM) {
        List<double[]> candidates = CandidateGrid.inside(boundary, gridSize);
        double cell = (minSpacingM - 2 * FeasibilityRule.TOLERANCE_M) / Math.sqrt(2);
        if (!(cell > 0)) {
            return candidates.size();
        }
        BoundingBox box = boundary.boundingBox();
        Set<Cell> occupied = new HashSet<>();
        for (double[] c : candidates) {
            occupied.add(new Cell((long) Math.floor((c[0] - box.minX()) / cell),
                    (long) Math.floor((c[1] - box.minY()) / cell)));
        }
        return occupied.size();
    }

    private record Cell(long column, long row) {
    }
}
