package org.windsweep.physics;

/**
 * The partials of each counted pair's superposition terms kept for the adjoint sweep, in downwind distance, horizontal
 * crosswind distance, source CT and source TI; indexed by the solver (one slot per ordered pair of walk positions).
 */
final class PairPartials {
    final double[] dw;
    final double[] hcw;
    final double[] ct;
    final double[] ti;

    PairPartials(int slots) {
        dw = new double[slots];
        hcw = new double[slots];
        ct = new double[slots];
        ti = new double[slots];
    }

    void set(int index, double dTermsDw, double dTermsDhcw, double dTermsDct, double dTermsDti) {
        dw[index] = dTermsDw;
        hcw[index] = dTermsDhcw;
        ct[index] = dTermsDct;
        ti[index] = dTermsDti;
    }

    /** Copies slot fromIndex of another set into slot index of this one. */
    void copy(int index, PairPartials from, int fromIndex) {
        set(index, from.dw[fromIndex], from.hcw[fromIndex], from.ct[fromIndex], from.ti[fromIndex]);
    }

    /** A pair that adds nothing (not downwind, or beyond the wake's reach). */
    void clear(int index) {
        set(index, 0, 0, 0, 0);
    }
}
