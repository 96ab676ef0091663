package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.windsweep.physics.WindFarmModel;
import org.windsweep.cli.IndependentFeasibility;

/** Layouts optimised in farms of several regions, with holes, exclusion zones and setbacks, checked with JTS. */
class RegionLayoutTest {

    private static final SmartStartSettings SMART_START = new SmartStartSettings(60, 30);
    private static final OptimizerSettings OPTIMIZER = new OptimizerSettings(300, 120);
    private static final double SPACING_M = 260;
    private static final WindFarmModel MODEL = Farms.iea37(16).model();

    private static FarmShape.Polygon square(String label, double x0, double y0, double side, List<double[][]> holes) {
        return new FarmShape.Polygon(label, new double[][] {{x0, y0}, {x0 + side, y0}, {x0 + side, y0 + side},
                {x0, y0 + side}}, holes);
    }

    private static LayoutResult optimiseAndCheck(List<FarmShape> regions, List<FarmShape> exclusions,
                                                 double setbackM, int n, long seed) {
        RegionBoundary boundary = new RegionBoundary(regions, exclusions, setbackM);
        LayoutProblem problem = new LayoutProblem(boundary, MODEL, n, SPACING_M);
        LayoutResult r = LayoutOptimizer.optimize(problem, SMART_START, OPTIMIZER, seed, Cancellation.none());
        assertNull(IndependentFeasibility.violation(regions, exclusions, setbackM, SPACING_M, r.x(), r.y()));
        assertTrue(r.maxViolationM() <= IndependentFeasibility.TOLERANCE_M, "reported " + r.maxViolationM());
        assertTrue(r.aep() >= r.aepInitial(), "refinement lost AEP: " + r.aep() + " < " + r.aepInitial());
        return r;
    }

    @Test
    void aRegionWithAHoleAndASetbackKeepsEveryTurbineOutOfTheHole() {
        FarmShape region = square("field", 0, 0, 2000, List.<double[][]>of(new double[][] {{700, 700},
                {1300, 700}, {1300, 1300}, {700, 1300}}));
        for (long seed = 1; seed <= 3; seed++) {
            optimiseAndCheck(List.of(region), List.of(), 50, 12, seed);
        }
    }

    @Test
    void anExclusionCircleInsideARegionStaysFree() {
        FarmShape region = square("field", 0, 0, 2000, List.of());
        FarmShape wreck = new FarmShape.Circle("wreck", 1000, 1000, 450);
        for (long seed = 1; seed <= 3; seed++) {
            LayoutResult r = optimiseAndCheck(List.of(region), List.of(wreck), 0, 12, seed);
            double nearest = Double.POSITIVE_INFINITY;
            for (int i = 0; i < r.x().length; i++) {
                nearest = Math.min(nearest, Math.hypot(r.x()[i] - 1000, r.y()[i] - 1000));
            }
            assertTrue(nearest >= 450 - IndependentFeasibility.TOLERANCE_M, "a turbine " + nearest + " m from the centre");
        }
    }

    /**
     * Two 600 m squares 2.4 km apart: eight turbines packed into one square shade each other, spread over both
     * they hardly do, so the best layout has turbines in both.
     */
    @Test
    void twoDisjointRegionsBothGetTurbines() {
        FarmShape west = square("west", 0, 0, 600, List.of());
        FarmShape east = square("east", 3000, 500, 600, List.of());
        for (long seed = 1; seed <= 3; seed++) {
            LayoutResult r = optimiseAndCheck(List.of(west, east), List.of(), 0, 8, seed);
            int inWest = 0;
            for (double x : r.x()) {
                inWest += x <= 600 + 1e-6 ? 1 : 0;
            }
            assertTrue(inWest >= 2 && inWest <= 6, inWest + " of 8 turbines in the west region");
        }
    }
}
