package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DualActiveSetQpSolverTest {

    private final DualActiveSetQpSolver solver = new DualActiveSetQpSolver(1e-12);

    private static SparseRow row(double... coefficients) {
        int[] index = new int[coefficients.length];
        for (int i = 0; i < index.length; i++) {
            index[i] = i;
        }
        return new SparseRow(index, coefficients);
    }

    @Test
    void withoutActiveConstraintsTheAnswerIsTheUnconstrainedMinimum() {
        double[][] h = {{2, 0}, {0, 4}};
        QpResult r = solver.solve(h, new double[] {-2, -4}, List.of(row(1, 0)), new double[] {10});
        assertTrue(r.feasible());
        assertArrayEquals(new double[] {1, 1}, r.step(), 1e-12);
        assertEquals(0, r.multipliers()[0]);
    }

    @Test
    void anActiveConstraintHoldsWithEqualityAndAPositiveMultiplier() {
        // minimise (d1 - 2)^2 + (d2 - 2)^2 subject to d1 + d2 <= 2: the answer is (1, 1), multiplier 2
        double[][] h = {{2, 0}, {0, 2}};
        QpResult r = solver.solve(h, new double[] {-4, -4}, List.of(row(-1, -1)), new double[] {2});
        assertTrue(r.feasible());
        assertArrayEquals(new double[] {1, 1}, r.step(), 1e-12);
        assertEquals(2, r.multipliers()[0], 1e-12);
    }

    @Test
    void aConstraintThatBecomesRedundantIsDroppedAgain() {
        // minimise d1^2 + d2^2 - d1 ... with d1 >= 1, d2 >= 1, d1 + d2 >= 3 (a textbook case where the first
        // constraint added is later dropped): the answer is (1.5, 1.5)
        double[][] h = {{2, 0}, {0, 2}};
        List<SparseRow> rows = List.of(row(1, 0), row(0, 1), row(1, 1));
        QpResult r = solver.solve(h, new double[] {0, 0}, rows, new double[] {-1, -1, -3});
        assertTrue(r.feasible());
        assertArrayEquals(new double[] {1.5, 1.5}, r.step(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 3}, r.multipliers(), 1e-12);
    }

    @Test
    void inconsistentConstraintsAreReportedAsInfeasible() {
        double[][] h = {{1, 0}, {0, 1}};
        List<SparseRow> rows = List.of(row(1, 0), row(-1, 0));
        QpResult r = solver.solve(h, new double[] {0, 0}, rows, new double[] {-2, 1}); // d1 >= 2 and d1 <= 1
        assertFalse(r.feasible());
    }
}
