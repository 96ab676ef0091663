package org.windsweep.store;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Objects;

/**
 * What a designer reads first besides a layout's AEP: what each turbine produces, what the same turbines would
 * produce without wakes, and, when the farm names a baseline layout, that layout's AEP. Files written before
 * windsweep recorded these have none ({@link StoredResult#breakdown()} is null).
 *
 * @param aepPerTurbine each turbine's AEP [GWh], in layout order; sums to the result's AEP
 * @param aepWakeFree   the AEP of the same turbines with no wakes [GWh]
 * @param baselineAep   the AEP of the farm's baseline layout with the same turbine type and wake model [GWh], or
 *                      null when the farm has no baseline layout
 */
public record AepBreakdown(double[] aepPerTurbine, double aepWakeFree, Double baselineAep) implements Serializable {

    public AepBreakdown {
        if (aepPerTurbine == null || aepPerTurbine.length == 0) {
            throw new IllegalArgumentException("AEP per turbine needs one value per turbine");
        }
        aepPerTurbine = aepPerTurbine.clone();
    }

    @Override
    public double[] aepPerTurbine() {
        return aepPerTurbine.clone();
    }

    /** The share of the wake-free AEP that wakes take away [%] at a layout of the given AEP. */
    public double wakeLossPct(double aep) {
        return 100 * (1 - aep / aepWakeFree);
    }

    /**
     * Each turbine's share of its own wake-free AEP lost to wakes [%]: every turbine of a farm sees the same free
     * stream, so its wake-free AEP is the farm's divided by the turbine count.
     */
    public double[] turbineWakeLossPct() {
        double wakeFreePerTurbine = aepWakeFree / aepPerTurbine.length;
        double[] loss = new double[aepPerTurbine.length];
        for (int i = 0; i < loss.length; i++) {
            loss[i] = 100 * (1 - aepPerTurbine[i] / wakeFreePerTurbine);
        }
        return loss;
    }

    /** How much more (positive) or less a layout of the given AEP produces than the baseline [%]; NaN without one. */
    public double gainOverBaselinePct(double aep) {
        return baselineAep == null ? Double.NaN : 100 * (aep / baselineAep - 1);
    }

    /** Value equality, doubles compared bit for bit, as {@link StoredResult} compares. */
    @Override
    public boolean equals(Object other) {
        return other instanceof AepBreakdown that && Arrays.equals(aepPerTurbine, that.aepPerTurbine)
                && Double.compare(aepWakeFree, that.aepWakeFree) == 0 && Objects.equals(baselineAep, that.baselineAep);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(aepPerTurbine), aepWakeFree, baselineAep);
    }
}
