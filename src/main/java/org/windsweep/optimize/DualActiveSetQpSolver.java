package org.windsweep.optimize;

import java.util.Arrays;
import java.util.List;

/**
 * Solves the strictly convex quadratic program
 * <pre>  minimise 0.5 d'Hd + g'd  subject to  a_i'd + c_i >= 0  (i = 1..m)</pre>
 * with the dual active-set method of Goldfarb and Idnani (Math. Programming 27, 1983). It starts from the
 * unconstrained minimum and adds the most violated constraint at each step, dropping ones whose multiplier would
 * turn negative, so it needs no feasible starting point. The active set is kept as the factorisation
 * J'N = [R; 0] with J = L^-T Q (H = LL'), updated by Givens rotations: each change costs O(n^2).
 *
 * <p>H must be symmetric positive definite (the SQP's damped BFGS update keeps it so).
 */
public final class DualActiveSetQpSolver {

    private static final double ZERO = 1e-14;

    /** Constraints a_i'd + c_i >= -tolerance count as met. */
    private final double tolerance;

    public DualActiveSetQpSolver(double tolerance) {
        this.tolerance = tolerance;
    }

    public QpResult solve(double[][] hessian, double[] gradient, List<SparseRow> rows, double[] offsets) {
        int n = gradient.length;
        int m = rows.size();
        double[][] j = inverseTransposeOfCholesky(hessian);
        double[] d = new double[n];
        // the unconstrained minimum: d = -H^-1 g = -J J' g
        double[] jtg = multiplyTransposed(j, gradient);
        for (int r = 0; r < n; r++) {
            double sum = 0;
            for (int k = 0; k < n; k++) {
                sum += j[r][k] * jtg[k];
            }
            d[r] = -sum;
        }
        double[][] upper = new double[n][n];
        int[] active = new int[n];
        double[] u = new double[n + 1];
        boolean[] isActive = new boolean[m];
        int q = 0;
        double[] dual = new double[n];
        double[] z = new double[n];
        double[] r = new double[n];
        int maxSteps = 10 * (n + m) + 100;
        for (int step = 0; step < maxSteps; step++) {
            int p = mostViolated(rows, offsets, d, isActive);
            if (p < 0) {
                return result(d, active, u, q, m, true);
            }
            SparseRow row = rows.get(p);
            double up = 0;
            while (true) {
                projectRow(j, row, dual);
                // primal direction z = J2 d2 (the part of the row outside the active constraints' span)
                Arrays.fill(z, 0);
                for (int k = q; k < n; k++) {
                    double dk = dual[k];
                    if (dk != 0) {
                        for (int i = 0; i < n; i++) {
                            z[i] += j[i][k] * dk;
                        }
                    }
                }
                // dual direction r = R^-1 d1
                for (int i = q - 1; i >= 0; i--) {
                    double sum = dual[i];
                    for (int k = i + 1; k < q; k++) {
                        sum -= upper[i][k] * r[k];
                    }
                    r[i] = sum / upper[i][i];
                }
                double partial = Double.POSITIVE_INFINITY;
                int drop = -1;
                for (int i = 0; i < q; i++) {
                    if (r[i] > ZERO) {
                        double t = u[i] / r[i];
                        if (t < partial) {
                            partial = t;
                            drop = i;
                        }
                    }
                }
                double zn = row.dot(z);
                double slack = row.dot(d) + offsets[p];
                double full = Math.abs(zn) > ZERO ? -slack / zn : Double.POSITIVE_INFINITY;
                double t = Math.min(partial, full);
                if (t == Double.POSITIVE_INFINITY) {
                    return result(d, active, u, q, m, false); // the constraints cannot all be met
                }
                if (full != Double.POSITIVE_INFINITY) {
                    for (int i = 0; i < n; i++) {
                        d[i] += t * z[i];
                    }
                }
                for (int i = 0; i < q; i++) {
                    u[i] -= t * r[i];
                }
                up += t;
                if (t == full) {
                    addConstraint(j, upper, dual, q);
                    active[q] = p;
                    u[q] = up;
                    isActive[p] = true;
                    q++;
                    break;
                }
                isActive[active[drop]] = false;
                dropConstraint(j, upper, active, u, drop, q);
                q--;
            }
        }
        // out of steps (degenerate cycling): an answer only if it meets the constraints after all
        return result(d, active, u, q, m, mostViolated(rows, offsets, d, isActive) < 0);
    }

