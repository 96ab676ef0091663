package org.windsweep.store;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything one shard file holds: the fate of each config a partition (or a rerun of part of it) computed.
 * Results and failures are kept sorted by key, so two equal shards compare equal however they were built.
 */
public record ShardContents(String runId, ShardName name, List<StoredResult> results, List<StoredFailure> failures)
        implements Serializable {

    public ShardContents {
        NameRules.requireStoredString("run id", runId);
        if (name == null) {
            throw new IllegalArgumentException("shard name must not be null");
        }
        results = sortedCopy(results, Comparator.comparing(StoredResult::key));
        failures = sortedCopy(failures, Comparator.comparing(StoredFailure::key));
        Set<String> seen = new HashSet<>();
        for (String key : keysOf(results, failures)) {
            if (!seen.add(key)) {
                // jhdf would silently keep only one of two groups with the same name.
                throw new IllegalArgumentException(name + ": config " + key + " is recorded twice");
            }
        }
    }

    /** Number of configs recorded, successful or failed. */
    public int configCount() {
        return results.size() + failures.size();
    }

    /** Keys of all recorded configs, successful ones first. */
    public List<String> keys() {
        return keysOf(results, failures);
    }

    private static List<String> keysOf(List<StoredResult> results, List<StoredFailure> failures) {
        List<String> keys = new ArrayList<>(results.size() + failures.size());
        results.forEach(r -> keys.add(r.key()));
        failures.forEach(f -> keys.add(f.key()));
        return keys;
    }

    private static <T> List<T> sortedCopy(List<T> items, Comparator<T> order) {
        if (items == null) {
            throw new IllegalArgumentException("results and failures must not be null (use an empty list)");
        }
        List<T> copy = new ArrayList<>(items);
        copy.sort(order);
        return List.copyOf(copy);
    }
}
