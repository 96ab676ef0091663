package org.windsweep.physics;

import org.windsweep.InvalidInputException;

/**
 * TurbOPark (Nygaard et al. 2022) as PyWake's Nygaard_2022: a Gaussian wake whose width grows with the ambient TI
 * and the wake's own added turbulence, centre deficit ws*(1 - sqrt(1 - min(1, CT*D^2/(8*sigma^2)))), averaged over
 * the destination rotor by a {@link RotorAverage} (exact Gaussian overlap in the Nygaard_2022 model):
 *
 * <pre>
 *   alpha = 1.5*TI, beta = 0.8*TI/sqrt(CT), fac = 0.04*TI*D/beta
 *   t1 = sqrt((alpha + beta*dw/D)^2 + 1), t2 = sqrt(1 + alpha^2), t3 = (t1 + 1)*alpha, t4 = (t2 + 1)*(alpha + beta*|dw|/D)
 *   sigma = fac*(t1 - t2 - ln(t3/t4)) + eps*D,  eps = 0.25*sqrt(0.5*(1 + s)/s), s = sqrt(1 - min(0.999, CT))
 * </pre>
 * TI is the ambient TI at the source.
 */
public final class Nygaard2022Deficit extends GaussianDeficit {

    private static final int ALPHA = 0;
    private static final int BETA = 1;
    private static final int FAC = 2;
    private static final int T2 = 3;
    private static final int EPSILON_D = 4;
    private static final int D_BETA_D_CT = 5;
    private static final int D_FAC_D_CT = 6;
    private static final int D_EPSILON_D_D_CT = 7;
    /** CT*D^2/8: the centre deficit's load is this over sigma^2. */
    private static final int LOAD_FACTOR = 8;
    private static final int TANGENT_SLOPE = 9;
    private static final double CT_LIMIT = 0.999;
    /** The tangent bound's relative margin for round-off near dw = 0. */
    private static final double TANGENT_MARGIN = 1 + 1e-12;
    private static final double CT_FLOOR = 1e-20;

    public Nygaard2022Deficit(RotorAverage rotorAverage) {
        super(rotorAverage);
    }

    @Override
    public void prepare(WakeSource source) {
        double[] t = source.coefficients;
        double ti = source.tiAmbient;
        if (!(ti > 0)) {
            throw new InvalidInputException("site ti: Nygaard_2022 needs an ambient turbulence intensity > 0, got " + ti);
        }
        double d = source.diameter;
        double ct = Math.max(source.ct, CT_FLOOR);
        double alpha = 1.5 * ti;
        double beta = 0.8 * ti / Math.sqrt(ct);
        double fac = 0.04 * ti * d / beta;
        double dBetaDct = source.ct > CT_FLOOR ? -0.5 * beta / ct : 0;
        double s = Math.sqrt(1 - Math.min(CT_LIMIT, source.ct));
        double g = 0.5 * (1 + s) / s;
        double dGDs = -0.5 / (s * s);
        double dSDct = source.ct < CT_LIMIT ? -0.5 / s : 0;
        t[ALPHA] = alpha;
        t[BETA] = beta;
        t[FAC] = fac;
        t[T2] = Math.sqrt(1 + alpha * alpha);
        t[EPSILON_D] = 0.25 * Math.sqrt(g) * d;
        t[D_BETA_D_CT] = dBetaDct;
        t[D_FAC_D_CT] = -fac / beta * dBetaDct;
        t[D_EPSILON_D_D_CT] = 0.125 / Math.sqrt(g) * dGDs * dSDct * d;
        t[LOAD_FACTOR] = source.ct * d * d / 8;
        t[TANGENT_SLOPE] = 0.04 * ti * t[T2] / alpha;
    }

    @Override
    double sigmaValue(WakeSource source, double dw) {
        double[] t = source.coefficients;
        double z = z(t, dw, source.diameter);
        double t1 = t1(z);
        return t[FAC] * (t1 - t[T2] - Math.log(logArgument(t, t1, zAbs(t, dw, source.diameter, z)))) + t[EPSILON_D];
    }

