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
    void theMostViolatedConstraintAloneCanBeTheAnswer() {
        // minimise d1^2 + d2^2 with d1 >= 1, d2 >= 1, d1 + d2 >= 3: the last is the most violated at the start
        // (0, 0) and, once met at (1.5, 1.5), meets the other two, which never enter
        double[][] h = {{2, 0}, {0, 2}};
        List<SparseRow> rows = List.of(row(1, 0), row(0, 1), row(1, 1));
        QpResult r = solver.solve(h, new double[] {0, 0}, rows, new double[] {-1, -1, -3});
        assertTrue(r.feasible());
        assertArrayEquals(new double[] {1.5, 1.5}, r.step(), 1e-12);
        assertArrayEquals(new double[] {0, 0, 3}, r.multipliers(), 1e-12);
    }

    /**
     * A constraint that enters the active set and leaves it again. Minimise 0.5 |d|^2 (H = I, g = 0) over d in R^3
     * subject to
     * <pre>
     *   A: 10 d1 - 20 >= 0     (d1 >= 2)
     *   B: d1 + d2 - 6 >= 0
     *   C: 5 d3 - 5 >= 0       (d3 >= 1)
     * </pre>
     * KKT: d = sum u_i a_i over the active set (H d + g = A' u), u_i >= 0.
     * <ol>
     *   <li>Start at the unconstrained minimum d = 0; the slacks are A -20, B -6, C -5, so A enters:
     *       d = u_A (10, 0, 0) on 10 d1 = 20 gives d = (2, 0, 0), u_A = 0.2.</li>
     *   <li>At (2, 0, 0) the slacks are B 2 - 6 = -4 and C -5, so C enters: d = (2, 0, 1), u_A = 0.2, u_C = 0.2.</li>
     *   <li>At (2, 0, 1) B's slack is -4, so B enters. With A, B and C all active, d1 = 2, d3 = 1, d1 + d2 = 6 give
     *       d = (2, 4, 1) = u_A (10, 0, 0) + u_B (1, 1, 0) + u_C (0, 0, 5): u_B = 4, u_C = 0.2 and
     *       u_A = (2 - 4) / 10 = -0.2 < 0. So on the way to B, A's multiplier reaches zero and A is dropped (from
     *       the first place of the active set, with C behind it: R must be made triangular again).</li>
     *   <li>With B and C active: d1 = d2 (d1 and d2 enter only through u_B), d1 + d2 = 6, d3 = 1: d = (3, 3, 1),
     *       u_B = 3, u_C = 1 / 5 = 0.2. A's slack is 30 - 20 = 10 > 0, so nothing else enters.</li>
     * </ol>
     * Answer: d = (3, 3, 1), multipliers (A, B, C) = (0, 3, 0.2). The intermediate answers are checked too, so the
     * path above (and with it the drop) is what the solver takes, not an assumption of this test.
     */
    @Test
    void aConstraintThatEntersAndThenLeavesTheActiveSetIsDroppedWithTheRightMultipliers() {
        double[][] h = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
        double[] g = {0, 0, 0};
        SparseRow a = new SparseRow(new int[] {0}, new double[] {10});
        SparseRow b = new SparseRow(new int[] {0, 1}, new double[] {1, 1});
        SparseRow c = new SparseRow(new int[] {2}, new double[] {5});

        QpResult first = solver.solve(h, g, List.of(a), new double[] {-20});
        assertArrayEquals(new double[] {2, 0, 0}, first.step(), 1e-12);
        assertArrayEquals(new double[] {0.2}, first.multipliers(), 1e-12);
        assertTrue(c.dot(first.step()) - 5 < b.dot(first.step()) - 6, "C is more violated than B after A");
        QpResult second = solver.solve(h, g, List.of(a, c), new double[] {-20, -5});
        assertArrayEquals(new double[] {2, 0, 1}, second.step(), 1e-12);
        assertArrayEquals(new double[] {0.2, 0.2}, second.multipliers(), 1e-12);
        assertEquals(-4, b.dot(second.step()) - 6, 1e-12, "B is violated with A and C active");

        QpResult r = solver.solve(h, g, List.of(a, b, c), new double[] {-20, -6, -5});
        assertTrue(r.feasible());
        assertArrayEquals(new double[] {3, 3, 1}, r.step(), 1e-12);
        assertArrayEquals(new double[] {0, 3, 0.2}, r.multipliers(), 1e-12);
        assertEquals(10, a.dot(r.step()) - 20, 1e-12, "A, active before, is slack at the answer");
    }

    /**
     * Random strictly convex QPs with a known feasible point: the answer must meet the KKT conditions
     * (stationarity H d + g = sum u_i a_i, primal feasibility, u >= 0, complementary slackness u_i * slack_i = 0).
     * Rows have one to four non-zeros like the optimiser's; some are active at the answer, some are not, and
     * constraints enter and leave on the way.
     */
    @Test
    void randomConvexProblemsMeetTheKktConditions() {
        java.util.Random random = new java.util.Random(20261201);
        int dropsSeen = 0;
        for (int trial = 0; trial < 300; trial++) {
            int n = 2 + random.nextInt(11);
            int m = 1 + random.nextInt(3 * n);
            double[][] h = randomPositiveDefinite(n, random);
            double[] g = new double[n];
            double[] feasiblePoint = new double[n];
            for (int i = 0; i < n; i++) {
                g[i] = random.nextGaussian() * 3;
                feasiblePoint[i] = random.nextGaussian();
            }
            List<SparseRow> rows = new java.util.ArrayList<>();
            double[] offsets = new double[m];
            for (int k = 0; k < m; k++) {
                SparseRow row = randomSparseRow(n, random);
                rows.add(row);
                offsets[k] = -row.dot(feasiblePoint) + Math.max(0, random.nextGaussian()); // feasiblePoint meets it
            }
            QpResult r = solver.solve(h, g, rows, offsets);
            assertTrue(r.feasible(), "trial " + trial);
            assertKkt(h, g, rows, offsets, r, 1e-9, "trial " + trial);
            dropsSeen += firstToEnterWasDropped(h, g, rows, offsets, r);
        }
        assertTrue(dropsSeen > 10, "trials whose first constraint to enter left again: " + dropsSeen);
    }
    @Test
    void inconsistentConstraintsAreReportedAsInfeasible() {
        double[][] h = {{1, 0}, {0, 1}};
        List<SparseRow> rows = List.of(row(1, 0), row(-1, 0));
        QpResult r = solver.solve(h, new double[] {0, 0}, rows, new double[] {-2, 1}); // d1 >= 2 and d1 <= 1
        assertFalse(r.feasible());
    }

    private static double[][] randomPositiveDefinite(int n, java.util.Random random) {
        double[][] m = new double[n][n];
        for (double[] row : m) {
            for (int j = 0; j < n; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] h = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    h[i][j] += m[i][k] * m[j][k];
                }
            }
            h[i][i] += 0.1;
        }
        return h;
    }

    private static SparseRow randomSparseRow(int n, java.util.Random random) {
        int count = 1 + random.nextInt(Math.min(4, n));
        java.util.TreeSet<Integer> chosen = new java.util.TreeSet<>();
        while (chosen.size() < count) {
            chosen.add(random.nextInt(n));
        }
        int[] index = chosen.stream().mapToInt(Integer::intValue).toArray();
        double[] value = new double[count];
        for (int k = 0; k < count; k++) {
            value[k] = random.nextGaussian();
        }
        return new SparseRow(index, value);
    }

    /** KKT conditions of min 0.5 d'Hd + g'd s.t. a_i'd + c_i >= 0, to tol relative to the problem's size. */
    private static void assertKkt(double[][] h, double[] g, List<SparseRow> rows, double[] offsets, QpResult r,
                                  double tol, String what) {
        int n = g.length;
        double[] d = r.step();
        double[] u = r.multipliers();
        double[] residual = new double[n];
        double size = 1;
        for (int i = 0; i < n; i++) {
            residual[i] = g[i];
            for (int j = 0; j < n; j++) {
                residual[i] += h[i][j] * d[j];
            }
            size = Math.max(size, Math.abs(g[i]) + Math.abs(residual[i] - g[i]));
        }
        for (int k = 0; k < rows.size(); k++) {
            int[] index = rows.get(k).index();
            double[] value = rows.get(k).value();
            for (int e = 0; e < index.length; e++) {
                residual[index[e]] -= u[k] * value[e];
            }
        }
        for (int i = 0; i < n; i++) {
            assertEquals(0, residual[i], tol * size, what + ": stationarity in variable " + i);
        }
        for (int k = 0; k < rows.size(); k++) {
            double slack = rows.get(k).dot(d) + offsets[k];
            double scale = 1 + Math.abs(offsets[k]);
            assertTrue(slack >= -tol * scale, what + ": constraint " + k + " violated by " + -slack);
            assertTrue(u[k] >= 0, what + ": multiplier " + k + " is " + u[k]);
            assertEquals(0, u[k] * slack, tol * scale * size, what + ": complementary slackness of " + k);
        }
    }

    /**
     * 1 if the constraint the solver adds first (the most violated at the unconstrained minimum) has no multiplier
     * at the answer, that is, it entered the active set and was dropped again; else 0.
     */
    private static int firstToEnterWasDropped(double[][] h, double[] g, List<SparseRow> rows,
                                                                 double[] offsets, QpResult r) {
        QpResult unconstrained = new DualActiveSetQpSolver(1e-12).solve(h, g, List.of(), new double[0]);
        int worst = -1;
        double worstSlack = 0;
        for (int k = 0; k < rows.size(); k++) {
            double slack = rows.get(k).dot(unconstrained.step()) + offsets[k];
            if (slack < worstSlack) {
                worstSlack = slack;
                worst = k;
            }
        }
        return worst >= 0 && r.multipliers()[worst] == 0 ? 1 : 0;
    }
}
