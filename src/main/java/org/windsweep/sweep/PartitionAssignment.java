package org.windsweep.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.windsweep.InvalidInputException;

/**
 * Which partition (one Spark task, one HDF5 shard) computes which config. The rule is round robin over the configs in
 * {@link SweepSpec#configs()} order: config i goes to partition i mod N. Because that order walks farms, then
 * turbine types, then seeds, striding through it gives every partition a similar mix of farms and types, so no
 * partition gathers all the big farms. run.json records the full assignment and {@link #fromRunJson} reads it back,
 * so a rerun recomputes exactly the partitions of the original run whatever the cluster's size is by then.
 */
public final class PartitionAssignment implements Serializable {

    public static final String ROUND_ROBIN = "round_robin";

    /** Several tasks per core even out configs of different cost, while keeping the shard count modest. */
    public static final int TASKS_PER_CORE = 4;

    private static final String DESCRIPTION = "config i of the sweep's config order (farm, turbine type, seed, turbine count)"
            + " goes to partition i mod partitions";

    private final List<List<String>> keysByPartition;
    private final Map<String, Integer> partitionByKey;

    private PartitionAssignment(List<List<String>> keysByPartition) {
        this.keysByPartition = keysByPartition.stream().map(List::copyOf).toList();
        Map<String, Integer> byKey = new HashMap<>();
        for (int partition = 0; partition < this.keysByPartition.size(); partition++) {
            for (String key : this.keysByPartition.get(partition)) {
                if (byKey.put(key, partition) != null) {
                    throw new IllegalArgumentException("config " + key + " is assigned to two partitions");
                }
            }
        }
        this.partitionByKey = Map.copyOf(byKey);
    }

    /** Config i (in the given order) goes to partition i mod {@code partitions}. */
    public static PartitionAssignment roundRobin(List<SweepConfig> configs, int partitions) {
        if (partitions < 1 || partitions > configs.size()) {
            throw new IllegalArgumentException("partitions must be in [1, " + configs.size() + "], not " + partitions);
        }
        List<List<String>> keys = new ArrayList<>();
        for (int p = 0; p < partitions; p++) {
            keys.add(new ArrayList<>());
        }
        for (int i = 0; i < configs.size(); i++) {
            keys.get(i % partitions).add(configs.get(i).key());
        }
        return new PartitionAssignment(keys);
    }

    /** The spec's {@code partitions} if it sets them, otherwise {@link #TASKS_PER_CORE} per core, never more than the configs. */
    public static PartitionAssignment forSpec(SweepSpec spec, int cores) {
        List<SweepConfig> configs = spec.configs();
        int partitions = spec.partitions().orElse(defaultPartitionCount(configs.size(), cores));
        return roundRobin(configs, partitions);
    }

    public static int defaultPartitionCount(int configCount, int cores) {
        long wanted = (long) TASKS_PER_CORE * Math.max(1, cores);
        return (int) Math.max(1, Math.min(configCount, wanted));
    }

    public int count() {
        return keysByPartition.size();
    }

    public int configCount() {
        return partitionByKey.size();
    }

    /** @throws IllegalArgumentException for a key that is not one of the sweep's configs */
    public int partitionOf(String key) {
        Integer partition = partitionByKey.get(key);
        if (partition == null) {
            throw new IllegalArgumentException("config " + key + " is not part of this sweep");
        }
        return partition;
    }

    /** The partition's config keys, in config order. */
    public List<String> keysOf(int partition) {
        return keysByPartition.get(partition);
    }

    /**
     * The form run.json stores (the run package writes it with Jackson): {@code rule}, {@code description},
     * {@code partitions}, {@code config_count} and {@code keys}, the key lists of partitions 0, 1, ...
     */
    public Map<String, Object> toRunJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("rule", ROUND_ROBIN);
        json.put("description", DESCRIPTION);
        json.put("partitions", count());
        json.put("config_count", configCount());
        json.put("keys", keysByPartition);
        return json;
    }

    /** Reads back what {@link #toRunJson} wrote (as Jackson reads JSON into maps, lists, strings and numbers). */
    public static PartitionAssignment fromRunJson(Map<String, ?> json) {
        if (!ROUND_ROBIN.equals(json.get("rule"))) {
            throw invalid("rule is " + json.get("rule") + "; expected " + ROUND_ROBIN);
        }
        if (!(json.get("keys") instanceof List<?> partitions) || partitions.isEmpty()) {
            throw invalid("keys is not a non-empty list of key lists");
        }
        List<List<String>> keys = new ArrayList<>();
        for (Object partition : partitions) {
            if (!(partition instanceof List<?> items) || items.isEmpty() || !items.stream().allMatch(String.class::isInstance)) {
                throw invalid("partition " + keys.size() + " is not a non-empty list of config keys");
            }
            keys.add(items.stream().map(String.class::cast).toList());
        }
        PartitionAssignment assignment;
        try {
            assignment = new PartitionAssignment(keys);
        } catch (IllegalArgumentException e) {
            throw invalid(e.getMessage());
        }
        requireNumber(json, "partitions", assignment.count());
        requireNumber(json, "config_count", assignment.configCount());
        return assignment;
    }

    private static void requireNumber(Map<String, ?> json, String name, int actual) {
        if (!(json.get(name) instanceof Number n) || n.longValue() != actual) {
            throw invalid(name + " is " + json.get(name) + " but the keys make " + actual);
        }
    }

    private static InvalidInputException invalid(String problem) {
        return new InvalidInputException("the partition assignment in run.json: " + problem + "; the run directory was not written by this"
                + " version of windsweep, or was edited: start a new run");
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PartitionAssignment that && keysByPartition.equals(that.keysByPartition);
    }

    @Override
    public int hashCode() {
        return keysByPartition.hashCode();
    }

    @Override
    public String toString() {
        return ROUND_ROBIN + " over " + configCount() + " configs into " + count() + " partitions";
    }
}
