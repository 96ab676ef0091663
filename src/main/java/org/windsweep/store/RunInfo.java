package org.windsweep.store;

import java.io.Serializable;

/**
 * What results.h5 records about the run besides its configs (root attributes, as the original results files had).
 *
 * @param runId     identifies the run; stays the same across reruns, and every shard must carry it
 * @param gridSize  smart start grid size
 * @param randomPct smart start random percentage
 */
public record RunInfo(String runId, int gridSize, double randomPct) implements Serializable {
    public RunInfo {
        NameRules.requireStoredString("run id", runId);
    }
}
