package org.windsweep.physics;

import org.windsweep.InvalidInputException;

/** Ambient TI given either once for every sector (one value) or per sector. */
final class TiPerSector {

    private TiPerSector() {
    }

    static void check(double[] ti, int sectors, String field) {
        if (ti == null || (ti.length != 1 && ti.length != sectors)) {
            throw new InvalidInputException(field + ": give one TI for all sectors or one per sector (" + sectors + ")");
        }
        for (double t : ti) {
            if (!(t >= 0 && t < 1)) {
                throw new InvalidInputException(field + ": TI must lie in [0, 1), got " + t);
            }
        }
    }

    static double of(double[] ti, int sector) {
        return ti.length == 1 ? ti[0] : ti[sector];
    }
}
