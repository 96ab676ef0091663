package org.windsweep.physics;

import java.io.Serializable;

/**
 * The velocity deficit a source turbine's wake causes at a destination rotor (one part of a wake model), per m/s of
 * free-stream wind speed: every model of MODELS.md is proportional to the free-stream speed at a fixed CT and TI, so
 * the farm solver scales these values to each flow case's speed ({@link Superposition#termScale}) and shares them
 * between a direction's speeds wherever a source's CT and TI are the same.
 */
public interface WakeDeficit extends Serializable {

    /** Caches in source.coefficients what depends only on the source's CT, TI and diameter. */
    void prepare(WakeSource source);

    /**
     * Deficit (per m/s of free-stream speed) at a destination rotor of radius destRadius whose centre lies dw downwind
     * of the source and at squared crosswind distance cwSquared: the value alone, for AEP without gradients.
     */
    double deficit(WakeSource source, double dw, double cwSquared, double destRadius);

    /**
     * {@link #deficit} of several states of one source at one dw and several squared crosswind distances, bit for bit:
     * into batch.deficits[i * count + s] for cwSquared[i] (i < offsets) and states[from + s] (s < count). A deficit may
     * compute them a stage at a time over the states (see {@link PairKernel#termsOfStates}).
     */
    default void deficits(WakeSource[] states, int from, int count, double dw, double[] cwSquared, int offsets,
                          double destRadius, StateBatch batch) {
        batch.ensure(count, offsets);
        for (int i = 0; i < offsets; i++) {
            for (int s = 0; s < count; s++) {
                batch.deficits[i * count + s] = deficit(states[from + s], dw, cwSquared[i], destRadius);
            }
        }
    }

    /**
     * Deficit (per m/s of free-stream speed) at a destination rotor of radius destRadius whose centre lies dw downwind
     * and cw crosswind of the source, with its partials; written into out.deficit and out.dDeficit*.
     */
    void evaluate(WakeSource source, double dw, double cw, double destRadius, PairTerms out);

    /**
     * {@link #evaluate} of several states of one source at one dw and several crosswind distances, bit for bit: into
     * batch.evaluations[i * count + s] for cw[i] (i < offsets) and states[from + s] (s < count).
     */
    default void evaluateStates(WakeSource[] states, int from, int count, double dw, double[] cw, int offsets,
                                double destRadius, StateBatch batch) {
        batch.ensure(count, offsets);
        for (int i = 0; i < offsets; i++) {
            for (int s = 0; s < count; s++) {
                PairTerms out = batch.evaluations[i * count + s];
                // each PairTerms here is one of many: a memo that evaluate keeps in it would name another pair
                out.centreSource = null;
                evaluate(states[from + s], dw, cw[i], destRadius, out);
            }
        }
    }

    /**
     * A line bounding how far crosswind the states states[from..from+count) of one source reach: beyond
     * bound[0] + bound[1]*|dw| from the wake's centre line (at any image) {@link #deficits} gives 0 for every one of
     * them at a rotor of radius destRadius, with room for round-off. Lets a pair loop skip a source's states at once;
     * bound[0] is +infinity where the deficit gives no such line.
     */
    default void reachOfStates(WakeSource[] states, int from, int count, double destRadius, double[] bound) {
        bound[0] = Double.POSITIVE_INFINITY;
        bound[1] = 0;
    }

    /**
     * The CT up to which the deficit at every point of the wake grows with the source's CT (or stays the same), at any
     * fixed TI: then a wake at that CT bounds the wakes of every state of lower CT ({@link SteadyPower}). 0 where the
     * model does not claim it. SteadyPowerTest checks each claim on a grid.
     */
    default double thrustMonotoneUpTo() {
        return 0;
    }

    /** Wake radius [m] at dw with its partials (for turbulence models); written into out.wakeRadius and out.dWakeRadius*. */
    void wakeRadius(WakeSource source, double dw, PairTerms out);
}
