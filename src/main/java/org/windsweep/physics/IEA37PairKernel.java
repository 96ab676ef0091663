package org.windsweep.physics;

/**
 * The pair kernel of the IEA37SimpleBastankhahGaussian composition (rotor-centre Gaussian, squared sum, no ground
 * images). Its value path performs GaussianDeficit.deficit's operations for this deficit in the same
 * order, so it gives the composed kernel's numbers bit for bit, but without the parts' virtual calls and the sigma
 * memo, which took most of the composed loop's time for this cheap model; distant pairs are rejected before the
 * source's state is read. Partials come from the composed kernel.
 */
final class IEA37PairKernel implements PairKernel {

    private final ComposedPairKernel composed;
    /** Every source of a farm calculation is this turbine, so they share its near-wake sigma. */
    private final double nearWakeSigma;

    IEA37PairKernel(WakeModel model, Turbine turbine) {
        this.composed = new ComposedPairKernel(model, turbine);
        this.nearWakeSigma = IEA37SimpleBastankhahDeficit.nearWakeSigma(turbine.diameter());
    }

    @Override
    public double terms(WakeSource source, double dw, double hcw, double dh) {
        double cwSquared = dh * dh + hcw * hcw;
        double sigma = IEA37SimpleBastankhahDeficit.sigma(nearWakeSigma, dw);
        double negligible = RotorCenter.NEGLIGIBLE_C * sigma;
        if (cwSquared > negligible * negligible) {
            return 0;
        }
        double inverseSigma = 1 / sigma;
        double shape = RotorCenter.value(cwSquared * inverseSigma * inverseSigma);
        double deficit = shape == 0 ? 0 : IEA37SimpleBastankhahDeficit.centre(source, inverseSigma) * shape;
        return deficit * deficit;
    }

    @Override
    public double termsWithPartials(WakeSource source, double dw, double hcw, double dh, PairPartials partials, int index) {
        return composed.termsWithPartials(source, dw, hcw, dh, partials, index);
    }
}
