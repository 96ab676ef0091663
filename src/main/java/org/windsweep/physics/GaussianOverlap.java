package org.windsweep.physics;

/**
 * The mean of a Gaussian wake shape exp(-rho^2/2) over the destination rotor disc (radius r, centre offset c, both
 * in units of sigma), evaluated exactly rather than from PyWake's bilinear lookup table:
 *
 * <pre>
 *   F(r, c) = 2/r^2 * (1 - Q1(c, r)),   1 - Q1(c, r) = integral_0^r s exp(-(s^2 + c^2)/2) I0(s c) ds
 * </pre>
 *
 * (Q1 is Marcum's Q function). With x = r^2/2, lambda = c^2/2, u_m = x^m/m!, v_n = lambda^n/n!, the integral is the
 * positive series exp(-(x + lambda)) * sum_{m>=1} u_m * sum_{n<m} v_n, and the partials need only
 * I0(r c) = sum u_k v_k and I1(r c) = (c/r) sum u_{k+1} v_k, which the same loop accumulates:
 * dF/dr = -2F/r + (2/r) exp(-(x+lambda)) I0(rc), dF/dc = -(2/r^2) r exp(-(x+lambda)) I1(rc).
 */
public final class GaussianOverlap implements RotorAverage {

    /**
     * Beyond c - r > 8.6 the disc sees less than exp(-8.6^2/2) = 9e-17 of the centre value, so the deficit (at most ws
     * times F) is below round-off of the free-stream speed and of any squared sum it joins.
     */
    static final double NEGLIGIBLE_OFFSET = 8.6;
    /**
     * The series stop once the remaining tail changes F (and r, c times its partials) by less than 1e-17 absolute:
     * below round-off of a deficit ws*F, whatever the size of F itself.
     */
    private static final double ABSOLUTE_TOLERANCE = 1e-17;
    private static final int MAX_TERMS = 400;
    private static final double[] INVERSE = inverses(MAX_TERMS + 1);

    @Override
    public double negligibleDistance(double destRadius, double sigma) {
        return destRadius + NEGLIGIBLE_OFFSET * sigma;
    }

    @Override
    public void shape(double r, double c, PairTerms out) {
        if (c - r > NEGLIGIBLE_OFFSET) {
            out.shape = 0;
            out.dShapeDr = 0;
            out.dShapeDc = 0;
            return;
        }
        double lambda = 0.5 * c * c;
        if (r == 0) {
            double centre = Math.exp(-lambda);
            out.shape = centre;
            out.dShapeDr = 0;
            out.dShapeDc = -c * centre;
            return;
        }
        double x = 0.5 * r * r;
        double damping = Math.exp(-(x + lambda));
        // Scales that turn a term of each series into its contribution to F, r*dF/dr and c*dF/dc.
        double integralScale = damping / x;
        double i0Scale = 2 * damping;
        double i1Scale = c * c * damping / x;
        double u = 1;          // u_m
        double v = 1;          // v_m
        double partialExp = 0; // S_m = sum_{n<m} v_n
        double integral = 0;   // G = sum u_m S_m
        double i0 = 1;         // sum u_k v_k
        double i1 = 0;         // sum u_{k+1} v_k
        int checkFrom = tailBoundFrom(x, lambda);
        for (int m = 1; m <= MAX_TERMS; m++) {
            partialExp += v;
            double uNext = u * x * INVERSE[m];
            double integralTerm = uNext * partialExp;
            double i1Term = uNext * v;
            integral += integralTerm;
            i1 += i1Term;
            v *= lambda * INVERSE[m];
            u = uNext;
            double i0Term = u * v;
            i0 += i0Term;
            // Past m >= 4x and m^2 >= 4 x lambda every series shrinks at least twofold per term, so its tail is
            // smaller than the current term.
            if (m >= checkFrom
                    && integralTerm * integralScale <= ABSOLUTE_TOLERANCE
                    && i0Term * i0Scale <= ABSOLUTE_TOLERANCE
                    && i1Term * i1Scale <= ABSOLUTE_TOLERANCE) {
                break;
            }
        }
        double value = damping * integral / x;
        out.shape = value;
        out.dShapeDr = (-2 * value + 2 * damping * i0) / r;
        out.dShapeDc = -c * damping * i1 / x;
    }

    /**
     * The cross partial d2F/(dr dc) at (r, c), given out as {@link #shape} left it there: from the Bessel forms above,
     * F_c = -(2/r) E I1(rc) and F_r = (2 E I0(rc) - 2F)/r with E = exp(-(x + lambda)), so
     * F_rc = (4/r^2 + 2) E I1 - (2c/r) E I0 = -(2/r + r) F_c - c F_r - (2c/r) F (zero at r = 0).
     */
    double crossPartial(double r, double c, PairTerms out) {
        if (r == 0) {
            return 0;
        }
        return -(2 / r + r) * out.dShapeDc - c * out.dShapeDr - 2 * c / r * out.shape;
    }

    @Override
    public double shapeValue(double r, double cSquared) {
        double c = Math.sqrt(cSquared);
        if (c - r > NEGLIGIBLE_OFFSET) {
            return 0;
        }
        double lambda = 0.5 * cSquared;
        if (r == 0) {
            return Math.exp(-lambda);
        }
        double x = 0.5 * r * r;
        double damping = Math.exp(-(x + lambda));
        double integralScale = damping / x;
        double u = 1;
        double v = 1;
        double partialExp = 0;
        double integral = 0;
        int checkFrom = tailBoundFrom(x, lambda);
        for (int m = 1; m <= MAX_TERMS; m++) {
            partialExp += v;
            u *= x * INVERSE[m];
            double integralTerm = u * partialExp;
            integral += integralTerm;
            v *= lambda * INVERSE[m];
            if (m >= checkFrom && integralTerm * integralScale <= ABSOLUTE_TOLERANCE) {
                break;
            }
        }
        return damping * integral / x;
    }

    /**
     * The first m with m >= 4x and m^2 >= 4 x lambda, past which the series' tails are bounded by their current
     * terms; MAX_TERMS + 1 if that lies beyond the last term. Found once per pair rather than tested per term (both
     * tests, once true, stay true as m grows), which stops the loops at the same term as testing them per term would.
     */
    private static int tailBoundFrom(double x, double lambda) {
        double product = 4 * x * lambda;
        if (!(4 * x <= MAX_TERMS && product <= (double) MAX_TERMS * MAX_TERMS)) {
            return MAX_TERMS + 1;
        }
        int m = Math.max(1, (int) Math.ceil(4 * x));
        int root = (int) Math.ceil(Math.sqrt(product));
        while (root > m && (root - 1) * (root - 1) >= product) {
            root--;
        }
        while (root * root < product) {
            root++;
        }
        return Math.max(m, root);
    }

    private static double[] inverses(int n) {
        double[] inverse = new double[n];
        for (int m = 1; m < n; m++) {
            inverse[m] = 1.0 / m;
        }
        return inverse;
    }
}
