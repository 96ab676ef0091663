package org.windsweep.physics;

import java.io.Serializable;

/** Annual energy production [GWh]: the total, per wind direction bin and per turbine. */
public record AepResult(double total, double[] perWd, double[] perTurbine) implements Serializable {

    public AepResult {
        perWd = perWd.clone();
        perTurbine = perTurbine.clone();
    }

    @Override
    public double[] perWd() {
        return perWd.clone();
    }

    @Override
    public double[] perTurbine() {
        return perTurbine.clone();
    }
}
