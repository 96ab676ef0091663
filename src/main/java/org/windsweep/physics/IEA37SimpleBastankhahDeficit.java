package org.windsweep.physics;

/**
 * The IEA Task 37 case-study Gaussian wake: sigma = k*dw*[dw > 1e-10] + D/sqrt(8) with k = 0.0324555, centre
 * deficit ws*(1 - sqrt(1 - CT/(8*(sigma/D)^2))), evaluated at the rotor centre. Where CT/(8*(sigma/D)^2) reaches 1
 * (a CT of 1 or more just behind the rotor, also beside it: side-by-side rotors count) the root is taken as 0, a
 * full deficit, as Nygaard_2022's and PyWake's BastankhahGaussian do; PyWake's own IEA37 deficit gives NaN there, which
 * made an AEP NaN or a wind speed crash the curve lookup. Below 1 nothing changes.
 */
public final class IEA37SimpleBastankhahDeficit extends GaussianDeficit {

    private static final double K = 0.0324555;
    private static final double NEAR_WAKE_DW = 1e-10;
    private static final double SQRT_8 = Math.sqrt(8.);

    public IEA37SimpleBastankhahDeficit() {
        super(new RotorCenter());
    }

    /** D/sqrt(8): sigma just behind the rotor. */
    private static final int NEAR_WAKE_SIGMA = 0;
    /** CT*D^2/8: the centre deficit's load is this over sigma^2. */
    private static final int LOAD_FACTOR = 1;

    @Override
    public void prepare(WakeSource source) {
        source.coefficients[NEAR_WAKE_SIGMA] = nearWakeSigma(source.diameter);
        source.coefficients[LOAD_FACTOR] = source.ct * source.diameter * source.diameter / 8;
    }

    /** D/sqrt(8): sigma just behind a rotor of that diameter. */
    static double nearWakeSigma(double diameter) {
        return diameter / SQRT_8;
    }

    /** sigma at dw behind a source of that near-wake sigma (also used by {@link IEA37PairKernel}). */
    static double sigma(double nearWakeSigma, double dw) {
        return (dw > NEAR_WAKE_DW ? K * dw : 0) + nearWakeSigma;
    }

    /** d sigma / d dw at dw. */
    private static double sigmaSlope(double dw) {
        return dw > NEAR_WAKE_DW ? K : 0;
    }

    /** The centre deficit per unit free-stream speed of a prepared source where 1/sigma is inverseSigma (also used by {@link IEA37PairKernel}). */
    static double centre(WakeSource source, double inverseSigma) {
        return 1 - Math.sqrt(1. - Math.min(1, source.coefficients[LOAD_FACTOR] * inverseSigma * inverseSigma));
    }

    @Override
    double sigmaValue(WakeSource source, double dw) {
        return sigma(source.coefficients[NEAR_WAKE_SIGMA], dw);
    }

    @Override
    double centreValue(WakeSource source, double inverseSigma) {
        return centre(source, inverseSigma);
    }

    @Override
    void sigma(WakeSource source, double dw, PairTerms out) {
        out.sigma = sigma(source.coefficients[NEAR_WAKE_SIGMA], dw);
        out.dSigmaDw = sigmaSlope(dw);
        out.dSigmaDct = 0;
        out.dSigmaDti = 0;
    }

    @Override
    void centreAndSigma(WakeSource source, double dw, PairTerms out) {
        sigma(source, dw, out);
        double sigmaOverD = out.sigma / source.diameter;
        double denominator = 8. * sigmaOverD * sigmaOverD;
        double load = Math.min(1, source.ct / denominator);
        double root = Math.sqrt(1. - load);
        out.centre = 1 - root;
        double dCentreDload = root > 0 ? 0.5 / root : 0;
        out.dCentreDct = dCentreDload / denominator;
        out.dCentreDw = dCentreDload * (-2 * load / out.sigma) * out.dSigmaDw;
        out.dCentreDti = 0;
    }
}
