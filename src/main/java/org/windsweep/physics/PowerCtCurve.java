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
}
