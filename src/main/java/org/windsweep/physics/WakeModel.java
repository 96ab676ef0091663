package org.windsweep.physics;

import java.io.Serializable;

/** A wake model composed the PyWake way from parts that each do one job. */
public record WakeModel(String name, WakeDeficit deficit, Superposition superposition, GroundModel ground,
                        TurbulenceModel turbulence) implements Serializable {

    /**
     * This model with wakes widened by factor (&gt; 1) at the same centre deficit, for wake expansion continuation
     * (see {@link WidenedWake}); named after this model and the factor.
     */
    public WakeModel widened(double factor) {
        return new WakeModel(name + " widened x" + factor, new WidenedWake(deficit, factor), superposition, ground,
                turbulence);
    }
}
