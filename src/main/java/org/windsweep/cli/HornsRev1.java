package org.windsweep.cli;

import org.windsweep.physics.Site;
import org.windsweep.physics.WeibullSectors;

/**
 * The Horns Rev 1 wind climate as PyWake's Hornsrev1Site gives it (12 Weibull sectors, ambient TI 0.1), for the
 * full-resolution benchmarks, binned at PyWake's default bins.
 */
final class HornsRev1 {

    private static final double[] SECTOR_WD_DEG = {0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330};
    private static final double[] FREQUENCY = {0.0359715203597152, 0.0394868203948682, 0.0516739505167395,
        0.07000154070001541, 0.08364547083645471, 0.064348500643485, 0.0864319408643194, 0.117705101177051,
        0.151575701515757, 0.14737920147379202, 0.10012050100120501, 0.051659750516597505};
    private static final double[] WEIBULL_A = {9.176929, 9.782334, 9.531809, 9.909545, 10.04269, 9.593921, 9.584007,
        10.51499, 11.39895, 11.68746, 11.63732, 10.08803};
    private static final double[] WEIBULL_K = {2.392578, 2.447266, 2.412109, 2.591797, 2.755859, 2.595703, 2.583984,
        2.548828, 2.470703, 2.607422, 2.626953, 2.326172};
    private static final double AMBIENT_TI = 0.1;

    private HornsRev1() {
    }

    static Site fullResolutionSite() {
        return new WeibullSectors(SECTOR_WD_DEG, FREQUENCY, WEIBULL_A, WEIBULL_K, new double[] {AMBIENT_TI})
                .siteAtPyWakeDefaultBins();
    }
}
