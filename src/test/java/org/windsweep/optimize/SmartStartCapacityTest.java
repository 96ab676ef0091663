package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

/** The bound validate holds a spec's turbine count to: smart start never places more, whatever the seed. */
class SmartStartCapacityTest {

    private final LayoutProblem iea16 = Farms.iea37(16);

    private static final double[][] L_SHAPE = {{0, 0}, {3600, 0}, {3600, 1500}, {1500, 1500}, {1500, 3600}, {0, 3600}};

    private void assertNoMoreThanTheBoundFit(Boundary boundary, int grid, double spacingM) {
        long bound = SmartStartCapacity.upperBound(boundary, grid, spacingM);
        for (long seed = 0; seed < 4; seed++) {
            SmartStart smartStart = new SmartStart(boundary, spacingM, new SmartStartSettings(grid, 30));
            Well19937c random = new Well19937c(seed);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> smartStart.place((int) bound + 1,
                    iea16.farmAep(), random, Cancellation.none()), "grid " + grid + ", seed " + seed);
            assertTrue(e.getMessage().startsWith("smart start fitted only"), e.getMessage());
        }
    }

    @Test
    void smartStartPlacesNoMoreThanTheBoundOnCoarseAndFineGrids() {
        for (int grid : new int[] {5, 12, 18, 31}) {
            assertNoMoreThanTheBoundFit(iea16.boundary(), grid, iea16.minSpacingM());
            assertNoMoreThanTheBoundFit(new PolygonBoundary(L_SHAPE), grid, 2 * 130);
        }
    }

    /** Where no two candidates share a cell the bound is the number of candidates, all of which smart start fills. */
    @Test
    void onAGridCoarserThanTheSpacingEveryCandidateCounts() {
        long bound = SmartStartCapacity.upperBound(iea16.boundary(), 5, iea16.minSpacingM());
        assertEquals(CandidateGrid.inside(iea16.boundary(), 5).size(), bound);
        double[][] xy = new SmartStart(iea16.boundary(), iea16.minSpacingM(), new SmartStartSettings(5, 0))
                .place((int) bound, iea16.farmAep(), new Well19937c(1), Cancellation.none());
        assertEquals(bound, xy[0].length);
    }

    /** However many candidates lie closer together than the spacing, they hold one turbine. */
    @Test
    void candidatesAllCloserThanTheSpacingHoldOneTurbine() {
        Boundary small = new PolygonBoundary(new double[][] {{0, 0}, {100, 0}, {100, 100}, {0, 100}});
        assertTrue(CandidateGrid.inside(small, 18).size() > 300);
        assertEquals(1, SmartStartCapacity.upperBound(small, 18, 260));
    }
}
