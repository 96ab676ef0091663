package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.windsweep.InvalidInputException;

/**
 * The optimiser strategies on IEA37 case study 1, each layout checked for feasibility by plain geometry written
 * here (distance from the circle's centre, distance between turbines), not by the optimiser's own Boundary code.
 * Budgets are iteration caps, never wall-clock limits.
 */
class StrategyTest {

    private static final SmartStartSettings SMART_START = new SmartStartSettings(51, 2);
    private static final double NO_TIME_LIMIT = Double.POSITIVE_INFINITY;

    /** Thorough in kind but cheap enough for a unit test: two starts, two continuation stages. */
    private static final OptimizerSettings SMALL_THOROUGH = new OptimizerSettings(200, NO_TIME_LIMIT,
            OptimizationStrategy.THOROUGH, 2, List.of(3.0, 1.5), true);

    private static LayoutResult optimize(LayoutProblem p, OptimizerSettings settings, long seed) {
        return LayoutOptimizer.optimize(p, SMART_START, settings, seed, Cancellation.none());
    }

    private static OptimizerSettings settingsOf(OptimizationStrategy strategy) {
        return strategy == OptimizationStrategy.FAST ? new OptimizerSettings(400, NO_TIME_LIMIT) : SMALL_THOROUGH;
    }

    /** Inside the circle of radius r around the origin and 260 m apart, to 1e-6 m, by plain geometry. */
    private static void assertFeasibleInCircle(LayoutResult r, double radius, double spacing) {
        for (int i = 0; i < r.x().length; i++) {
            double fromCentre = Math.hypot(r.x()[i], r.y()[i]);
            assertTrue(fromCentre <= radius + 1e-6, "turbine " + i + " is " + (fromCentre - radius) + " m outside");
            for (int j = i + 1; j < r.x().length; j++) {
                double d = Math.hypot(r.x()[i] - r.x()[j], r.y()[i] - r.y()[j]);
                assertTrue(d >= spacing - 1e-6, "turbines " + i + " and " + j + " are " + d + " m apart");
            }
        }
        assertTrue(r.maxViolationM() <= 1e-6, "reported violation " + r.maxViolationM());
    }

