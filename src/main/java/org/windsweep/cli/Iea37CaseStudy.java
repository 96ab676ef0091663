package org.windsweep.cli;

import org.windsweep.optimize.CircleBoundary;
import org.windsweep.optimize.LayoutProblem;
import org.windsweep.physics.SectorRose;
import org.windsweep.physics.TurbineLibrary;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;

/**
 * IEA Wind Task 37 case study 1 (Baker et al. 2019): IEA37 3.35 MW turbines in a circle, 2 D minimum spacing,
 * the simple Bastankhah Gaussian wake model and a 16-sector rose at 9.8 m/s. The numbers of
 * shared/reference/iea37-cs1.json.
 */
public final class Iea37CaseStudy {

    private static final double[] WD_DEG = {0, 22.5, 45, 67.5, 90, 112.5, 135, 157.5, 180, 202.5, 225, 247.5, 270,
        292.5, 315, 337.5};
    private static final double[] PROBABILITY = {0.025, 0.024, 0.029, 0.036, 0.063, 0.065, 0.1, 0.122, 0.063, 0.038,
        0.039, 0.083, 0.213, 0.046, 0.032, 0.022};
    private static final double WS_MS = 9.8;
    private static final double TI = 0.075;
    private static final double MIN_SPACING_M = 260;

    private Iea37CaseStudy() {
    }

    /** The farm sizes of the case study. */
    public static int[] turbineCounts() {
        return new int[] {16, 36, 64};
    }

    public static double radiusM(int nTurbines) {
        return switch (nTurbines) {
            case 16 -> 1300;
            case 36 -> 2000;
            case 64 -> 3000;
            default -> throw new IllegalArgumentException("IEA37 case study 1 has 16, 36 or 64 turbines, not "
                    + nTurbines);
        };
    }

    /** The best AEP (GWh) among the participants of Baker et al. 2019. */
    public static double paperBestGwh(int nTurbines) {
        return switch (nTurbines) {
            case 16 -> 418.9244064;
            case 36 -> 863.6762993;
            case 64 -> 1513.3111936;
            default -> throw new IllegalArgumentException("no IEA37 case study 1 farm of " + nTurbines + " turbines");
        };
    }

    public static WindFarmModel model() {
        return new WindFarmModel(TurbineLibrary.builtIn("IEA37_3.35MW"),
                SectorRose.singleSpeed(WD_DEG, PROBABILITY, WS_MS, TI).site(),
                WakeModels.byName(WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN));
    }

    public static LayoutProblem problem(int nTurbines) {
        return new LayoutProblem(new CircleBoundary(0, 0, radiusM(nTurbines)), model(), nTurbines, MIN_SPACING_M);
    }
}
