package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

class SmartStartTest {

    private final LayoutProblem iea16 = Farms.iea37(16);

    private double[][] place(LayoutProblem p, int grid, double pct, long seed) {
        return new SmartStart(p.boundary(), p.minSpacingM(), new SmartStartSettings(grid, pct))
                .place(p.nTurbines(), p.farmAep(), new Well19937c(seed), Cancellation.none());
    }

    @Test
    void placesEveryTurbineOnTheGridInsideTheBoundaryAndApartByTheSpacing() {
        double[][] xy = place(iea16, 51, 30, 7);
        LayoutResult asResult = new LayoutResult(xy[0], xy[1], 0, 0, 0, StopReason.SMART_START_ONLY, 0, 0);
        Farms.assertFeasible(iea16, asResult);
        double step = 2600.0 / 50;
        for (int i = 0; i < 16; i++) {
            assertEquals(0, Math.IEEEremainder(xy[0][i] + 1300, step), 1e-9, "on the grid");
            assertEquals(0, Math.IEEEremainder(xy[1][i] + 1300, step), 1e-9, "on the grid");
        }
    }

    @Test
    void withoutRandomnessEachTurbineTakesTheBestCandidate() {
        double[][] xy = place(iea16, 31, 0, 1);
        double[] placedX = java.util.Arrays.copyOf(xy[0], 15);
        double[] placedY = java.util.Arrays.copyOf(xy[1], 15);
        double last = iea16.model().candidateAep(placedX, placedY, new double[] {xy[0][15]},
                new double[] {xy[1][15]})[0];
        for (double[] c : CandidateGrid.inside(iea16.boundary(), 31)) {
            boolean free = true;
            for (int i = 0; i < 15; i++) {
                free &= Math.hypot(c[0] - placedX[i], c[1] - placedY[i]) >= iea16.minSpacingM();
            }
            if (free) {
                double score = iea16.model().candidateAep(placedX, placedY, new double[] {c[0]}, new double[] {c[1]})[0];
                assertTrue(score <= last, "a free candidate scores better than the last turbine's spot");
            }
        }
        assertArrayEquals(xy[0], place(iea16, 31, 0, 99)[0], "the seed does not matter without randomness");
    }

    @Test
    void theSeedChoosesTheRandomPicksReproducibly() {
        double[][] a = place(iea16, 51, 30, 3);
        double[][] b = place(iea16, 51, 30, 3);
        double[][] c = place(iea16, 51, 30, 4);
        assertArrayEquals(a[0], b[0]);
        assertArrayEquals(a[1], b[1]);
        assertFalse(java.util.Arrays.equals(a[0], c[0]) && java.util.Arrays.equals(a[1], c[1]));
    }

    @Test
    void aFarmTooSmallForItsTurbinesSaysHowManyFitAndWhatToChange() {
        LayoutProblem crowded = new LayoutProblem(new CircleBoundary(0, 0, 300), iea16.model(), 16, 260);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> place(crowded, 18, 0, 1));
        String m = e.getMessage();
        assertTrue(m.matches("smart start fitted only \\d+ of n_turbines=16 on the 18x18 candidate grid.*"), m);
        assertTrue(m.contains("grid_size") && m.contains("fewer n_turbines") && m.contains("spacing_d"), m);
    }
}
