package org.windsweep.sweep;

/**
 * The ranges a sweep spec's values must lie in, beyond which a run would crash, hang or overflow instead of doing
 * what was asked (docs/sweep-spec.md lists them; boundaries have theirs in
 * {@link org.windsweep.optimize.BoundaryLimits}). Each is far beyond any sweep of the original's kind.
 */
public final class SpecLimits {

    /** A spec file's size: run.json carries the spec's text, and JSON readers cap a string at 20 MB. */
    public static final int MAX_SPEC_BYTES = 1_000_000;
    /** Nesting of YAML collections; a spec needs 6 (farms[i].boundary.polygon[j][k]). */
    public static final int MAX_NESTING = 64;
    /** Configs per sweep: each is a config record on the driver and a key in run.json. */
    public static final long MAX_CONFIGS = 1_000_000;
    /** Partitions per sweep, i.e. shard files. */
    public static final int MAX_PARTITIONS = 100_000;
    /** The largest seed, 2^53 - 1: seeds stay exact when a notebook reads them as float64. */
    public static final long MAX_SEED = (1L << 53) - 1;
    /** Smart start's grid: grid_size^2 candidates scored for every turbine placed. */
    public static final int MAX_GRID_SIZE = 500;
    /** Turbines per farm: the optimiser has a spacing constraint for every pair. */
    public static final int MAX_TURBINES = 1_000;
    /** spacing_d, in rotor diameters. */
    public static final double MAX_SPACING_D = 100;
    /** Iterations of the optimiser per config. */
    public static final int MAX_ITERATIONS = 1_000_000;
    /** time_limit_s, about 11.6 days per config; hard_limit_s may be up to 4 times that. */
    public static final double MAX_TIME_LIMIT_S = 1e6;
    /** Smart starts per config: each is a whole optimisation, so a thousand already multiplies a sweep's cost by 1000. */
    public static final int MAX_STARTS = 1_000;

    private SpecLimits() {
    }
}
