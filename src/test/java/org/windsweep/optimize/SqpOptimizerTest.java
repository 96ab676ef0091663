package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The SQP on Hock-Schittkowski test problems with published optima. */
class SqpOptimizerTest {

    private static SqpResult solve(ConstrainedProblem problem, double... start) {
        SqpSettings settings = new SqpSettings(200, System.nanoTime() + 10_000_000_000L, 1e-12, 1e9);
        return new SqpOptimizer(problem, settings).minimise(start, Cancellation.none());
    }

    @Test
    void hs21FromAnInfeasibleStart() {
        AnalyticProblem p = new AnalyticProblem(2, (x, g) -> {
            g[0] = 0.02 * x[0];
            g[1] = 2 * x[1];
            return 0.01 * x[0] * x[0] + x[1] * x[1] - 100;
        })
                .constraint((x, g) -> { g[0] = 10; g[1] = -1; return 10 * x[0] - x[1] - 10; })
                .constraint((x, g) -> { g[0] = 1; g[1] = 0; return x[0] - 2; })
                .constraint((x, g) -> { g[0] = -1; g[1] = 0; return 50 - x[0]; })
                .constraint((x, g) -> { g[0] = 0; g[1] = 1; return x[1] + 50; })
                .constraint((x, g) -> { g[0] = 0; g[1] = -1; return 50 - x[1]; });
        SqpResult r = solve(p, -1, -1);
        assertTrue(r.converged());
        assertArrayEquals(new double[] {2, 0}, r.bestFeasible(), 1e-6);
        assertEquals(-99.96, r.bestObjective(), 1e-8);
    }

    @Test
    void hs35() {
        AnalyticProblem p = new AnalyticProblem(3, (x, g) -> {
            g[0] = -8 + 4 * x[0] + 2 * x[1] + 2 * x[2];
            g[1] = -6 + 4 * x[1] + 2 * x[0];
            g[2] = -4 + 2 * x[2] + 2 * x[0];
            return 9 - 8 * x[0] - 6 * x[1] - 4 * x[2] + 2 * x[0] * x[0] + 2 * x[1] * x[1] + x[2] * x[2]
                    + 2 * x[0] * x[1] + 2 * x[0] * x[2];
        })
                .constraint((x, g) -> { g[0] = -1; g[1] = -1; g[2] = -2; return 3 - x[0] - x[1] - 2 * x[2]; })
                .constraint((x, g) -> { g[0] = 1; g[1] = 0; g[2] = 0; return x[0]; })
                .constraint((x, g) -> { g[0] = 0; g[1] = 1; g[2] = 0; return x[1]; })
                .constraint((x, g) -> { g[0] = 0; g[1] = 0; g[2] = 1; return x[2]; });
        SqpResult r = solve(p, 0.5, 0.5, 0.5);
        assertTrue(r.converged());
        assertArrayEquals(new double[] {4.0 / 3, 7.0 / 9, 4.0 / 9}, r.bestFeasible(), 1e-6);
        assertEquals(1.0 / 9, r.bestObjective(), 1e-9);
    }

    @Test
    void hs43RosenSuzukiWithCurvedConstraints() {
        AnalyticProblem p = new AnalyticProblem(4, (x, g) -> {
            g[0] = 2 * x[0] - 5;
            g[1] = 2 * x[1] - 5;
            g[2] = 4 * x[2] - 21;
            g[3] = 2 * x[3] + 7;
            return x[0] * x[0] + x[1] * x[1] + 2 * x[2] * x[2] + x[3] * x[3] - 5 * x[0] - 5 * x[1] - 21 * x[2]
                    + 7 * x[3];
        })
                .constraint((x, g) -> {
                    g[0] = -2 * x[0] - 1; g[1] = -2 * x[1] + 1; g[2] = -2 * x[2] - 1; g[3] = -2 * x[3] + 1;
                    return 8 - x[0] * x[0] - x[1] * x[1] - x[2] * x[2] - x[3] * x[3] - x[0] + x[1] - x[2] + x[3];
                })
                .constraint((x, g) -> {
                    g[0] = -2 * x[0] + 1; g[1] = -4 * x[1]; g[2] = -2 * x[2]; g[3] = -4 * x[3] + 1;
                    return 10 - x[0] * x[0] - 2 * x[1] * x[1] - x[2] * x[2] - 2 * x[3] * x[3] + x[0] + x[3];
                })
                .constraint((x, g) -> {
                    g[0] = -4 * x[0] - 2; g[1] = -2 * x[1] + 1; g[2] = -2 * x[2]; g[3] = 1;
                    return 5 - 2 * x[0] * x[0] - x[1] * x[1] - x[2] * x[2] - 2 * x[0] + x[1] + x[3];
                });
        SqpResult r = solve(p, 0, 0, 0, 0);
        assertTrue(r.converged());
        assertArrayEquals(new double[] {0, 1, 2, -1}, r.last(), 1e-4);
        assertEquals(-44, r.bestObjective(), 1e-6);
    }

    @Test
    void anInconsistentLinearisationIsRelaxedInsteadOfStoppingTheRun() {
        // |x| >= 1 written x^2 - 1 >= 0 has a zero gradient at x = 0, where its linearisation -1 >= 0 is impossible
        AnalyticProblem p = new AnalyticProblem(1, (x, g) -> {
            g[0] = 2 * (x[0] - 3);
            return (x[0] - 3) * (x[0] - 3);
        }).constraint((x, g) -> { g[0] = 2 * x[0]; return x[0] * x[0] - 1; });
        SqpResult r = solve(p, 0);
        assertTrue(r.converged());
        assertEquals(3, r.bestFeasible()[0], 1e-6);
    }
}
