package org.windsweep.optimize;

/**
 * A positive definite approximation B of the Lagrangian's Hessian, updated with Powell's damped BFGS formula:
 * when the curvature s'y along a step is too small (as it is across constraint switches and in non-convex
 * regions) y is blended with Bs so that B stays positive definite, as the QP solver requires.
 */
public final class DampedBfgs {

    private final double[][] b;
    private boolean scaled;

    public DampedBfgs(int n) {
        b = new double[n][n];
        reset();
    }

    public double[][] matrix() {
        return b;
    }

    /** Back to the identity, e.g. after a failed line search showed the model to be poor. */
    public void reset() {
        for (int i = 0; i < b.length; i++) {
            java.util.Arrays.fill(b[i], 0);
            b[i][i] = 1;
        }
        scaled = false;
    }

    /** Updates B with step s and change of the Lagrangian gradient y. */
    public void update(double[] s, double[] y) {
        int n = s.length;
        double sy = dot(s, y);
        if (!scaled && sy > 0) {
            // first update: size the identity to the observed curvature (Shanno and Phua) so the next steps
            // have the right length from the start
            double gamma = dot(y, y) / sy;
            for (int i = 0; i < n; i++) {
                b[i][i] = gamma;
            }
            scaled = true;
        }
        double[] bs = new double[n];
        for (int i = 0; i < n; i++) {
            double sum = 0;
            double[] row = b[i];
            for (int k = 0; k < n; k++) {
                sum += row[k] * s[k];
            }
            bs[i] = sum;
        }
        double sBs = dot(s, bs);
        if (!(sBs > 0)) {
            return;
        }
        double[] yd = y;
        if (sy < 0.2 * sBs) {
            double theta = 0.8 * sBs / (sBs - sy);
            yd = new double[n];
            for (int i = 0; i < n; i++) {
                yd[i] = theta * y[i] + (1 - theta) * bs[i];
            }
            sy = dot(s, yd);
        }
        for (int i = 0; i < n; i++) {
            double[] row = b[i];
            for (int k = 0; k < n; k++) {
                row[k] += yd[i] * yd[k] / sy - bs[i] * bs[k] / sBs;
            }
        }
    }

    private static double dot(double[] a, double[] c) {
        double sum = 0;
        for (int i = 0; i < a.length; i++) {
            sum += a[i] * c[i];
        }
        return sum;
    }
}
