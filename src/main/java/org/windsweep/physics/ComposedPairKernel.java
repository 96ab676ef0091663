package org.windsweep.physics;

/**
 * The pair kernel for any composition: the deficit evaluated at each ground image of the source, each deficit turned
 * into a superposition term. Every other kernel must give the same numbers (PairLoopTest).
 */
final class ComposedPairKernel implements PairKernel {

    private final WakeDeficit deficit;
    private final Superposition superposition;
    private final GroundModel ground;
    private final int images;
    private final double rotorRadius;
    private final PairTerms pair = new PairTerms();

    ComposedPairKernel(WakeModel model, Turbine turbine) {
        this.deficit = model.deficit();
        this.superposition = model.superposition();
        this.ground = model.ground();
        this.images = ground.imageCount();
        this.rotorRadius = turbine.radius();
    }

    @Override
    public double terms(WakeSource source, double dw, double hcw, double dh) {
        double sum = 0;
        for (int image = 0; image < images; image++) {
            double imageDh = ground.imageDh(image, dh, source.hubHeight);
            sum += superposition.term(deficit.deficit(source, dw, imageDh * imageDh + hcw * hcw, rotorRadius));
        }
        return sum;
    }

    @Override
    public double termsWithPartials(WakeSource source, double dw, double hcw, double dh, PairPartials partials, int index) {
        double sum = 0;
        double dTermsDw = 0;
        double dTermsDhcw = 0;
        double dTermsDct = 0;
        double dTermsDti = 0;
        for (int image = 0; image < images; image++) {
            double imageDh = ground.imageDh(image, dh, source.hubHeight);
            double cw = Math.sqrt(imageDh * imageDh + hcw * hcw);
            deficit.evaluate(source, dw, cw, rotorRadius, pair);
            sum += superposition.term(pair.deficit);
            double dTerm = superposition.termDerivative(pair.deficit);
            dTermsDw += dTerm * pair.dDeficitDw;
            dTermsDhcw += cw > 0 ? dTerm * pair.dDeficitDcw * hcw / cw : 0;
            dTermsDct += dTerm * pair.dDeficitDct;
            dTermsDti += dTerm * pair.dDeficitDti;
        }
        partials.set(index, dTermsDw, dTermsDhcw, dTermsDct, dTermsDti);
        return sum;
    }
}
