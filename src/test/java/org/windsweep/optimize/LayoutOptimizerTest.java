package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.windsweep.physics.SectorRose;
import org.windsweep.physics.Site;
import org.windsweep.physics.TurbineLibrary;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

class LayoutOptimizerTest {

    /** The settings tuned on IEA37 case study 1 (also the benchmark's defaults). */
    static final SmartStartSettings SMART_START = new SmartStartSettings(51, 2);
    static final OptimizerSettings OPTIMIZER = new OptimizerSettings(400, 60);

    private static LayoutResult optimize(LayoutProblem p, long seed) {
        return LayoutOptimizer.optimize(p, SMART_START, OPTIMIZER, seed, Cancellation.none());
    }

    /**
     * TopFarm (smart start 51x51, then 200 SLSQP iterations) reaches a median of 407.33 GWh; the best layout of
     * the case study's paper is 418.92 GWh, the second best 414.14 GWh.
     */
    @Test
    void iea37SixteenTurbinesOverTwentySeedsBeatsTopFarmsMedianAndThePapersSecondBest() {
        LayoutProblem p = Farms.iea37(16);
        double[] aep = new double[20];
        for (int seed = 0; seed < 20; seed++) {
            LayoutResult r = optimize(p, seed);
            Farms.assertFeasible(p, r);
            assertTrue(r.aep() > r.aepInitial(), "refinement improves on smart start");
            aep[seed] = r.aep();
        }
        Arrays.sort(aep);
        double median = (aep[9] + aep[10]) / 2;
        assertTrue(median >= 407.3, "median " + median);
        assertTrue(aep[19] >= 414.1, "best " + aep[19]);
    }

    @Test
    void theSameConfigGivesBitIdenticalLayoutsInAnyOrderOnAnyThread() throws Exception {
        LayoutProblem p = Farms.iea37(16);
        LayoutResult first = optimize(p, 11);
        optimize(p, 12); // another config in between
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<LayoutResult>> runs = new ArrayList<>();
            runs.add(pool.submit(() -> optimize(p, 12)));
            runs.add(pool.submit(() -> optimize(Farms.iea37(16), 11)));
            LayoutResult again = runs.get(1).get();
            assertArrayEquals(first.x(), again.x());
            assertArrayEquals(first.y(), again.y());
            assertEquals(first.aep(), again.aep());
            assertEquals(first.iterations(), again.iterations());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anLShapedFarmIsOptimisedWithinItsNonConvexBoundary() {
        PolygonBoundary l = new PolygonBoundary(BoundaryTest.L_SHAPE);
        LayoutProblem p = new LayoutProblem(l, Farms.iea37(16).model(), 12, 260);
        for (long seed = 0; seed < 3; seed++) {
            LayoutResult r = optimize(p, seed);
            Farms.assertFeasible(p, r);
            assertTrue(r.aep() > r.aepInitial(), "seed " + seed + ": " + r.aep() + " vs " + r.aepInitial());
        }
    }

    @Test
    void theOriginalSweepsModelNygaard2022WithTheV80() {
        double[][] polygon = {{0, 0}, {1500, -200}, {1800, 900}, {600, 1400}, {-200, 800}};
        LayoutProblem p = new LayoutProblem(new PolygonBoundary(polygon), Farms.hornsRevV80Nygaard(), 12, 1.1 * 80);
        LayoutResult r = LayoutOptimizer.optimize(p, new SmartStartSettings(18, 30), OPTIMIZER, 5,
                Cancellation.none());
        Farms.assertFeasible(p, r);
        assertTrue(r.aep() > r.aepInitial(), r.aep() + " vs " + r.aepInitial());
    }

    /**
     * A config whose quasi-Newton Hessian lost positive definiteness to round-off (found by a sweep on Spark): the
     * optimiser starts the curvature afresh instead of failing the config.
     */
    @Test
    void aHessianThatLosesPositiveDefinitenessIsResetNotFatal() {
        Site rose = SectorRose.singleSpeed(new double[] {0, 90, 180, 270}, new double[] {0.2, 0.3, 0.2, 0.3}, 9.8,
                0.075).site();
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("V80"), rose,
                WakeModels.byName("IEA37SimpleBastankhahGaussian"));
        LayoutProblem p = new LayoutProblem(new PolygonBoundary(new double[][] {{0, 0}, {2600, 0}, {0, 2600}}),
                model, 9, 160);
        for (long seed : new long[] {1, 3}) {
            LayoutResult r = LayoutOptimizer.optimize(p, new SmartStartSettings(10, 30), new OptimizerSettings(30, 2),
                    seed, Cancellation.none());
            Farms.assertFeasible(p, r);
            assertTrue(r.aep() >= r.aepInitial(), "refinement keeps at least the smart-start AEP");
        }
    }

