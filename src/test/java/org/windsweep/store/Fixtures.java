package org.windsweep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Deterministic sample data: configs keyed as the sweep keys them, partitions of consecutive seeds. */
final class Fixtures {
    static final String RUN_ID = "test-run";
    static final RunInfo RUN = new RunInfo(RUN_ID, 18, 30.0);

    private Fixtures() {
    }

    static String key(int farm, int type, int seed) {
        return "farm" + farm + "_t" + type + "_s" + seed;
    }

    /** Partition p holds seeds [p * size, (p + 1) * size) of farm 0, turbine type 0. */
    static List<String> partitionKeys(int partition, int size) {
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            keys.add(key(0, 0, partition * size + i));
        }
        return keys;
    }

    static List<ExpectedPartition> partitions(int count, int size) {
        List<ExpectedPartition> partitions = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            partitions.add(new ExpectedPartition(p, partitionKeys(p, size)));
        }
        return partitions;
    }

    static Map<String, Object> configFields(String key, int nTurbines) {
        String[] parts = key.split("_");
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("farm_idx", Integer.parseInt(parts[0].substring(4)));
        fields.put("type_idx", Integer.parseInt(parts[1].substring(1)));
        fields.put("ss_seed", Long.parseLong(parts[2].substring(1)));
        fields.put("n_turbines", nTurbines);
        fields.put("diameter", 130.0);
        fields.put("farm_name", "iea37-cs1");
        fields.put("fixed_hub", Boolean.TRUE);
        return fields;
    }

    static StoredResult result(String key, int nTurbines, long seed) {
        Random random = new Random(seed ^ key.hashCode());
        double[] x = new double[nTurbines];
        double[] y = new double[nTurbines];
        for (int i = 0; i < nTurbines; i++) {
            x[i] = 1300 * (random.nextDouble() - 0.5);
            y[i] = 1300 * (random.nextDouble() - 0.5);
        }
        double[] aepPerTurbine = new double[nTurbines];
        double aep = 0;
        for (int i = 0; i < nTurbines; i++) {
            aepPerTurbine[i] = 20 + random.nextDouble();
            aep += aepPerTurbine[i];
        }
        Map<String, Object> fields = configFields(key, nTurbines);
        // Configs of even seeds have a baseline layout, of odd seeds none.
        boolean withBaseline = (Long) fields.get("ss_seed") % 2 == 0;
        AepBreakdown breakdown = new AepBreakdown(aepPerTurbine, aep * 1.1, withBaseline ? aep * 0.97 : null);
        return new StoredResult(key, fields, x, y, aep,
                0.99 * aep, random.nextInt(200), random.nextBoolean(), random.nextDouble() * 1e-6,
                random.nextDouble() * 10, 1.7e9 + seed, "Nygaard_2022", breakdown);
    }

    static StoredFailure failure(String key) {
        return new StoredFailure(key, configFields(key, 16), "OptimizationCancelledException",
                "hard limit of 40 s reached", 40.5);
    }

    /** A shard of the given partition: every key succeeds except those listed as failed. */
    static ShardContents shard(ShardName name, List<String> keys, List<String> failedKeys, int nTurbines, long seed) {
        List<StoredResult> results = new ArrayList<>();
        List<StoredFailure> failures = new ArrayList<>();
        for (String key : keys) {
            if (failedKeys.contains(key)) {
                failures.add(failure(key));
            } else {
                results.add(result(key, nTurbines, seed));
            }
        }
        return new ShardContents(RUN_ID, name, results, failures);
    }

    static ShardContents okShard(int partition, int size) {
        return shard(ShardName.base(partition), partitionKeys(partition, size), List.of(), 16, 1);
    }

    static ShardExpectation expectation(ShardName name, int size) {
        return new ShardExpectation(RUN_ID, name, new java.util.HashSet<>(partitionKeys(name.partition(), size)));
    }
}
