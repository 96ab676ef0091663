package org.windsweep.store;

import java.util.Set;

/**
 * The names used inside shard and results HDF5 files (docs/STORE.md, "Files").
 * Readers outside Java (h5py, h5dump, notebooks) rely on these names, so they change only with the schema version.
 */
public final class H5Names {
    public static final String SHARD_SCHEMA = "windsweep-shard/1";
    public static final String RESULTS_SCHEMA = "windsweep-results/1";

    // Root attributes of both kinds of file (jhdf adds "_jHDF" too; it is not ours and never checked).
    public static final String SCHEMA = "schema";
    public static final String RUN_ID = "run_id";
    /** SHA-256 over the file's logical contents: detects a flipped bit that HDF5 itself would not notice. */
    public static final String CONTENT_SHA256 = "content_sha256";
    // Root attributes of shards.
    public static final String PARTITION = "partition";
    /** 0 for a partition's base shard, K for its supplementary shard part-NNNNN.rK.h5. */
    public static final String SUPPLEMENTARY = "supplementary";
    /** Successful plus failed configs recorded in the shard. */
    public static final String CONFIG_COUNT = "config_count";
    // Root attributes of results.h5, as the original results files had them.
    public static final String GRID_SIZE = "grid_size";
    public static final String RANDOM_PCT = "random_pct";
    public static final String TOTAL_CONFIGS = "total_configs";
    public static final String SUCCESSFUL_CONFIGS = "successful_configs";

    // Inside a config group.
    public static final String LAYOUT = "layout";
    public static final String AEP = "aep";
    public static final String WAKE_MODEL = "wake_model";
    public static final String AEP_INITIAL = "aep_initial";
    public static final String ITERATIONS = "iterations";
    public static final String CONVERGED = "converged";
    public static final String MAX_VIOLATION_M = "max_violation_m";
    public static final String WALL_S = "wall_s";
    public static final String TIMESTAMP = "timestamp";
    // The AEP breakdown (absent from files written before it existed): a dataset and two attributes.
    /** float64 N: each turbine's AEP [GWh], in layout order. */
    public static final String AEP_PER_TURBINE = "aep_per_turbine";
    public static final String AEP_WAKE_FREE = "aep_wake_free";
    /** Only where the farm has a baseline layout. */
    public static final String BASELINE_AEP = "baseline_aep";

    // Failed configs: group _failed holding one group per failed key.
    public static final String FAILED_GROUP = "_failed";
    public static final String ERROR_CLASS = "error_class";
    public static final String MESSAGE = "message";
    /**
     * A scalar string dataset "error_class: message" in each failed config's group. Besides being handy in a
     * notebook it works around a jhdf 0.13.0 writer bug: jhdf writes its trailing info string at the end of the
     * last dataset it wrote, so a group without datasets written after a dataset gets overwritten. With a dataset
     * in every leaf group, the last thing jhdf writes is always a dataset.
     */
    public static final String ERROR = "error";

    // Config fields the store itself looks at: the index columns, and n_turbines (checked against the layout).
    public static final String FARM_IDX = "farm_idx";
    public static final String TYPE_IDX = "type_idx";
    public static final String SS_SEED = "ss_seed";
    public static final String N_TURBINES = "n_turbines";

    // results.h5 only: one column per dataset, rows sorted by key; columns named after the fields they hold.
    public static final String INDEX_GROUP = "index";
    public static final String INDEX_KEY = "key";
    /** Index columns derived from a result's AEP and its breakdown (NaN where a result has none). */
    public static final String INDEX_WAKE_LOSS_PCT = "wake_loss_pct";
    public static final String INDEX_GAIN_OVER_BASELINE_PCT = "gain_over_baseline_pct";

    /** Attribute names of a result group that are not config fields. */
    public static final Set<String> RESULT_ATTRIBUTES =
            Set.of(WAKE_MODEL, AEP_INITIAL, ITERATIONS, CONVERGED, MAX_VIOLATION_M, WALL_S, TIMESTAMP, AEP_WAKE_FREE,
                    BASELINE_AEP);
    /** Attribute names of a failed config's group that are not config fields. */
    public static final Set<String> FAILURE_ATTRIBUTES = Set.of(ERROR_CLASS, MESSAGE, WALL_S);

    private H5Names() {
    }
}
