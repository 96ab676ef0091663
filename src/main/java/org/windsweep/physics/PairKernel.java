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

    /** The same terms; their partials in dw, hcw, the source's CT and TI go into partials at index. */
    double termsWithPartials(WakeSource source, double dw, double hcw, double dh, PairPartials partials, int index);
}
