package org.windsweep.run;

import org.windsweep.store.ShardName;
import org.windsweep.sweep.SweepConfig;

import java.io.Serializable;
import java.util.List;

/**
 * One Spark task: the configs of one partition to compute into one shard. The driver chooses the shard name
 * (the base shard, or a rerun's supplementary one), so a retried attempt replaces its own shard, never another.
 */
public record PartitionTask(ShardName shard, List<SweepConfig> configs) implements Serializable {

    public PartitionTask {
        configs = List.copyOf(configs);
    }
}
