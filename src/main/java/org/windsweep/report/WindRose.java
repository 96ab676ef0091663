package org.windsweep.report;

/**
 * A site's wind rose: the directions the wind comes from [deg, clockwise from north] and how often it comes from
 * each (the sum of the site's probabilities over wind speeds).
 */
public record WindRose(double[] wdDeg, double[] frequency) {

    public WindRose {
        if (wdDeg.length == 0 || wdDeg.length != frequency.length) {
            throw new IllegalArgumentException("a wind rose needs one frequency per direction");
        }
    }

    /** The width of one direction's sector [deg]: the directions split the compass evenly. */
    double sectorDeg() {
        return 360.0 / wdDeg.length;
    }
}