    @Test
    void zeroIterationsMeansSmartStartOnly() {
        LayoutProblem p = Farms.iea37(16);
        LayoutResult r = LayoutOptimizer.optimize(p, SMART_START, new OptimizerSettings(0, 60), 3,
                Cancellation.none());
        Farms.assertFeasible(p, r);
        assertEquals(0, r.iterations());
        assertFalse(r.converged());
        assertEquals(r.aepInitial(), r.aep());
    }

    @Test
    void aRunStoppedByItsIterationCapReturnsAFeasibleLayoutMarkedNotConverged() {
        LayoutProblem p = Farms.iea37(36);
        LayoutResult r = LayoutOptimizer.optimize(p, SMART_START, new OptimizerSettings(5, 60), 1,
                Cancellation.none());
        Farms.assertFeasible(p, r);
        assertEquals(5, r.iterations());
        assertFalse(r.converged());
        assertTrue(r.aep() >= r.aepInitial());
    }

    /**
     * Seed 7 at 36 turbines: SQP converges in fewer than 200 iterations, and a relocation gains after that. With one
     * budget shared by all SQP runs that relocation was cut short at 200 iterations in all (841.616 GWh, not
     * converged); with a budget per run it is refined to convergence.
     */
    @Test
    void aRelocationIsRefinedWithAnIterationBudgetOfItsOwn() {
        LayoutProblem p = Farms.iea37(36);
        LayoutResult r = LayoutOptimizer.optimize(p, SMART_START, new OptimizerSettings(200, 600), 7,
                Cancellation.none());
        Farms.assertFeasible(p, r);
        assertTrue(r.converged(), "stopped " + r.stopReason());
        assertTrue(r.iterations() > 200, "iterations " + r.iterations());
        assertTrue(r.aep() > 841.616, "AEP " + r.aep());
    }

    @Test
    void aRunStoppedByItsTimeLimitReturnsAFeasibleLayoutMarkedNotConverged() {
        LayoutProblem p = Farms.iea37(64);
        LayoutResult r = LayoutOptimizer.optimize(p, new SmartStartSettings(18, 30), new OptimizerSettings(1000, 1e-3),
                1, Cancellation.none());
        Farms.assertFeasible(p, r);
        assertFalse(r.converged());
    }

    @Test
    void anUnlimitedTimeLimitIsNoLimit() {
        LayoutProblem p = Farms.iea37(16);
        LayoutResult r = LayoutOptimizer.optimize(p, SMART_START,
                new OptimizerSettings(400, Double.POSITIVE_INFINITY), 2, Cancellation.afterSeconds(1e300));
        Farms.assertFeasible(p, r);
        assertTrue(r.iterations() > 0);
        assertTrue(r.converged());
    }

    @Test
    void cancellationIsCheckedCooperativelyAndThrows() {
        LayoutProblem p = Farms.iea37(16);
        AtomicInteger checks = new AtomicInteger();
        Cancellation afterAFewChecks = () -> checks.incrementAndGet() > 30;
        assertThrows(OptimizationCancelledException.class,
                () -> LayoutOptimizer.optimize(p, SMART_START, OPTIMIZER, 1, afterAFewChecks));
        assertThrows(OptimizationCancelledException.class,
                () -> LayoutOptimizer.optimize(p, SMART_START, OPTIMIZER, 1, () -> true));
    }

    @Test
    void aFarmTooSmallForItsTurbinesIsBadInput() {
        LayoutProblem p = new LayoutProblem(new CircleBoundary(0, 0, 500), Farms.iea37(16).model(), 16, 260);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> optimize(p, 1));
        assertTrue(e.getMessage().contains("fitted only"), e.getMessage());
    }
}
