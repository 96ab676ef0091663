package org.windsweep.store;

import java.io.Serializable;
import java.util.Set;

/**
 * What a shard must be to be trusted: from this run, for this partition (and rerun index), holding only this
 * partition's keys.
 *
 * @param partitionKeys every key assigned to the partition; a base shard should record all of them
 */
public record ShardExpectation(String runId, ShardName name, Set<String> partitionKeys) implements Serializable {
    public ShardExpectation {
        if (runId == null || name == null || partitionKeys == null) {
            throw new IllegalArgumentException("run id, shard name and partition keys are required");
        }
        partitionKeys = Set.copyOf(partitionKeys);
    }
}
