package org.windsweep.physics;

import java.io.Serializable;
import org.windsweep.InvalidInputException;

/**
 * Equally spaced wind-direction sectors covering the full circle, and the rule that assigns a wind direction to
 * its nearest sector: sector s covers (centre - width/2, centre + width/2], so ties go to the lower sector.
 */
record Sectors(double firstCentreDeg, double widthDeg, int count) implements Serializable {

    static Sectors of(double[] centresDeg, String field) {
        if (centresDeg == null || centresDeg.length == 0) {
            throw new InvalidInputException(field + ": needs at least one sector direction");
        }
        int n = centresDeg.length;
        double width = 360.0 / n;
        for (int s = 1; s < n; s++) {
            double step = centresDeg[s] - centresDeg[s - 1];
            if (Math.abs(step - width) > 1e-6 * width) {
                throw new InvalidInputException(field + ": sectors must be equally spaced over 360 deg in increasing order"
                        + " (expected steps of " + width + " deg, found " + step + " between entries " + (s - 1) + " and " + s + ")");
            }
        }
        return new Sectors(centresDeg[0], width, n);
    }

    int sectorOf(double wdDeg) {
        int s = (int) Math.ceil((wdDeg - firstCentreDeg) / widthDeg - 0.5);
        return Math.floorMod(s, count);
    }

    /** Default wd bins: the sector centres themselves. */
    double[] centres() {
        double[] centres = new double[count];
        for (int s = 0; s < count; s++) {
            centres[s] = firstCentreDeg + s * widthDeg;
        }
        return centres;
    }

    /** The width of each of n equal wind-direction bins over the full circle. */
    static double binWidth(int n) {
        return 360.0 / n;
    }
}
