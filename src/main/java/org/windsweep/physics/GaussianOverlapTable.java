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

    /**
     * In two stages over the points: every point's cell and position in it (a square root, two conversions), then
     * every point's interpolation. The same operations as {@link #shapeValue}, but the processor overlaps one point's
     * table reads with the next points' arithmetic instead of waiting for each point's chain.
     */
    @Override
    public void shapeValues(double[] r, double[] cSquared, int count, double[] out, LookupScratch scratch) {
        for (int p = 0; p < count; p++) {
            if (!locate(r[p], Math.sqrt(cSquared[p]), p, scratch)) {
                out[p] = exact.shapeValue(r[p], cSquared[p]);
            }
        }
        for (int p = 0; p < count; p++) {
            if (scratch.cell[p] >= 0) {
                out[p] = inCell(scratch.cell[p], scratch.u[p], scratch.v[p], null);
            }
        }
    }

    /** {@link #shape} in the two stages of {@link #shapeValues}. */
    @Override
    public void shapes(double[] r, double[] c, int count, PairTerms[] outs, int[] slot, LookupScratch scratch) {
        for (int p = 0; p < count; p++) {
            if (!locate(r[p], c[p], p, scratch)) {
                exact.shape(r[p], c[p], outs[slot[p]]);
            }
        }
        for (int p = 0; p < count; p++) {
            if (scratch.cell[p] >= 0) {
                PairTerms out = outs[slot[p]];
                out.shape = inCell(scratch.cell[p], scratch.u[p], scratch.v[p], out);
            }
        }
    }

    /**
     * Whether (r, c) lies inside the table; if so, the index of its cell's first value goes into scratch.cell[p] and
     * its position in the cell (in cell units) into scratch.u[p], scratch.v[p], as {@link #interpolate} finds them;
     * if not, scratch.cell[p] is -1.
     */
    private static boolean locate(double r, double c, int p, LookupScratch scratch) {
        if (r > R_MAX || c - r > GaussianOverlap.NEGLIGIBLE_OFFSET) {
            scratch.cell[p] = -1;
            return false;
        }
        double u = r * INVERSE_STEP;
        double v = c * INVERSE_STEP;
        int i = Math.min((int) u, R_NODES - 2);
        int k = Math.min((int) v, C_NODES - 2);
        scratch.cell[p] = 4 * (i * C_NODES + k);
        scratch.u[p] = u - i;
        scratch.v[p] = v - k;
        return true;
    }

    // The cubic Hermite basis at t in [0, 1]: weights of the value at 0 (h0) and at 1 (h1), of the slope at 0 (g0) and
    // at 1 (g1); and the derivatives in t of h0, g0 and g1 (h1's is -h0's).

    private static double h0(double t) {
        double t2 = t * t;
        return 2 * (t2 * t) - 3 * t2 + 1;
    }

    private static double h1(double t) {
        double t2 = t * t;
        return 3 * t2 - 2 * (t2 * t);
    }

    private static double g0(double t) {
        double t2 = t * t;
        return t2 * t - 2 * t2 + t;
    }

    private static double g1(double t) {
        double t2 = t * t;
        return t2 * t - t2;
    }

    private static double dh0(double t) {
        return 6 * (t * t) - 6 * t;
    }

    private static double dg0(double t) {
        return 3 * (t * t) - 4 * t + 1;
    }

    private static double dg1(double t) {
        return 3 * (t * t) - 2 * t;
    }

    /**
     * The Hermite combination along c from the node data at slot (F, or its r-slope at slot + 1) and the next node
     * along c: weights of the value at 0 and at 1, and of the c-slope at 0 and at 1.
     */
    private static double alongC(double[] t, int slot, double h0, double h1, double g0, double g1) {
        return h0 * t[slot] + h1 * t[slot + 4] + g0 * t[slot + 2] + g1 * t[slot + 6];
    }

    /**
     * F at (r, c) inside the table; its partials go into partials.dShapeDr and dShapeDc unless partials is null. Kept
     * small (the basis in helpers) so that the compiler inlines it into the deficit's loops.
     */
    private static double interpolate(double r, double c, PairTerms partials) {
        double u = r * INVERSE_STEP;
        double v = c * INVERSE_STEP;
        int i = Math.min((int) u, R_NODES - 2);
        int k = Math.min((int) v, C_NODES - 2);
        return inCell(4 * (i * C_NODES + k), u - i, v - k, partials);
    }

    /**
     * F at (u, v) in cell units of the cell whose first node's data start at n0; its partials into partials unless it
     * is null.
     */
    private static double inCell(int n0, double u, double v, PairTerms partials) {
        double[] t = Nodes.VALUES;
        int n1 = n0 + 4 * C_NODES;
        double hv0 = h0(v);
        double hv1 = h1(v);
        double gv0 = g0(v);
        double gv1 = g1(v);
        // along c at the two r nodes: F and its r-slope
        double f0 = alongC(t, n0, hv0, hv1, gv0, gv1);
        double f1 = alongC(t, n1, hv0, hv1, gv0, gv1);
        double fr0 = alongC(t, n0 + 1, hv0, hv1, gv0, gv1);
        double fr1 = alongC(t, n1 + 1, hv0, hv1, gv0, gv1);
        if (partials != null) {
            writePartials(t, n0, n1, u, v, f0 - f1, fr0, fr1, partials);
        }
        return h0(u) * f0 + h1(u) * f1 + g0(u) * fr0 + g1(u) * fr1;
    }

    /**
     * F_r and F_c at (u, v) in the cell whose nodes at the lower r are at n0 and at the higher at n1, given F's change
     * f0 - f1 and its r-slopes fr0, fr1 along c at the two r nodes.
     */
    private static void writePartials(double[] t, int n0, int n1, double u, double v, double f0MinusF1, double fr0, double fr1,
                                      PairTerms partials) {
        double dhv0 = dh0(v);
        double dgv0 = dg0(v);
        double dgv1 = dg1(v);
        // along c, of the derivatives in v (h1' = -h0')
        double fv0 = dhv0 * (t[n0] - t[n0 + 4]) + dgv0 * t[n0 + 2] + dgv1 * t[n0 + 6];
        double fv1 = dhv0 * (t[n1] - t[n1 + 4]) + dgv0 * t[n1 + 2] + dgv1 * t[n1 + 6];
        double frv0 = dhv0 * (t[n0 + 1] - t[n0 + 5]) + dgv0 * t[n0 + 3] + dgv1 * t[n0 + 7];
        double frv1 = dhv0 * (t[n1 + 1] - t[n1 + 5]) + dgv0 * t[n1 + 3] + dgv1 * t[n1 + 7];
        partials.dShapeDr = (dh0(u) * f0MinusF1 + dg0(u) * fr0 + dg1(u) * fr1) * INVERSE_STEP;
        partials.dShapeDc = (h0(u) * fv0 + h1(u) * fv1 + g0(u) * frv0 + g1(u) * frv1) * INVERSE_STEP;
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