    /** z = alpha + beta*dw/D. */
    private static double z(double[] t, double dw, double d) {
        return t[ALPHA] + t[BETA] * dw / d;
    }

    /** alpha + beta*|dw|/D: z itself wherever dw >= 0 (the same operations on the same numbers). */
    private static double zAbs(double[] t, double dw, double d, double z) {
        return dw >= 0 ? z : t[ALPHA] + t[BETA] * Math.abs(dw) / d;
    }

    /** t1 = sqrt(z^2 + 1). */
    private static double t1(double z) {
        return Math.sqrt(z * z + 1);
    }

    /** t3/t4, whose logarithm sigma takes, t4 from zAbs. */
    private static double logArgument(double[] t, double t1, double zAbs) {
        double t3 = (t1 + 1) * t[ALPHA];
        double t4 = (t[T2] + 1) * zAbs;
        return t3 / t4;
    }

    /**
     * {@link #sigmaValue} in two stages over the states, the logarithm's argument first: the same operations, but the
     * processor overlaps one state's logarithm with the next state's square root instead of waiting for each chain.
     */
    @Override
    void sigmaValues(WakeSource[] states, int from, int count, double dw, StateBatch batch) {
        double[] t1s = batch.work;
        double[] arguments = batch.work2;
        logArguments(states, from, count, dw, batch.work3, t1s, arguments);
        for (int s = 0; s < count; s++) {
            double[] t = states[from + s].coefficients;
            batch.sigma[s] = t[FAC] * (t1s[s] - t[T2] - Math.log(arguments[s])) + t[EPSILON_D];
        }
    }

    /** The first stage of sigma for several states: z, t1 and the logarithm's argument of each. */
    private static void logArguments(WakeSource[] states, int from, int count, double dw, double[] zs, double[] t1s,
                                     double[] arguments) {
        for (int s = 0; s < count; s++) {
            WakeSource source = states[from + s];
            double z = z(source.coefficients, dw, source.diameter);
            zs[s] = z;
            t1s[s] = t1(z);
            arguments[s] = logArgument(source.coefficients, t1s[s], zAbs(source.coefficients, dw, source.diameter, z));
        }
    }

    /** {@link #centreAndSigma} in stages over the states (see {@link #sigmaValues}): the logarithms between. */
    @Override
    void centresAndSigmas(WakeSource[] states, int from, int count, double dw, StateBatch batch) {
        double[] zs = batch.work3;
        double[] t1s = batch.work;
        double[] logs = batch.work2;
        logArguments(states, from, count, dw, zs, t1s, logs);
        for (int s = 0; s < count; s++) {
            logs[s] = Math.log(logs[s]);
        }
        // the states are of one turbine: one diameter
        double d = states[from].diameter;
        double dwD = dw / d;
        double absDwD = Math.abs(dw) / d;
        for (int s = 0; s < count; s++) {
            PairTerms out = batch.evaluations[s];
            WakeSource source = states[from + s];
            sigmaFromLog(source, dw, dwD, absDwD, zs[s], t1s[s], logs[s], out);
            centreFromSigma(source, out);
        }
    }

    /**
     * The tangent to sigma at dw = 0: sigma is concave for dw >= 0 (d sigma/d dw = 0.04*TI*sqrt(1 + 1/z^2) falls as
     * z = alpha + beta*dw/D grows), so eps*D + 0.04*TI*sqrt(1 + 1/alpha^2)*|dw| bounds it from above with one multiply;
     * the relative margin of 1e-12 covers round-off near dw = 0.
     */
    @Override
    boolean hasCheapSigmaBound() {
        return true;
    }

    @Override
    double sigmaUpperBound(WakeSource source, double dw) {
        return (source.coefficients[EPSILON_D] + source.coefficients[TANGENT_SLOPE] * Math.abs(dw)) * TANGENT_MARGIN;
    }

    @Override
    double sigmaBoundIntercept(WakeSource source) {
        return source.coefficients[EPSILON_D] * TANGENT_MARGIN;
    }

