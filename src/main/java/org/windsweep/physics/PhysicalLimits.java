package org.windsweep.physics;

import java.util.Locale;
import org.windsweep.InvalidInputException;

/**
 * The physical magnitudes windsweep computes with, checked where turbines, curves, sites and layouts are made (so every
 * input path alike). Each range is far beyond any real farm; beyond them the arithmetic breaks down without a word (a
 * rotor 1e-300 m across or a turbine at x = 1e300 m made every distance infinite, a wind speed NaN and the curve lookup
 * crash; a power of 1e300 W gave an AEP of 7e294 GWh). docs/sweep-spec.md lists them.
 */
public final class PhysicalLimits {

    /** |x| and |y| of a turbine or boundary at most this many metres: projected coordinates stay within 2e7 m. */
    public static final double MAX_COORDINATE_M = 1e8;
    /** The smallest rotor diameter: a wind-tunnel model's is about 0.1 m. */
    public static final double MIN_ROTOR_DIAMETER_M = 0.01;
    /** The largest rotor diameter: the largest turbines' are about 300 m. */
    public static final double MAX_ROTOR_DIAMETER_M = 1000;
    /** The largest hub height: the largest turbines' are about 200 m. */
    public static final double MAX_HUB_HEIGHT_M = 1000;
    /** The largest wind speed (bins, curve tables, a Weibull scale): a turbine stops far below it. */
    public static final double MAX_WIND_SPEED_MS = 100;
    /** The largest power a curve may give: 1 GW, about 40 of the largest turbines. */
    public static final double MAX_POWER_W = 1e9;

    private PhysicalLimits() {
    }

    static void requireRotor(String turbine, double diameterM, double hubHeightM) {
        if (!(diameterM >= MIN_ROTOR_DIAMETER_M && diameterM <= MAX_ROTOR_DIAMETER_M)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "turbine %s: diameter %s m is not within "
                    + "[%s, %s] m; give the rotor diameter in metres", turbine, diameterM, MIN_ROTOR_DIAMETER_M,
                    MAX_ROTOR_DIAMETER_M));
        }
        if (!(hubHeightM >= 0 && hubHeightM <= MAX_HUB_HEIGHT_M)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "turbine %s: hub_height %s m is not within "
                    + "[0, %s] m; give the hub height in metres", turbine, hubHeightM, MAX_HUB_HEIGHT_M));
        }
    }

    /** @param what the value's name in the message, such as {@code "site: ws_ms"} */
    public static void requireWindSpeed(String what, double wsMs) {
        if (!(wsMs >= 0 && wsMs <= MAX_WIND_SPEED_MS)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: %s m/s is not within [0, %s] m/s; give "
                    + "wind speeds in m/s", what, wsMs, MAX_WIND_SPEED_MS));
        }
    }

    static void requirePower(String what, double powerW) {
        if (!(powerW >= 0 && powerW <= MAX_POWER_W)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s: %s W is not within [0, %.0e] W; give "
                    + "the power in watts", what, powerW, MAX_POWER_W));
        }
    }

    /** A turbine or vertex position; {@code what} names it, such as {@code "layout: turbine 3"}. */
    public static void requirePosition(String what, double x, double y) {
        if (!(Math.abs(x) <= MAX_COORDINATE_M) || !(Math.abs(y) <= MAX_COORDINATE_M)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s [%s, %s] is not within +-%.0e m; give "
                    + "finite projected coordinates in metres (move the origin near the farm)", what, x, y,
                    MAX_COORDINATE_M));
        }
    }

    /** Every position of a layout; x and y equally long. */
    public static void requireLayout(String what, double[] x, double[] y) {
        for (int i = 0; i < x.length; i++) {
            requirePosition(what + " turbine " + i, x[i], y[i]);
        }
    }
}
