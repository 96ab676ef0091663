package org.windsweep.physics;

import org.windsweep.InvalidInputException;

/**
 * The IEA Task 37 case-study curve: P = P_rated*((ws-cutIn)/(rated-cutIn))^3 capped at P_rated for
 * cutIn < ws <= cutOut, else 0; CT is the same constant at every wind speed.
 */
public record CubicCurve(double wsCutIn, double wsRated, double wsCutOut, double ratedPowerW, double constantCt)
        implements PowerCtCurve {

    public CubicCurve {
        if (!(wsCutIn >= 0 && wsCutIn < wsRated && wsRated <= wsCutOut)) {
            throw new InvalidInputException("cubic turbine curve: need 0 <= ws_cutin < ws_rated <= ws_cutout, got "
                    + wsCutIn + ", " + wsRated + ", " + wsCutOut);
        }
        PhysicalLimits.requireWindSpeed("cubic turbine curve: ws_cutout", wsCutOut);
        PhysicalLimits.requirePower("cubic turbine curve: power_rated", ratedPowerW);
        if (!(constantCt >= 0 && constantCt <= 3)) {
            throw new InvalidInputException("cubic turbine curve: ct must lie in [0, 3], got " + constantCt);
        }
    }

    private boolean producing(double ws) {
        return ws > wsCutIn && ws <= wsCutOut;
    }

    @Override
    public double power(double ws) {
        if (!producing(ws)) {
            return 0;
        }
        double t = (ws - wsCutIn) / (wsRated - wsCutIn);
        return Math.min(ratedPowerW * t * t * t, ratedPowerW);
    }

    @Override
    public double ct(double ws) {
        return constantCt;
    }

    @Override
    public double powerDerivative(double ws) {
        if (!producing(ws) || ws >= wsRated) {
            return 0;
        }
        double span = wsRated - wsCutIn;
        double t = (ws - wsCutIn) / span;
        return 3 * ratedPowerW * t * t / span;
    }

    @Override
    public double ctDerivative(double ws) {
        return 0;
    }

    @Override
    public boolean idleUpTo(double ws) {
        return ws <= wsCutIn;
    }

    /** Power is P_rated from ws_rated through ws_cutout. */
    @Override
    public double steadyPowerFrom(double ws) {
        return ws >= wsRated && ws <= wsCutOut ? wsRated : Double.NaN;
    }

    @Override
    public double largestCt(double from, double to) {
        return constantCt;
    }
}
