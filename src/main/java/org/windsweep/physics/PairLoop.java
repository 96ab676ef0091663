package org.windsweep.physics;

/**
 * Which code evaluates a wake model's source-destination pairs: part of the composition, chosen once when a farm
 * calculation starts (FLORIS-style: the solver is picked at the top, the pair loop itself never branches on the model).
 */
public enum PairLoop {

    /** Each part of the composition called in turn: works for every composition, the yardstick for the others. */
    COMPOSED {
        @Override
        PairKernel kernel(WakeModel model, Turbine turbine) {
            return new ComposedPairKernel(model, turbine);
        }
    },

    /** The IEA37SimpleBastankhahGaussian composition's own loop body: the composed numbers, bit for bit, faster. */
    IEA37_SIMPLE_BASTANKHAH {
        @Override
        PairKernel kernel(WakeModel model, Turbine turbine) {
            return new IEA37PairKernel(model, turbine);
        }
    };

    abstract PairKernel kernel(WakeModel model, Turbine turbine);
}
