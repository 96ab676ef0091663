package org.windsweep.physics;

/**
 * The body of the farm solver's pair loop: the superposition terms that one source's wake (with its ground images)
 * adds to one destination's sum. A {@link PairLoop} makes one per farm calculation, so the choice of code is made once,
 * when the solver is built, and never inside the loop. Not thread-safe (kernels may keep scratch).
 */
interface PairKernel {

    /**
     * The terms of the source's wake at a destination dw downwind, hcw horizontally crosswind and dh above the source's
     * hub, for AEP without gradients; per unit free-stream speed (the solver scales them by
     * {@link Superposition#termScale}).
     */
    double terms(WakeSource source, double dw, double hcw, double dh);

    /**
     * Whether {@link #termsOfStates} and {@link #termsWithPartialsOfStates} stage their work over the states (and so
     * pay off over evaluating each state in turn); false for a kernel that only loops over them.
     */
    default boolean batchesStates() {
        return false;
    }

    /**
     * {@link #terms} of several states of one source (its wake at several speeds of a wind direction) at one
     * destination, bit for bit: out[s] for states[from + s], s < count. The states belong to one turbine. A kernel may
     * compute them a stage at a time over the states, so that the processor overlaps the long chains of dependent
     * operations (square roots, a logarithm, a table lookup) that one state's terms are.
     */
    default void termsOfStates(WakeSource[] states, int from, int count, double dw, double hcw, double dh, double[] out) {
        for (int s = 0; s < count; s++) {
            out[s] = terms(states[from + s], dw, hcw, dh);
        }
    }

    /**
     * A line bounding how far crosswind these states of one source reach (their wakes at every image), as
     * {@link WakeDeficit#reachOfStates}: beyond bound[0] + bound[1]*|dw| of the centre line every term is 0.
     */
    default void reachOfStates(WakeSource[] states, int from, int count, double[] bound) {
        bound[0] = Double.POSITIVE_INFINITY;
        bound[1] = 0;
    }

    /** The same terms; their partials in dw, hcw, the source's CT and TI go into partials at index. */
    double termsWithPartials(WakeSource source, double dw, double hcw, double dh, PairPartials partials, int index);

    /**
     * {@link #termsWithPartials} of several states of one source at one destination, bit for bit, as
     * {@link #termsOfStates}: out[s] for states[from + s], its partials into partials at index[s].
     */
    default void termsWithPartialsOfStates(WakeSource[] states, int from, int count, double dw, double hcw, double dh,
                                           double[] out, PairPartials partials, int[] index) {
        for (int s = 0; s < count; s++) {
            out[s] = termsWithPartials(states[from + s], dw, hcw, dh, partials, index[s]);
        }
    }
}
