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
    private final StateBatch batch = new StateBatch();
    private final double[] imageCwSquared;
    private final double[] imageCw;
    // One pair's terms summed over the images, with their partials in dw, hcw, the source's CT and TI.
    private double sum;
    private double dTermsDw;
    private double dTermsDhcw;
    private double dTermsDct;
    private double dTermsDti;

    ComposedPairKernel(WakeModel model, Turbine turbine) {
        this.deficit = model.deficit();
        this.superposition = model.superposition();
        this.ground = model.ground();
        this.images = ground.imageCount();
        this.rotorRadius = turbine.radius();
        this.imageCwSquared = new double[images];
        this.imageCw = new double[images];
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

    /** Every image lies at least |hcw| crosswind of the destination: the deficit's own reach bounds the terms'. */
    @Override
    public void reachOfStates(WakeSource[] states, int from, int count, double[] bound) {
        deficit.reachOfStates(states, from, count, rotorRadius, bound);
    }

    /** The deficit's batches ({@link WakeDeficit#deficits}, {@link WakeDeficit#evaluateStates}) may stage their work. */
    @Override
    public boolean batchesStates() {
        return true;
    }

    /** The deficits of every state at every image first ({@link WakeDeficit#deficits}), then their terms. */
    @Override
    public void termsOfStates(WakeSource[] states, int from, int count, double dw, double hcw, double dh, double[] out) {
        // the states are of one turbine: one hub height, so one set of images
        double hubHeight = states[from].hubHeight;
        for (int image = 0; image < images; image++) {
            double imageDh = ground.imageDh(image, dh, hubHeight);
            imageCwSquared[image] = imageDh * imageDh + hcw * hcw;
        }
        deficit.deficits(states, from, count, dw, imageCwSquared, images, rotorRadius, batch);
        double[] deficits = batch.deficits;
        for (int s = 0; s < count; s++) {
            double sum = 0;
            for (int image = 0; image < images; image++) {
                sum += superposition.term(deficits[image * count + s]);
            }
            out[s] = sum;
        }
    }

    @Override
    public double termsWithPartials(WakeSource source, double dw, double hcw, double dh, PairPartials partials, int index) {
        clearSums();
        for (int image = 0; image < images; image++) {
            double imageDh = ground.imageDh(image, dh, source.hubHeight);
            double cw = Math.sqrt(imageDh * imageDh + hcw * hcw);
            deficit.evaluate(source, dw, cw, rotorRadius, pair);
            addImage(pair, cw, hcw);
        }
        partials.set(index, dTermsDw, dTermsDhcw, dTermsDct, dTermsDti);
        return sum;
    }

    /** The deficits with partials of every state at every image first ({@link WakeDeficit#evaluateStates}), then their terms. */
    @Override
    public void termsWithPartialsOfStates(WakeSource[] states, int from, int count, double dw, double hcw, double dh,
                                          double[] out, PairPartials partials, int[] index) {
        double hubHeight = states[from].hubHeight;
        for (int image = 0; image < images; image++) {
            double imageDh = ground.imageDh(image, dh, hubHeight);
            imageCw[image] = Math.sqrt(imageDh * imageDh + hcw * hcw);
        }
        deficit.evaluateStates(states, from, count, dw, imageCw, images, rotorRadius, batch);
        PairTerms[] evaluations = batch.evaluations;
        for (int s = 0; s < count; s++) {
            clearSums();
            for (int image = 0; image < images; image++) {
                addImage(evaluations[image * count + s], imageCw[image], hcw);
            }
            partials.set(index[s], dTermsDw, dTermsDhcw, dTermsDct, dTermsDti);
            out[s] = sum;
        }
    }

    private void clearSums() {
        sum = 0;
        dTermsDw = 0;
        dTermsDhcw = 0;
        dTermsDct = 0;
        dTermsDti = 0;
    }

    /** Adds an image's term and its partials to the sums, from its deficit with partials e at crosswind distance cw. */
    private void addImage(PairTerms e, double cw, double hcw) {
        sum += superposition.term(e.deficit);
        double dTerm = superposition.termDerivative(e.deficit);
        dTermsDw += dTerm * e.dDeficitDw;
        dTermsDhcw += cw > 0 ? dTerm * e.dDeficitDcw * hcw / cw : 0;
        dTermsDct += dTerm * e.dDeficitDct;
        dTermsDti += dTerm * e.dDeficitDti;
    }
}
