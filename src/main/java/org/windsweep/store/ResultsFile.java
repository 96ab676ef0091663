package org.windsweep.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Everything results.h5 holds: the run's metadata and every successful config, sorted by key so that the same
 * results always give the same file.
 *
 * @param totalConfigs configs the run expects (successful_configs is the number of results)
 */
public record ResultsFile(RunInfo run, int totalConfigs, List<StoredResult> results) {
    public ResultsFile {
        if (run == null) {
            throw new IllegalArgumentException("run info must not be null");
        }
        List<StoredResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(StoredResult::key));
        results = List.copyOf(sorted);
        Set<String> seen = new HashSet<>();
        for (StoredResult result : results) {
            if (!seen.add(result.key())) {
                throw new IllegalArgumentException("results.h5 would hold config " + result.key() + " twice");
            }
        }
    }

    public int successfulConfigs() {
        return results.size();
    }
}