    @Override
    double sigmaBoundSlope(WakeSource source) {
        return source.coefficients[TANGENT_SLOPE] * TANGENT_MARGIN;
    }

    /**
     * The expansion term fac*(t1 - t2 - ln(t3/t4)) is the integral over dw of 0.04*TI*sqrt(1 + 1/z^2),
     * z = alpha + beta*dw/D with beta proportional to 1/sqrt(CT): its logarithmic derivative in CT is at most 1/2 (each
     * point's is 1/(2(z^2 + 1)) or less), so the bound of {@link GaussianDeficit#NEAR_WAKE_THRUST_MONOTONE_LIMIT}
     * holds for this sigma.
     */
    @Override
    public double thrustMonotoneUpTo() {
        return NEAR_WAKE_THRUST_MONOTONE_LIMIT;
    }

    @Override
    double centreValue(WakeSource source, double inverseSigma) {
        return 1 - Math.sqrt(1 - Math.min(1, source.coefficients[LOAD_FACTOR] * inverseSigma * inverseSigma));
    }

    @Override
    void sigma(WakeSource source, double dw, PairTerms out) {
        double[] t = source.coefficients;
        double d = source.diameter;
        double z = z(t, dw, d);
        double t1 = t1(z);
        double log = Math.log(logArgument(t, t1, zAbs(t, dw, d, z)));
        sigmaFromLog(source, dw, dw / d, Math.abs(dw) / d, z, t1, log, out);
    }

    /**
     * Sigma and its partials at dw, given dw/D and |dw|/D, z there, t1 and the logarithm of t3/t4.
     */
    private static void sigmaFromLog(WakeSource source, double dw, double dwD, double absDwD, double z, double t1,
                                     double logOfArgument, PairTerms out) {
        double[] t = source.coefficients;
        double beta = t[BETA];
        double fac = t[FAC];
        double t2 = t[T2];
        double d = source.diameter;
        double zAbs = zAbs(t, dw, d, z);
        double bracket = t1 - t2 - logOfArgument;
        out.sigma = fac * bracket + t[EPSILON_D];
        // d bracket/dz through t1 (t1 itself and ln t3); d bracket/d zAbs through ln t4.
        double dBracketDz = z / t1 * (1 - 1 / (t1 + 1));
        double dBracketDzAbs = 1 / zAbs;
        double sign = dw >= 0 ? 1 : -1;
        out.dSigmaDw = fac * (dBracketDz + sign * dBracketDzAbs) * beta / d;
        double dSigmaDbeta = fac * (dBracketDz * dwD + dBracketDzAbs * absDwD);
        out.dSigmaDct = t[D_FAC_D_CT] * bracket + dSigmaDbeta * t[D_BETA_D_CT] + t[D_EPSILON_D_D_CT];
        out.dSigmaDti = 0;
    }

    @Override
    void centreAndSigma(WakeSource source, double dw, PairTerms out) {
        sigma(source, dw, out);
        centreFromSigma(source, out);
    }

    /** The centre deficit and its partials, from the sigma (with partials) that out holds. */
    private static void centreFromSigma(WakeSource source, PairTerms out) {
        double sigma = out.sigma;
        double d = source.diameter;
        double dLoadDct = d * d / (8 * sigma * sigma);
        double load = source.ct * d * d / (8 * sigma * sigma);
        if (load >= 1) {
            out.centre = 1;
            out.dCentreDw = 0;
            out.dCentreDct = 0;
            out.dCentreDti = 0;
            return;
        }
        double root = Math.sqrt(1 - load);
        out.centre = 1 - root;
        double dCentreDload = 0.5 / root;
        double dLoadDsigma = -2 * load / sigma;
        out.dCentreDw = dCentreDload * dLoadDsigma * out.dSigmaDw;
        out.dCentreDct = dCentreDload * (dLoadDct + dLoadDsigma * out.dSigmaDct);
        out.dCentreDti = 0;
    }
}
