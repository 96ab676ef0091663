package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

/** Power/CT curves, their derivatives, validation with one-line errors naming the field, and the built-in library. */
class TurbineTest {

    private static final double[] WS = {4, 8, 12};
    private static final double[] POWER = {100, 900, 2000};
    private static final double[] CT = {0.8, 0.8, 0.4};

    @Test
    void tabularCurveInterpolatesLinearlyAndHoldsEndValues() {
        TabularCurve curve = new TabularCurve(WS, POWER, CT);
        assertEquals(500, curve.power(6), 1e-12);
        assertEquals(0.6, curve.ct(10), 1e-12);
        assertEquals(100, curve.power(1));
        assertEquals(2000, curve.power(30));
        assertEquals(0.4, curve.ct(30));
        assertEquals(200, curve.powerDerivative(6), 1e-12);
        assertEquals(-0.1, curve.ctDerivative(10), 1e-12);
        assertEquals(0, curve.powerDerivative(30));
    }

    @Test
    void cubicCurveFollowsTheIea37Rule() {
        CubicCurve curve = new CubicCurve(4, 9.8, 25, 3.35e6, 8.0 / 9.0);
        assertEquals(0, curve.power(4));
        assertEquals(3.35e6 * Math.pow(3 / 5.8, 3), curve.power(7), 1e-6);
        assertEquals(3.35e6, curve.power(12));
        assertEquals(0, curve.power(25.5));
        assertEquals(8.0 / 9.0, curve.ct(2));
        assertEquals(3 * 3.35e6 * Math.pow(3 / 5.8, 2) / 5.8, curve.powerDerivative(7), 1e-6);
        assertEquals(0, curve.powerDerivative(12));
    }

    @Test
    void nonIncreasingWindSpeedsAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TabularCurve(new double[] {4, 8, 8}, POWER, CT));
        assertTrue(e.getMessage().contains("ws") && e.getMessage().contains("increasing"), e.getMessage());
    }

    @Test
    void negativePowerIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TabularCurve(WS, new double[] {100, -1, 2000}, CT));
        assertTrue(e.getMessage().contains("power[1]"), e.getMessage());
    }

    @Test
    void ctOutsideZeroToThreeIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TabularCurve(WS, POWER, new double[] {0.8, 3.5, 0.4}));
        assertTrue(e.getMessage().contains("ct[1]"), e.getMessage());
    }

    @Test
    void columnsOfDifferentLengthsAreRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TabularCurve(WS, new double[] {1, 2}, CT));
        assertTrue(e.getMessage().contains("different lengths"), e.getMessage());
    }

    @Test
    void negativeDiameterIsRejected() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new Turbine("T", -80, 70, new TabularCurve(WS, POWER, CT)));
        assertTrue(e.getMessage().contains("diameter"), e.getMessage());
    }

    /** The bounds of PhysicalLimits hold at their ends and refuse what lies beyond, naming the value. */
    @Test
    void rotorsPowersAndWindSpeedsBeyondPhysicalLimitsAreRejected() {
        TabularCurve curve = new TabularCurve(WS, POWER, CT);
        new Turbine("T", PhysicalLimits.MIN_ROTOR_DIAMETER_M, PhysicalLimits.MAX_HUB_HEIGHT_M, curve);
        new Turbine("T", PhysicalLimits.MAX_ROTOR_DIAMETER_M, 0, curve);
        for (double[] rotor : new double[][] {{1e-300, 70}, {1e300, 70}, {80, 1e300}, {80, Double.NaN}}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> new Turbine("T", rotor[0], rotor[1], curve));
            assertTrue(e.getMessage().startsWith("turbine T: ") && e.getMessage().contains("is not within"),
                    e.getMessage());
        }
        new TabularCurve(new double[] {4, PhysicalLimits.MAX_WIND_SPEED_MS}, new double[] {0, PhysicalLimits.MAX_POWER_W},
                new double[] {0.8, 0.8});
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new TabularCurve(new double[] {4, 1e300}, new double[] {0, 1}, new double[] {0.8, 0.8}));
        assertTrue(e.getMessage().contains("ws[1]: 1.0E300 m/s is not within [0, 100.0] m/s"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new TabularCurve(WS, new double[] {0, 1e300, 1}, CT));
        assertTrue(e.getMessage().contains("power[1]: 1.0E300 W is not within [0, 1e+09] W"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new CubicCurve(4, 9.8, 25, 1e300, 0.8));
        assertTrue(e.getMessage().contains("power_rated: 1.0E300 W"), e.getMessage());
    }

    @Test
    void libraryKnowsTheFourBuiltInTurbines() {
        assertEquals(java.util.List.of("IEA37_3.35MW", "V80", "DTU_10MW", "IEA_15MW"), TurbineLibrary.names());
        assertEquals(178.3, TurbineLibrary.builtIn("DTU_10MW").diameter());
        assertEquals(150, TurbineLibrary.builtIn("IEA_15MW").hubHeight());
        assertEquals(15e6, TurbineLibrary.builtIn("IEA_15MW").curve().power(14));
        assertEquals(1341000, TurbineLibrary.builtIn("V80").curve().power(10));
    }

    @Test
    void unknownTurbineNameListsTheKnownOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> TurbineLibrary.builtIn("V90"));
        assertTrue(e.getMessage().contains("V90") && e.getMessage().contains("IEA_15MW"), e.getMessage());
    }

    /** A speed is idle only if power and its slope (the right segment's at a node) are 0 at every speed up to it. */
    @Test
    void idleUpToNeedsZeroPowerAndSlopeAtEverySpeedUpToIt() {
        TabularCurve curve = new TabularCurve(new double[] {2, 3, 4, 5}, new double[] {0, 0, 100, 100},
                new double[] {0, 0.8, 0.8, 0.8});
        assertTrue(curve.idleUpTo(1), "below the table the first value (0) holds");
        assertTrue(curve.idleUpTo(2.5));
        assertFalse(curve.idleUpTo(3), "at 3 m/s the slope is that of the segment 3..4, which rises");
        assertFalse(curve.idleUpTo(9));
        assertFalse(new TabularCurve(new double[] {3, 4}, new double[] {10, 20}, new double[] {0.8, 0.8}).idleUpTo(1),
                "a curve producing below its table is never idle");
        assertTrue(new TabularCurve(new double[] {3, 4}, new double[] {0, 0}, new double[] {0.8, 0.8}).idleUpTo(30));
        CubicCurve cubic = new CubicCurve(4, 9.8, 25, 3.35e6, 8. / 9);
        assertTrue(cubic.idleUpTo(4), "the cubic curve produces only above cut-in");
        assertFalse(cubic.idleUpTo(4.001));
    }
}
