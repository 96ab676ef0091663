package org.windsweep.physics;

import java.util.Arrays;

/**
 * The partials of pairs' superposition terms kept for the adjoint sweep, in downwind distance, horizontal crosswind
 * distance, source CT and source TI; in slots that the solver assigns.
 */
final class PairPartials {
    double[] dw;
    double[] hcw;
    double[] ct;
    double[] ti;

    PairPartials(int slots) {
        dw = new double[slots];
        hcw = new double[slots];
        ct = new double[slots];
        ti = new double[slots];
    }

    /** Makes room for at least slots slots, keeping those written (growing by half at least, as a list does). */
    void ensure(int slots) {
        if (slots > dw.length) {
            int grown = Math.max(slots, dw.length + dw.length / 2);
            dw = Arrays.copyOf(dw, grown);
            hcw = Arrays.copyOf(hcw, grown);
            ct = Arrays.copyOf(ct, grown);
            ti = Arrays.copyOf(ti, grown);
        }
    }

    /** True if the count slots from index hold only zeros: a pair that adds nothing to any gradient. */
    boolean allZero(int index, int count) {
        for (int s = index; s < index + count; s++) {
            if (dw[s] != 0 || hcw[s] != 0 || ct[s] != 0 || ti[s] != 0) {
                return false;
            }
        }
        return true;
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
