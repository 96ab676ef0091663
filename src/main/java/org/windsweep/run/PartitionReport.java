package org.windsweep.run;

import org.windsweep.store.ShardName;

import java.io.Serializable;

/** What one task committed, as the driver collects it. */
public record PartitionReport(ShardName shard, String committedPath, int configsOk, int configsFailed, double wallS)
        implements Serializable {
}
