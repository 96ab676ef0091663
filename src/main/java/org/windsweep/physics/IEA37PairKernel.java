package org.windsweep.physics;

/**
 * The pair kernel of the IEA37SimpleBastankhahGaussian composition (rotor-centre Gaussian, squared sum, no ground
 * images). Both paths perform the composed kernel's operations for this composition in the same order, calling the
 * deficit's own formulas, so they give the composed kernel's numbers bit for bit (PairLoopTest), but without the parts'
 * virtual calls and the sources' sigma memos, which took most of the composed loop's time for this cheap model; distant
 * pairs are rejected before the source's state is read.
 */
final class IEA37PairKernel implements PairKernel {

    private final IEA37SimpleBastankhahDeficit deficit;
    private final RotorCenter rotorAverage = new RotorCenter();
    private final SquaredSum superposition = new SquaredSum();
    private final double rotorRadius;
    /** Every source of a farm calculation is this turbine, so they share its near-wake sigma. */
    private final double nearWakeSigma;
    private final PairTerms pair = new PairTerms();

    /** The model must be the IEA37SimpleBastankhahGaussian composition (its constructor checks that for this loop). */
    IEA37PairKernel(WakeModel model, Turbine turbine) {
        this.deficit = (IEA37SimpleBastankhahDeficit) model.deficit();
        this.rotorRadius = turbine.radius();
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
        return superposition.term(deficit);
    }

    @Override
    public double termsWithPartials(WakeSource source, double dw, double hcw, double dh, PairPartials partials, int index) {
        double cw = Math.sqrt(dh * dh + hcw * hcw);
        if (cw > RotorCenter.NEGLIGIBLE_C * IEA37SimpleBastankhahDeficit.sigma(nearWakeSigma, dw)) {
            partials.clear(index);
            return 0;
        }
        deficit.centreAndSigma(source, dw, pair);
        double r = rotorRadius / pair.sigma;
        double c = cw / pair.sigma;
        rotorAverage.shape(r, c, pair);
        GaussianDeficit.deficitWithPartials(r, c, pair);
        double dTerm = superposition.termDerivative(pair.deficit);
        partials.set(index, dTerm * pair.dDeficitDw, cw > 0 ? dTerm * pair.dDeficitDcw * hcw / cw : 0,
                dTerm * pair.dDeficitDct, dTerm * pair.dDeficitDti);
        return superposition.term(pair.deficit);
    }
}
