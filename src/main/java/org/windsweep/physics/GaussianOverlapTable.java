package org.windsweep.physics;

/**
 * {@link GaussianOverlap}'s rotor average F(r, c) from a table, for speed: bicubic Hermite interpolation of F from its
 * exact value and partials F_r, F_c, F_rc at nodes STEP apart (so the interpolant and its partials are continuous, as
 * a gradient-based optimiser needs). PyWake also tabulates F, bilinearly at 0.01 steps; this table is far closer to
 * the exact F (within {@link #MAX_ERROR} over the whole table, GaussianOverlapTableTest), so AEP stays within 1e-9
 * relative of the exact series. Outside the table (r > R_MAX: wakes narrower than half the rotor radius, which
 * Nygaard_2022 never makes: its sigma is at least D/4) the exact series is used; pairs beyond the negligible distance give 0 exactly as there.
 */
public final class GaussianOverlapTable implements RotorAverage {

    /** Bounds of the table's error in F and in its partials F_r, F_c over its whole range (measured: 1.04e-10, 2.4e-8). */
    static final double MAX_ERROR = 2e-10;
    static final double MAX_PARTIAL_ERROR = 5e-8;
    private static final double STEP = 0.01;
    private static final double INVERSE_STEP = 1 / STEP;
    static final double R_MAX = 2;
    /** Nodes along r and along c: c reaches R_MAX + the negligible offset, beyond which F is 0. */
    private static final int R_NODES = (int) Math.round(R_MAX / STEP) + 1;
    private static final int C_NODES = (int) Math.ceil((R_MAX + GaussianOverlap.NEGLIGIBLE_OFFSET) / STEP) + 2;

    private final GaussianOverlap exact = new GaussianOverlap();

    /** Built once per JVM on first use and shared: it depends on nothing but the exact F. */
    private static final class Nodes {
        /** Per node (r index major), F, STEP*F_r, STEP*F_c, STEP^2*F_rc: the Hermite data in cell units. */
        static final double[] VALUES = build();
    }

    @Override
    public double negligibleDistance(double destRadius, double sigma) {
        return exact.negligibleDistance(destRadius, sigma);
    }

    @Override
    public void shape(double r, double c, PairTerms out) {
        if (r > R_MAX || c - r > GaussianOverlap.NEGLIGIBLE_OFFSET) {
            exact.shape(r, c, out);
            return;
        }
        out.shape = interpolate(r, c, out);
    }

    @Override
    public double shapeValue(double r, double cSquared) {
        double c = Math.sqrt(cSquared);
        if (r > R_MAX || c - r > GaussianOverlap.NEGLIGIBLE_OFFSET) {
            return exact.shapeValue(r, cSquared);
        }
        return interpolate(r, c, null);
    }

    /** F at (r, c) inside the table; its partials go into partials.dShapeDr and dShapeDc unless partials is null. */
    private static double interpolate(double r, double c, PairTerms partials) {
        double u = r * INVERSE_STEP;
        double v = c * INVERSE_STEP;
        int i = Math.min((int) u, R_NODES - 2);
        int k = Math.min((int) v, C_NODES - 2);
        u -= i;
        v -= k;
        double[] t = Nodes.VALUES;
        int n00 = 4 * (i * C_NODES + k);
        int n01 = n00 + 4;
        int n10 = n00 + 4 * C_NODES;
        int n11 = n10 + 4;
        // Hermite basis in u and v: weights of the value at 0 and at 1 (h), of the slope at 0 and at 1 (g).
        double u2 = u * u;
        double u3 = u2 * u;
        double hu0 = 2 * u3 - 3 * u2 + 1;
        double hu1 = 3 * u2 - 2 * u3;
        double gu0 = u3 - 2 * u2 + u;
        double gu1 = u3 - u2;
        double v2 = v * v;
        double v3 = v2 * v;
        double hv0 = 2 * v3 - 3 * v2 + 1;
        double hv1 = 3 * v2 - 2 * v3;
        double gv0 = v3 - 2 * v2 + v;
        double gv1 = v3 - v2;
        // Along v at the two r nodes: F and its r-slope.
        double f0 = hv0 * t[n00] + hv1 * t[n01] + gv0 * t[n00 + 2] + gv1 * t[n01 + 2];
        double f1 = hv0 * t[n10] + hv1 * t[n11] + gv0 * t[n10 + 2] + gv1 * t[n11 + 2];
        double fr0 = hv0 * t[n00 + 1] + hv1 * t[n01 + 1] + gv0 * t[n00 + 3] + gv1 * t[n01 + 3];
        double fr1 = hv0 * t[n10 + 1] + hv1 * t[n11 + 1] + gv0 * t[n10 + 3] + gv1 * t[n11 + 3];
        if (partials != null) {
            double dhu0 = 6 * u2 - 6 * u;
            double dgu0 = 3 * u2 - 4 * u + 1;
            double dgu1 = 3 * u2 - 2 * u;
            double dhv0 = 6 * v2 - 6 * v;
            double dgv0 = 3 * v2 - 4 * v + 1;
            double dgv1 = 3 * v2 - 2 * v;
            double fv0 = dhv0 * (t[n00] - t[n01]) + dgv0 * t[n00 + 2] + dgv1 * t[n01 + 2];
            double fv1 = dhv0 * (t[n10] - t[n11]) + dgv0 * t[n10 + 2] + dgv1 * t[n11 + 2];
            double frv0 = dhv0 * (t[n00 + 1] - t[n01 + 1]) + dgv0 * t[n00 + 3] + dgv1 * t[n01 + 3];
            double frv1 = dhv0 * (t[n10 + 1] - t[n11 + 1]) + dgv0 * t[n10 + 3] + dgv1 * t[n11 + 3];
            partials.dShapeDr = (dhu0 * (f0 - f1) + dgu0 * fr0 + dgu1 * fr1) * INVERSE_STEP;
            partials.dShapeDc = (hu0 * fv0 + hu1 * fv1 + gu0 * frv0 + gu1 * frv1) * INVERSE_STEP;
        }
        return hu0 * f0 + hu1 * f1 + gu0 * fr0 + gu1 * fr1;
    }

    private static double[] build() {
        GaussianOverlap exact = new GaussianOverlap();
        PairTerms out = new PairTerms();
        double[] values = new double[4 * R_NODES * C_NODES];
        for (int i = 0; i < R_NODES; i++) {
            double r = i * STEP;
            for (int k = 0; k < C_NODES; k++) {
                double c = k * STEP;
                int node = 4 * (i * C_NODES + k);
                exact.shape(r, c, out);
                values[node] = out.shape;
                values[node + 1] = STEP * out.dShapeDr;
                values[node + 2] = STEP * out.dShapeDc;
                values[node + 3] = STEP * STEP * exact.crossPartial(r, c, out);
            }
        }
        return values;
    }
}
