package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.hipparchus.random.Well19937c;
import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

class FeasibilityRuleTest {

    private static final double SPACING = 260;
    private static final double TOLERANCE = FeasibilityRule.TOLERANCE_M;

    private final PolygonBoundary square = new PolygonBoundary(new double[][] {{0, 0}, {3000, 0}, {3000, 3000},
        {0, 3000}});
    private final FeasibilityRule rule = new FeasibilityRule(square, SPACING);

    @Test
    void onTheBoundaryIsInside() {
        assertEquals(0, rule.outsideM(1500, 0));
        assertEquals(0, rule.outsideM(3000, 3000));
        assertEquals(Optional.empty(), rule.firstViolation(new double[] {1500, 3000}, new double[] {0, 3000}));
        FeasibilityRule circle = new FeasibilityRule(new CircleBoundary(0, 0, 1300), SPACING);
        assertEquals(Optional.empty(), circle.firstViolation(new double[] {1300, -1300}, new double[] {0, 0}));
    }

    @Test
    void outsideByLessThanTheToleranceIsFeasibleAndByMoreIsNot() {
        double[] y = {1500};
        assertEquals(0.5 * TOLERANCE, rule.outsideM(-0.5 * TOLERANCE, 1500), 1e-15);
        assertEquals(0, rule.maxViolationM(new double[] {100}, y));
        assertTrue(FeasibilityRule.isTolerable(rule.maxViolationM(new double[] {-0.5 * TOLERANCE}, y)));
        assertFalse(FeasibilityRule.isTolerable(rule.maxViolationM(new double[] {-2 * TOLERANCE}, y)));
        assertEquals(Optional.empty(), rule.firstViolation(new double[] {-0.5 * TOLERANCE}, y));
        assertEquals(Optional.of("turbine 0 at (-0.000, 1500.000) is 2.00e-06 m outside the farm boundary"),
                rule.firstViolation(new double[] {-2 * TOLERANCE}, y));
    }

    @Test
    void exactlyTheMinimumSpacingIsFeasibleAndCloserByMoreThanTheToleranceIsNot() {
        double[] y = {1000, 1000};
        assertEquals(0, rule.maxViolationM(new double[] {1000, 1000 + SPACING}, y));
        assertEquals(Optional.empty(), rule.firstViolation(new double[] {1000, 1000 + SPACING}, y));
        assertEquals(Optional.empty(), rule.firstViolation(new double[] {1000, 1000 + SPACING - 0.5 * TOLERANCE}, y));
        double[] tooClose = {1000, 1000 + SPACING - 2 * TOLERANCE};
        assertEquals(2 * TOLERANCE, rule.maxViolationM(tooClose, y), 1e-12);
        assertEquals(Optional.of("turbines 0 and 1 are 260.000 m apart, closer than the minimum spacing 260.000 m"),
                rule.firstViolation(tooClose, y));
        assertEquals(Optional.of("turbines 0 and 1 are 250.000 m apart, closer than the minimum spacing 260.000 m"),
                rule.firstViolation(new double[] {1000, 1250}, y));
    }

    @Test
    void theLargestViolationIsTheWorstOfBoundaryAndSpacing() {
        // turbine 2 is 10 m outside, turbines 0 and 1 are 20 m too close
        assertEquals(20, rule.maxViolationM(new double[] {100, 340, 3010}, new double[] {100, 100, 100}), 1e-9);
        assertEquals(10, rule.maxViolationM(new double[] {100, 500, 3010}, new double[] {100, 100, 100}), 1e-9);
    }

    @Test
    void aGridSpotIsFreeBesideATurbineAtTheSpacingButNotCloserAndNeverOnItsPoint() {
        assertTrue(rule.isFreeBeside(1000 + SPACING, 1000, 1000, 1000));
        assertTrue(rule.isFreeBeside(1000, 1000 + SPACING - 0.5 * TOLERANCE, 1000, 1000));
        assertFalse(rule.isFreeBeside(1000, 1000 + SPACING - 2 * TOLERANCE, 1000, 1000));
        FeasibilityRule noSpacing = new FeasibilityRule(square, 0);
        assertTrue(noSpacing.isFreeBeside(1000, 1000 + 1e-3, 1000, 1000));
        assertFalse(noSpacing.isFreeBeside(1000, 1000, 1000, 1000), "two turbines on one point");
    }

    /** A 5 x 5 grid has 13 points in a circle of its size: 13 turbines take one each, and a 14th finds none. */
    @Test
    void withoutASpacingSmartStartPutsEveryTurbineOnItsOwnPoint() {
        LayoutProblem p = new LayoutProblem(new CircleBoundary(0, 0, 1300), Farms.iea37(16).model(), 13, 0);
        SmartStart smartStart = new SmartStart(p.boundary(), 0, new SmartStartSettings(5, 0));
        double[][] xy = smartStart.place(13, p.farmAep(), new Well19937c(1), Cancellation.none());
        for (int i = 0; i < 13; i++) {
            for (int j = i + 1; j < 13; j++) {
                assertTrue(xy[0][i] != xy[0][j] || xy[1][i] != xy[1][j], "turbines " + i + " and " + j);
            }
        }
        assertThrows(InvalidInputException.class,
                () -> smartStart.place(14, p.farmAep(), new Well19937c(1), Cancellation.none()));
    }

    /**
     * A stand-in whose candidate score is x + y/2 wherever the others are. On a 5 x 5 grid in a circle of 3000 m the
     * two best spots, (3000, 0) and (1500, 1500), hold turbines 1 and 2; the weakest, turbine 0 at (0, 0), must go to
     * the best free spot, which scores 1500: (0, 3000) and (1500, 0) tie, and grid order (x outer) takes (0, 3000).
     */
    @Test
    void withoutASpacingRelocationMovesTheWeakestTurbineToAFreeSpotNotOntoAnother() {
        FarmAep linear = new FarmAep() {
            @Override
            public double aepWithGradient(double[] x, double[] y, double[] dAepDx, double[] dAepDy) {
                throw new UnsupportedOperationException("relocation only scores candidates");
            }

            @Override
            public double[] candidateAep(double[] placedX, double[] placedY, double[] candX, double[] candY) {
                double[] score = new double[candX.length];
                for (int c = 0; c < score.length; c++) {
                    score[c] = candX[c] + 0.5 * candY[c];
                }
                return score;
            }

            @Override
            public CandidateScores candidateScores(double[] candX, double[] candY) {
                throw new UnsupportedOperationException("relocation only scores candidates");
            }
        };
        TurbineRelocation relocation = new TurbineRelocation(new CircleBoundary(0, 0, 3000), linear, 0, 5);
        double[][] moved = relocation.relocateWeakest(new double[] {0, 3000, 1500}, new double[] {0, 0, 1500});
        assertNotNull(moved);
        assertEquals(0, moved[0][0]);
        assertEquals(3000, moved[1][0]);
        assertEquals(3000, moved[0][1]);
        assertEquals(1500, moved[0][2]);
    }
}
