package org.windsweep.physics;

import java.io.Serializable;

/**
 * A wake model composed the PyWake way from parts that each do one job, and the pair loop that evaluates them
 * ({@link PairLoop#COMPOSED} unless the composition has a faster loop of its own).
 */
public record WakeModel(String name, WakeDeficit deficit, Superposition superposition, GroundModel ground,
                        TurbulenceModel turbulence, PairLoop pairLoop) implements Serializable {

    public WakeModel {
        if (pairLoop == PairLoop.IEA37_SIMPLE_BASTANKHAH && !(deficit instanceof IEA37SimpleBastankhahDeficit
                && superposition instanceof SquaredSum && ground instanceof NoGround)) {
            throw new IllegalArgumentException("the IEA37 pair loop needs the IEA37SimpleBastankhahGaussian deficit with"
                    + " squared-sum superposition and no ground images");
        }
    }

    /** The parts evaluated by the composed pair loop. */
    public WakeModel(String name, WakeDeficit deficit, Superposition superposition, GroundModel ground,
                     TurbulenceModel turbulence) {
        this(name, deficit, superposition, ground, turbulence, PairLoop.COMPOSED);
    }

    /** The same parts evaluated by the composed pair loop. */
    public WakeModel withComposedLoop() {
        return new WakeModel(name, deficit, superposition, ground, turbulence, PairLoop.COMPOSED);
    }
}
