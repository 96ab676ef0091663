package org.windsweep.physics;

/**
 * Bastankhah and Porte-Agel's Gaussian wake (rotor centre), with wake expansion k either constant (0.0324555) or,
 * for Niayifar and Porte-Agel, k = 0.38*TI + 0.004 from the source's TI:
 * c = min(0.899, CT), beta = 0.5*(1 + sqrt(1-c))/sqrt(1-c), sigma = k*dw + 0.2*sqrt(beta)*D,
 * centre = ws*min(1, 2*a_madsen(CT*D^2/(8*sigma^2))) (computed per unit ws, see {@link WakeDeficit}).
 */
public final class BastankhahGaussianDeficit extends GaussianDeficit {

    private static final double K_CONSTANT = 0.0324555;
    private static final double CT_LIMIT = 0.899;
    private static final int EPSILON = 0;
    private static final int D_EPSILON_D_CT = 1;
    private static final int K = 2;
    private static final int D_K_D_TI = 3;
    /** CT*D^2/8: the centre deficit's load is this over sigma^2. */
    private static final int LOAD_FACTOR = 4;

    private final boolean turbulenceDependentExpansion;

    private BastankhahGaussianDeficit(boolean turbulenceDependentExpansion) {
        super(new RotorCenter());
        this.turbulenceDependentExpansion = turbulenceDependentExpansion;
    }

    /** k = 0.0324555. */
    public static BastankhahGaussianDeficit constantExpansion() {
        return new BastankhahGaussianDeficit(false);
    }

    /** Niayifar: k = 0.38*TI + 0.004 with the source's (effective) TI. */
    public static BastankhahGaussianDeficit niayifar() {
        return new BastankhahGaussianDeficit(true);
    }

    @Override
    public void prepare(WakeSource source) {
        double[] t = source.coefficients;
        double clipped = Math.min(CT_LIMIT, source.ct);
        double s = Math.sqrt(1 - clipped);
        double beta = 0.5 * (1 + s) / s;
        double epsilon = 0.2 * Math.sqrt(beta);
        // d eps/d ct = d eps/d beta * d beta/d s * d s/d ct, zero where CT is clipped.
        double dBetaDs = -0.5 / (s * s);
        double dSDct = source.ct < CT_LIMIT ? -0.5 / s : 0;
        t[EPSILON] = epsilon;
        t[D_EPSILON_D_CT] = 0.1 / Math.sqrt(beta) * dBetaDs * dSDct;
        t[K] = turbulenceDependentExpansion ? 0.38 * source.ti + 0.004 : K_CONSTANT;
        t[D_K_D_TI] = turbulenceDependentExpansion ? 0.38 : 0;
        t[LOAD_FACTOR] = source.ct * source.diameter * source.diameter / 8;
    }

    @Override
    double sigmaValue(WakeSource source, double dw) {
        return source.coefficients[K] * dw + source.coefficients[EPSILON] * source.diameter;
    }

    /** sigma = k*dw + eps*D itself, with |dw| >= dw. */
    @Override
    double sigmaBoundIntercept(WakeSource source) {
        return source.coefficients[EPSILON] * source.diameter;
    }

    @Override
    double sigmaBoundSlope(WakeSource source) {
        return source.coefficients[K];
    }

    /**
     * sigma = k*dw + eps*D with k independent of CT, and the centre grows with the load (a_madsen has positive
     * coefficients): the bound of {@link GaussianDeficit#NEAR_WAKE_THRUST_MONOTONE_LIMIT} holds.
     */
    @Override
    public double thrustMonotoneUpTo() {
        return NEAR_WAKE_THRUST_MONOTONE_LIMIT;
    }

    @Override
    double centreValue(WakeSource source, double inverseSigma) {
        return Math.min(1, 2 * Induction.madsen(source.coefficients[LOAD_FACTOR] * inverseSigma * inverseSigma));
    }

    @Override
    void sigma(WakeSource source, double dw, PairTerms out) {
        double[] t = source.coefficients;
        double d = source.diameter;
        out.sigma = sigmaValue(source, dw);
        out.dSigmaDw = t[K];
        out.dSigmaDct = t[D_EPSILON_D_CT] * d;
        out.dSigmaDti = t[D_K_D_TI] * dw;
    }

    @Override
    void centreAndSigma(WakeSource source, double dw, PairTerms out) {
        sigma(source, dw, out);
        double sigma = out.sigma;
        double d = source.diameter;
        double load = source.ct * d * d / (8 * sigma * sigma);
        double twiceInduction = 2 * Induction.madsen(load);
        if (twiceInduction >= 1) {
            out.centre = 1;
            out.dCentreDw = 0;
            out.dCentreDct = 0;
            out.dCentreDti = 0;
            return;
        }
        out.centre = twiceInduction;
        double dCentreDload = 2 * Induction.madsenDerivative(load);
        double dLoadDsigma = -2 * load / sigma;
        double dLoadDct = d * d / (8 * sigma * sigma);
        out.dCentreDw = dCentreDload * dLoadDsigma * out.dSigmaDw;
        out.dCentreDct = dCentreDload * (dLoadDct + dLoadDsigma * out.dSigmaDct);
        out.dCentreDti = dCentreDload * dLoadDsigma * out.dSigmaDti;
    }
}
