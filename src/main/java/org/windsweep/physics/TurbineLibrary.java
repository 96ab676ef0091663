package org.windsweep.physics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.windsweep.InvalidInputException;

/** The built-in turbine types, by name. */
public final class TurbineLibrary {

    private static final Map<String, Turbine> BUILT_IN = new LinkedHashMap<>();

    static {
        add(iea37());
        add(v80());
        add(dtu10mw());
        add(iea15mw());
    }

    private TurbineLibrary() {
    }

    private static void add(Turbine turbine) {
        BUILT_IN.put(turbine.name(), turbine);
    }

    public static List<String> names() {
        return List.copyOf(BUILT_IN.keySet());
    }

    public static Turbine builtIn(String name) {
        Turbine turbine = BUILT_IN.get(name);
        if (turbine == null) {
            throw new InvalidInputException("turbine: unknown built-in turbine '" + name + "'; use one of "
                    + String.join(", ", BUILT_IN.keySet()) + ", or {file: path} for a turbine YAML file");
        }
        return turbine;
    }

    /**
     * The IEA Wind Task 37 case studies' thrust coefficient (Betz-optimal induction), for their built-in turbine and the
     * turbine files of their other cases, which do not state it.
     */
    public static final double IEA37_CT = 8.0 / 9.0;

    /** IEA Wind Task 37 case-study turbine (Baker et al. 2019): cubic power to 3.35 MW at 9.8 m/s, CT = 8/9. */
    private static Turbine iea37() {
        return new Turbine("IEA37_3.35MW", 130, 110, new CubicCurve(4, 9.8, 25, 3.35e6, IEA37_CT));
    }

    /** Vestas V80 2 MW as in the Horns Rev 1 reference cases (aep-cases/hornsrev1_80_NOJ.json). */
    private static Turbine v80() {
        double[] ws = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25};
        double[] powerW = {0, 66600, 154000, 282000, 460000, 696000, 996000, 1341000, 1661000, 1866000, 1958000,
            1988000, 1997000, 1999000, 2000000, 2000000, 2000000, 2000000, 2000000, 2000000, 2000000, 2000000, 2000000};
        double[] ct = {0, 0.818, 0.806, 0.804, 0.805, 0.806, 0.807, 0.793, 0.739, 0.709, 0.409, 0.314, 0.249, 0.202,
            0.167, 0.14, 0.119, 0.102, 0.088, 0.077, 0.067, 0.06, 0.053};
        return new Turbine("V80", 80, 70, new TabularCurve(ws, powerW, ct));
    }

    /**
     * DTU 10 MW Reference Wind Turbine: Bak et al., "Description of the DTU 10 MW Reference Wind Turbine", DTU Wind
     * Energy Report-I-0092 (2013), Table 3.5 (4..25 m/s, no losses applied). A 3 m/s row with zero power and CT is
     * added so that the linear table ramps to zero below cut-in (the table's end values hold outside it).
     */
    private static Turbine dtu10mw() {
        double[] ws = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25};
        double[] powerKw = {0, 280.2, 799.1, 1532.7, 2506.1, 3730.7, 5311.8, 7286.5, 9698.3, 10639.1, 10648.5, 10639.3,
            10683.7, 10642.0, 10640.0, 10639.9, 10652.8, 10646.2, 10644.0, 10641.2, 10639.5, 10643.6, 10635.7};
        double[] ct = {0, 0.923, 0.919, 0.904, 0.858, 0.814, 0.814, 0.814, 0.814, 0.577, 0.419, 0.323, 0.259, 0.211,
            0.175, 0.148, 0.126, 0.109, 0.095, 0.084, 0.074, 0.066, 0.059};
        return new Turbine("DTU_10MW", 178.3, 119, new TabularCurve(ws, kilowattsToWatts(powerKw), ct));
    }

    /**
     * IEA Wind 15 MW offshore reference turbine (IEA-15-240-RWT; Gaertner et al., NREL/TP-5000-75698, 2020): its
     * published steady-state Cp and CT curve (as distributed in NREL FLORIS' turbine library) sampled at whole m/s,
     * power = 0.5*1.225 kg/m3*A*Cp*ws^3 over the 242.24 m swept-area diameter of that table, capped at 15 MW. A 2 m/s
     * row with zero power and CT is added so that the table ramps to zero below cut-in.
     */
    private static Turbine iea15mw() {
        double[] ws = {2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25};
        double[] powerKw = {0, 37.6, 543.3, 1366.3, 2544.9, 4136.2, 6147.6, 8704.7, 11870.3, 15000, 15000, 15000, 15000,
            15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000, 15000};
        double[] ct = {0, 0.818, 0.787, 0.791, 0.791, 0.783, 0.779, 0.779, 0.779, 0.696, 0.454, 0.339, 0.264, 0.212, 0.173,
            0.143, 0.121, 0.103, 0.088, 0.077, 0.067, 0.059, 0.053, 0.047};
        return new Turbine("IEA_15MW", 240, 150, new TabularCurve(ws, kilowattsToWatts(powerKw), ct));
    }

    private static double[] kilowattsToWatts(double[] kw) {
        double[] w = new double[kw.length];
        for (int i = 0; i < kw.length; i++) {
            w[i] = kw[i] * 1000;
        }
        return w;
    }
}
