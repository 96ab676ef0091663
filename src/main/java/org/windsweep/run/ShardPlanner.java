package org.windsweep.run;

import org.windsweep.store.RunDirectory;
import org.windsweep.store.ShardName;
import org.windsweep.sweep.PartitionAssignment;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns "these configs of these partitions need computing" into tasks with shard names. A committed shard is never
 * overwritten by later work: a partition without a base shard gets {@code part-NNNNN.h5}, one that has shards gets
 * its next supplementary {@code part-NNNNN.rK.h5}, and merge keeps each config's newest result.
 */
public final class ShardPlanner {

    private ShardPlanner() {
    }

    /**
     * @param assignment the run's configs by partition (run.json)
     * @param wanted     which configs to compute
     */
    public static List<PartitionTask> plan(RunDirectory run, SweepSpec spec, PartitionAssignment assignment, Set<String> wanted)
            throws IOException {
        Map<Integer, List<ShardName>> committed = run.listShards();
        List<PartitionTask> tasks = new ArrayList<>();
        for (int partition = 0; partition < assignment.count(); partition++) {
            List<SweepConfig> configs = new ArrayList<>();
            for (String key : assignment.keysOf(partition)) {
                if (wanted.contains(key)) {
                    configs.add(spec.config(key));
                }
            }
            if (configs.isEmpty()) {
                continue;
            }
            List<ShardName> existing = committed.getOrDefault(partition, List.of());
            boolean hasBase = existing.stream().anyMatch(ShardName::isBase);
            ShardName shard = hasBase
                    ? ShardName.supplementary(partition, existing.stream().mapToInt(ShardName::supplementary).max().orElse(0) + 1)
                    : ShardName.base(partition);
            tasks.add(new PartitionTask(shard, configs));
        }
        return tasks;
    }
}
