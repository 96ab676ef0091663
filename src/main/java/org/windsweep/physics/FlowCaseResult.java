package org.windsweep.physics;

import java.io.Serializable;

/** One flow case, per turbine: effective wind speed [m/s], power [W], CT and effective TI. */
public record FlowCaseResult(double[] wsEff, double[] power, double[] ct, double[] ti) implements Serializable {

    public FlowCaseResult {
        wsEff = wsEff.clone();
        power = power.clone();
        ct = ct.clone();
        ti = ti.clone();
    }

    @Override
    public double[] wsEff() {
        return wsEff.clone();
    }

    @Override
    public double[] power() {
        return power.clone();
    }

    @Override
    public double[] ct() {
        return ct.clone();
    }

    @Override
    public double[] ti() {
        return ti.clone();
    }
}