    @ParameterizedTest
    @EnumSource(OptimizationStrategy.class)
    void everyStrategyGivesBitIdenticalLayoutsOnAnyThreadInAnyOrder(OptimizationStrategy strategy) throws Exception {
        OptimizerSettings settings = settingsOf(strategy);
        LayoutResult first = optimize(Farms.iea37(16), settings, 5);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<LayoutResult> other = pool.submit(() -> optimize(Farms.iea37(16), settings, 6));
            Future<LayoutResult> again = pool.submit(() -> optimize(Farms.iea37(16), settings, 5));
            other.get();
            LayoutResult second = again.get();
            assertArrayEquals(first.x(), second.x());
            assertArrayEquals(first.y(), second.y());
            assertEquals(first.aep(), second.aep());
            assertEquals(first.iterations(), second.iterations());
            assertEquals(first.stopReason(), second.stopReason());
            assertFeasibleInCircle(first, 1300, 260);
        } finally {
            pool.shutdownNow();
        }
    }

    /** The fast strategy is the two-argument settings: TopFarm's single start without continuation. */
    @Test
    void theFastStrategyIsOneStartWithoutContinuation() {
        OptimizerSettings fast = new OptimizerSettings(200, 60);
        assertEquals(OptimizationStrategy.FAST, fast.strategy());
        assertEquals(1, fast.starts());
        assertEquals(List.of(), fast.wakeExpansion());
        assertEquals(fast, new OptimizerSettings(200, 60, OptimizationStrategy.FAST));
    }

    /**
     * More starts never lose: the first start is the single start's run exactly, and the best refined start is
     * kept; over a few seeds the extra starts find a better layout at least once.
     */
    @Test
    void severalStartsKeepTheBestStart() {
        LayoutProblem p = Farms.iea37(36);
        OptimizerSettings one = new OptimizerSettings(400, NO_TIME_LIMIT);
        OptimizerSettings three = new OptimizerSettings(400, NO_TIME_LIMIT, OptimizationStrategy.FAST, 3, List.of(),
                true);
        boolean improvedOnce = false;
        for (long seed = 0; seed < 3; seed++) {
            LayoutResult single = optimize(p, one, seed);
            LayoutResult multi = optimize(p, three, seed);
            assertFeasibleInCircle(multi, 2000, 260);
            assertTrue(multi.aep() >= single.aep(), "seed " + seed + ": " + multi.aep() + " < " + single.aep());
            assertEquals(single.aepInitial(), multi.aepInitial(), "the first smart start is the same");
            assertTrue(multi.iterations() > single.iterations());
            improvedOnce |= multi.aep() > single.aep();
        }
        assertTrue(improvedOnce, "three starts beat one on some seed");
    }

    /**
     * Continuation ends on the true model: the result is a KKT point of the true model, so SQP on the true model
     * from it finds nothing more (within the stationarity tolerance).
     */
    @Test
    void wakeExpansionContinuationEndsConvergedOnTheTrueModel() {
        LayoutProblem p = Farms.iea37(16);
        OptimizerSettings continuation = new OptimizerSettings(400, NO_TIME_LIMIT, OptimizationStrategy.THOROUGH, 1,
                List.of(3.0, 2.0, 1.5), true);
        LayoutResult r = optimize(p, continuation, 3);
        assertFeasibleInCircle(r, 1300, 260);
        assertEquals(StopReason.CONVERGED_KKT, r.stopReason());
        assertTrue(r.aep() > r.aepInitial());

        double scale = p.minSpacingM();
        LayoutConstraints constraints = new LayoutConstraints(p.boundary(), 16, scale, scale,
                LayoutOptimizer.MAX_STEP * scale);
        AepMaximisation trueModel = new AepMaximisation(p.farmAep(), constraints, 16, scale, r.aep(),
                Cancellation.none());
        SqpResult again = new SqpOptimizer(trueModel, new SqpSettings(400, Long.MAX_VALUE, 1e-9,
                LayoutOptimizer.MAX_STEP)).minimise(LayoutVariables.pack(r.x(), r.y(), scale), Cancellation.none());
        double moreAep = trueModel.aepGwh(again.bestObjective()) - r.aep();
        assertTrue(moreAep <= 1e-6 * r.aep(), "SQP on the true model still gained " + moreAep + " GWh");
    }

    /**
     * Continuation can lead a start to a worse optimum than plain SQP does; thorough also refines its first start as
     * fast does, so it never ends below fast for the same seed.
     */
    @Test
    void thoroughNeverEndsBelowFastForTheSameSeed() {
        LayoutProblem p = Farms.iea37(16);
        OptimizerSettings continuation = new OptimizerSettings(400, NO_TIME_LIMIT, OptimizationStrategy.THOROUGH, 1,
                List.of(3.0, 1.5), true);
        for (long seed = 0; seed < 6; seed++) {
            LayoutResult fast = optimize(p, new OptimizerSettings(400, NO_TIME_LIMIT), seed);
            LayoutResult thorough = optimize(p, continuation, seed);
            assertFeasibleInCircle(thorough, 1300, 260);
            assertTrue(thorough.aep() >= fast.aep(), "seed " + seed + ": " + thorough.aep() + " < " + fast.aep());
        }
    }

    /** On seeds it was not tuned on, continuation (one start) beats the fast strategy's median. */
    @Test
    void continuationBeatsTheFastStrategyOnMostSeeds() {
        LayoutProblem p = Farms.iea37(36);
        OptimizerSettings continuation = new OptimizerSettings(400, NO_TIME_LIMIT, OptimizationStrategy.THOROUGH, 1,
                OptimizationStrategy.THOROUGH.wakeExpansion(), true);
        int better = 0;
        for (long seed = 200; seed < 205; seed++) {
            LayoutResult fast = optimize(p, new OptimizerSettings(400, NO_TIME_LIMIT), seed);
            LayoutResult widened = optimize(p, continuation, seed);
            assertFeasibleInCircle(widened, 2000, 260);
            better += widened.aep() > fast.aep() ? 1 : 0;
        }
        assertTrue(better >= 3, "continuation better on " + better + " of 5 seeds");
    }

    @Test
    void stopReasonsSayWhichLimitStoppedARun() {
        LayoutProblem p = Farms.iea37(36);
        LayoutResult capped = optimize(p, new OptimizerSettings(5, NO_TIME_LIMIT), 1);
        assertEquals(StopReason.ITERATION_CAP, capped.stopReason());
        assertFeasibleInCircle(capped, 2000, 260);
        LayoutResult smartStartOnly = optimize(p, new OptimizerSettings(0, NO_TIME_LIMIT), 1);
        assertEquals(StopReason.SMART_START_ONLY, smartStartOnly.stopReason());
        assertEquals("converged-kkt", StopReason.CONVERGED_KKT.label());
    }

    @Test
    void badBudgetsAreBadInputNamingTheKey() {
        InvalidInputException starts = assertThrows(InvalidInputException.class,
                () -> new OptimizerSettings(10, 10, OptimizationStrategy.THOROUGH, 0, List.of(), true));
        assertTrue(starts.getMessage().startsWith("optimizer.starts"), starts.getMessage());
        InvalidInputException order = assertThrows(InvalidInputException.class,
                () -> new OptimizerSettings(10, 10, OptimizationStrategy.THOROUGH, 2, List.of(1.5, 2.0), true));
        assertTrue(order.getMessage().startsWith("optimizer.wake_expansion"), order.getMessage());
        InvalidInputException name = assertThrows(InvalidInputException.class,
                () -> OptimizationStrategy.byName("quick"));
        assertTrue(name.getMessage().contains("optimizer.strategy") && name.getMessage().contains("fast, thorough"),
                name.getMessage());
    }
}