    private int mostViolated(List<SparseRow> rows, double[] offsets, double[] d, boolean[] isActive) {
        int worst = -1;
        double worstSlack = -tolerance;
        for (int i = 0; i < rows.size(); i++) {
            if (!isActive[i]) {
                double slack = rows.get(i).dot(d) + offsets[i];
                if (slack < worstSlack) {
                    worstSlack = slack;
                    worst = i;
                }
            }
        }
        return worst;
    }

    /** dual = J' a for a sparse row a. */
    private static void projectRow(double[][] j, SparseRow row, double[] dual) {
        Arrays.fill(dual, 0);
        int[] idx = row.index();
        double[] val = row.value();
        for (int k = 0; k < idx.length; k++) {
            double[] jRow = j[idx[k]];
            double v = val[k];
            for (int c = 0; c < dual.length; c++) {
                dual[c] += v * jRow[c];
            }
        }
    }

    /** Rotates columns q.. of J so that J'a has zeros below position q, then appends that column to R. */
    private static void addConstraint(double[][] j, double[][] upper, double[] dual, int q) {
        int n = dual.length;
        for (int k = n - 1; k > q; k--) {
            double a = dual[k - 1];
            double b = dual[k];
            if (b == 0) {
                continue;
            }
            double h = Math.hypot(a, b);
            double c = a / h;
            double s = b / h;
            dual[k - 1] = h;
            dual[k] = 0;
            rotateColumns(j, k - 1, k, c, s);
        }
        for (int i = 0; i <= q; i++) {
            upper[i][q] = dual[i];
        }
    }

    /** Removes active constraint at position drop and restores R to upper triangular form. */
    private static void dropConstraint(double[][] j, double[][] upper, int[] active, double[] u, int drop, int q) {
        for (int c = drop; c < q - 1; c++) {
            for (int i = 0; i < q; i++) {
                upper[i][c] = upper[i][c + 1];
            }
            active[c] = active[c + 1];
            u[c] = u[c + 1];
        }
        for (int i = 0; i < q; i++) {
            upper[i][q - 1] = 0;
        }
        u[q - 1] = 0;
        // R is now upper Hessenberg from column drop on: one rotation per column clears its sub-diagonal entry
        for (int c = drop; c < q - 1; c++) {
            double a = upper[c][c];
            double b = upper[c + 1][c];
            if (b == 0) {
                continue;
            }
            double h = Math.hypot(a, b);
            double cos = a / h;
            double sin = b / h;
            for (int k = c; k < q - 1; k++) {
                double top = upper[c][k];
                double bottom = upper[c + 1][k];
                upper[c][k] = cos * top + sin * bottom;
                upper[c + 1][k] = -sin * top + cos * bottom;
            }
            upper[c + 1][c] = 0;
            rotateColumns(j, c, c + 1, cos, sin);
        }
    }

    private static void rotateColumns(double[][] j, int c1, int c2, double cos, double sin) {
        for (double[] row : j) {
            double a = row[c1];
            double b = row[c2];
            row[c1] = cos * a + sin * b;
            row[c2] = -sin * a + cos * b;
        }
    }

    /** J = L^-T for H = LL': upper triangular, with JJ' = H^-1. */
    private static double[][] inverseTransposeOfCholesky(double[][] h) {
        int n = h.length;
        double[][] l = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k <= i; k++) {
                double sum = h[i][k];
                for (int p = 0; p < k; p++) {
                    sum -= l[i][p] * l[k][p];
                }
                if (i == k) {
                    if (!(sum > 0)) {
                        throw new NotPositiveDefiniteException();
                    }
                    l[i][i] = Math.sqrt(sum);
                } else {
                    l[i][k] = sum / l[k][k];
                }
            }
        }
        // inverse of the lower triangular L, column by column; J = (L^-1)'
        double[][] j = new double[n][n];
        for (int c = 0; c < n; c++) {
            for (int i = c; i < n; i++) {
                double sum = i == c ? 1 : 0;
                for (int p = c; p < i; p++) {
                    sum -= l[i][p] * j[c][p];
                }
                j[c][i] = sum / l[i][i];
            }
        }
        return j;
    }

    private static double[] multiplyTransposed(double[][] j, double[] v) {
        int n = v.length;
        double[] out = new double[n];
        for (int r = 0; r < n; r++) {
            double vr = v[r];
            for (int c = 0; c < n; c++) {
                out[c] += j[r][c] * vr;
            }
        }
        return out;
    }

    private static QpResult result(double[] d, int[] active, double[] u, int q, int m, boolean feasible) {
        double[] multipliers = new double[m];
        for (int i = 0; i < q; i++) {
            multipliers[active[i]] = u[i];
        }
        return new QpResult(d, multipliers, feasible);
    }
}
