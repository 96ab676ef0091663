package org.windsweep.optimize;

/** The optimiser's variable vector u = [x_0..x_{n-1}, y_0..y_{n-1}] / scale, and back to metres. */
final class LayoutVariables {

    private LayoutVariables() {
    }

    static double[] pack(double[] x, double[] y, double scale) {
        int n = x.length;
        double[] u = new double[2 * n];
        for (int i = 0; i < n; i++) {
            u[i] = x[i] / scale;
            u[n + i] = y[i] / scale;
        }
        return u;
    }

    static double[] x(double[] u, int n, double scale) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = u[i] * scale;
        }
        return x;
    }

    static double[] y(double[] u, int n, double scale) {
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            y[i] = u[n + i] * scale;
        }
        return y;
    }
}
