package org.windsweep.optimize;

/**
 * Temporary stand-in for the physics' IEA37SimpleBastankhahGaussian farm model (IEA37 3.35 MW turbine, the
 * case study's 16-sector rose at 9.8 m/s), used until the physics branch lands.
 */
final class Iea37StandIn implements FarmAep {

    private static final double D = 130;
    private static final double K = 0.0324555;
    private static final double WS = 9.8;
    private static final double CT = 8.0 / 9;
    private static final double P_RATED = 3.35e6;
    private static final double[] PROB = {0.025, 0.024, 0.029, 0.036, 0.063, 0.065, 0.1, 0.122, 0.063, 0.038, 0.039,
        0.083, 0.213, 0.046, 0.032, 0.022};

    @Override
    public double aepWithGradient(double[] x, double[] y, double[] gx, double[] gy) {
        int n = x.length;
        java.util.Arrays.fill(gx, 0);
        java.util.Arrays.fill(gy, 0);
        double total = 0;
        double[] ddx = new double[n];
        double[] ddy = new double[n];
        for (int w = 0; w < 16; w++) {
            double theta = (90 - 22.5 * w) * Math.PI / 180;
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            double weight = PROB[w] * 8760 * 1e-9;
            for (int j = 0; j < n; j++) {
                double sum2 = 0;
                java.util.Arrays.fill(ddx, 0);
                java.util.Arrays.fill(ddy, 0);
                for (int i = 0; i < n; i++) {
                    if (i == j) {
                        continue;
                    }
                    double dx = x[j] - x[i];
                    double dy = y[j] - y[i];
                    double dw = -cos * dx - sin * dy;
                    if (dw <= 1e-10) {
                        continue;
                    }
                    double hcw = sin * dx - cos * dy;
                    double sigma = K * dw + D / Math.sqrt(8);
                    double a = CT * D * D / 8;
                    double root = Math.sqrt(1 - a / (sigma * sigma));
                    double c = 1 - root;
                    double e = Math.exp(-0.5 * hcw * hcw / (sigma * sigma));
                    double def = WS * e * c;
                    sum2 += def * def;
                    double dDefDhcw = def * (-hcw / (sigma * sigma));
                    double dDefDsigma = WS * (e * hcw * hcw / (sigma * sigma * sigma) * c - e * (a / (sigma * sigma * sigma)) / root);
                    double dDefDdw = dDefDsigma * K;
                    // d/d(xj): dw' = -cos, hcw' = sin; d/d(yj): dw' = -sin, hcw' = -cos
                    double dDx = dDefDdw * -cos + dDefDhcw * sin;
                    double dDy = dDefDdw * -sin + dDefDhcw * -cos;
                    ddx[j] += def * dDx;
                    ddy[j] += def * dDy;
                    ddx[i] -= def * dDx;
                    ddy[i] -= def * dDy;
                }
                double s = Math.sqrt(sum2);
                double ws = WS - s;
                total += weight * power(ws);
                if (s > 0) {
                    double dp = weight * powerDerivative(ws) * -1 / s;
                    for (int k = 0; k < n; k++) {
                        gx[k] += dp * ddx[k];
                        gy[k] += dp * ddy[k];
                    }
                }
            }
        }
        return total;
    }

    @Override
    public double[] candidateAep(double[] px, double[] py, double[] cx, double[] cy) {
        double[] out = new double[cx.length];
        double[] x = java.util.Arrays.copyOf(px, px.length + 1);
        double[] y = java.util.Arrays.copyOf(py, py.length + 1);
        for (int c = 0; c < cx.length; c++) {
            x[px.length] = cx[c];
            y[px.length] = cy[c];
            out[c] = turbineAep(x, y, px.length);
        }
        return out;
    }

    private double turbineAep(double[] x, double[] y, int j) {
        double total = 0;
        for (int w = 0; w < 16; w++) {
            double theta = (90 - 22.5 * w) * Math.PI / 180;
            double cos = Math.cos(theta);
            double sin = Math.sin(theta);
            double sum2 = 0;
            for (int i = 0; i < j; i++) {
                double dx = x[j] - x[i];
                double dy = y[j] - y[i];
                double dw = -cos * dx - sin * dy;
                if (dw <= 1e-10) {
                    continue;
                }
                double hcw = sin * dx - cos * dy;
                double sigma = K * dw + D / Math.sqrt(8);
                double def = WS * Math.exp(-0.5 * hcw * hcw / (sigma * sigma))
                        * (1 - Math.sqrt(1 - CT * D * D / (8 * sigma * sigma)));
                sum2 += def * def;
            }
            total += PROB[w] * 8760 * 1e-9 * power(WS - Math.sqrt(sum2));
        }
        return total;
    }

    private static double power(double ws) {
        if (ws <= 4 || ws > 25) {
            return 0;
        }
        return ws >= 9.8 ? P_RATED : P_RATED * Math.pow((ws - 4) / 5.8, 3);
    }

    private static double powerDerivative(double ws) {
        if (ws <= 4 || ws >= 9.8) {
            return 0;
        }
        return 3 * P_RATED * (ws - 4) * (ws - 4) / (5.8 * 5.8 * 5.8);
    }
}
