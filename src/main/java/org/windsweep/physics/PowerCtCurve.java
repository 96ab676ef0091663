package org.windsweep.physics;

import java.io.Serializable;

/** A turbine's power [W] and thrust coefficient as functions of its effective wind speed [m/s]. */
public interface PowerCtCurve extends Serializable {

    double power(double ws);

    double ct(double ws);

    /** d power / d ws [W per m/s]; the gradient of AEP runs through it. */
    double powerDerivative(double ws);

    /** d CT / d ws [per m/s]; an upstream turbine's CT depends on its own effective wind speed. */
    double ctDerivative(double ws);

    /**
     * True if power and its derivative are 0 at every wind speed up to ws: wakes only slow the wind, so a flow case of
     * free-stream speed ws adds nothing to AEP or its gradient and need not be solved.
     */
    boolean idleUpTo(double ws);

    /**
     * The lowest wind speed from which power stays at power(ws), with derivative 0, up to ws (the rated stretch of a
     * curve, up to its cut-out); NaN where power is not constant just below ws. A turbine whose effective speed lies
     * anywhere in [steadyPowerFrom(ws), ws] produces power(ws) exactly.
     */
    double steadyPowerFrom(double ws);

    /** The largest CT at any wind speed in [from, to]. */
    double largestCt(double from, double to);
}
