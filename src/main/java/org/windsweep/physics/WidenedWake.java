package org.windsweep.physics;

/**
 * A wake deficit seen through crosswind distances shrunk by a factor: the wake is that much wider at the same
 * centre deficit. This is the wake expansion continuation of Thomas and Ning (2018): an optimiser that first sees
 * widened wakes feels turbines it could otherwise not see behind one another, and narrowing the factor back to 1
 * (the true model, where this class is not used) leads it to better optima. Works for any deficit: the crosswind
 * distance and the destination rotor radius both shrink, so a rotor average integrates the widened wake.
 */
final class WidenedWake implements WakeDeficit {

    private final WakeDeficit wake;
    private final double factor;

    /** @param factor the widening, above 1 */
    WidenedWake(WakeDeficit wake, double factor) {
        if (!(factor > 1) || !Double.isFinite(factor)) {
            throw new IllegalArgumentException("a wake widening factor must be a finite number above 1, got " + factor);
        }
        this.wake = wake;
        this.factor = factor;
    }

    @Override
    public void prepare(WakeSource source) {
        wake.prepare(source);
    }

    @Override
    public double deficit(WakeSource source, double dw, double cwSquared, double destRadius) {
        return wake.deficit(source, dw, cwSquared / (factor * factor), destRadius / factor);
    }

    @Override
    public void evaluate(WakeSource source, double dw, double cw, double destRadius, PairTerms out) {
        wake.evaluate(source, dw, cw / factor, destRadius / factor, out);
        out.dDeficitDcw /= factor;
    }

    /** {@link #deficit} for several states: the wrapped deficit's batch at the shrunk distances. */
    @Override
    public void deficits(WakeSource[] states, int from, int count, double dw, double[] cwSquared, int offsets,
                         double destRadius, StateBatch batch) {
        wake.deficits(states, from, count, dw, shrunk(cwSquared, offsets, factor * factor, count, batch), offsets,
                destRadius / factor, batch);
    }

    /** {@link #evaluate} for several states: the wrapped deficit's batch at the shrunk distances. */
    @Override
    public void evaluateStates(WakeSource[] states, int from, int count, double dw, double[] cw, int offsets,
                               double destRadius, StateBatch batch) {
        wake.evaluateStates(states, from, count, dw, shrunk(cw, offsets, factor, count, batch), offsets, destRadius / factor,
                batch);
        for (int e = 0; e < count * offsets; e++) {
            batch.evaluations[e].dDeficitDcw /= factor;
        }
    }

    /** The first offsets of distances divided by divisor, in the batch's scratch (made room for count states). */
    private static double[] shrunk(double[] distances, int offsets, double divisor, int count, StateBatch batch) {
        batch.ensure(count, offsets);
        for (int i = 0; i < offsets; i++) {
            batch.offsets[i] = distances[i] / divisor;
        }
        return batch.offsets;
    }

    /** The wrapped deficit reaches the shrunk distances: this one reaches factor times as far. */
    @Override
    public void reachOfStates(WakeSource[] states, int from, int count, double destRadius, double[] bound) {
        wake.reachOfStates(states, from, count, destRadius / factor, bound);
        bound[0] *= factor;
        bound[1] *= factor;
    }

    /** Widening shrinks the distances, not the CT: the wrapped deficit's claim holds at every point. */
    @Override
    public double thrustMonotoneUpTo() {
        return wake.thrustMonotoneUpTo();
    }

    @Override
    public void wakeRadius(WakeSource source, double dw, PairTerms out) {
        wake.wakeRadius(source, dw, out);
        out.wakeRadius *= factor;
        out.dWakeRadiusDw *= factor;
        out.dWakeRadiusDct *= factor;
        out.dWakeRadiusDti *= factor;
    }
}
