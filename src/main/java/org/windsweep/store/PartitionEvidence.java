package org.windsweep.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What one partition's shards showed, turned into its manifest entry once all results are known. */
final class PartitionEvidence {
    private final ExpectedPartition partition;
    private ShardVerdict base;
    private final List<String> trustedShards = new ArrayList<>();
    /** Untrusted shards other than a missing base shard (which is the normal state of a partition not run yet). */
    private final List<ShardVerdict> problems = new ArrayList<>();
    /** The latest recorded failure of each key (later shards overwrite earlier ones). */
    private final Map<String, StoredFailure> failures = new LinkedHashMap<>();

    PartitionEvidence(ExpectedPartition partition) {
        this.partition = partition;
    }

    void record(ShardVerdict verdict) {
        if (verdict.name().isBase()) {
            base = verdict;
        }
        if (verdict.isTrusted()) {
            trustedShards.add(verdict.name().fileName());
            verdict.contents().failures().forEach(f -> failures.put(f.key(), f));
        } else if (verdict.status() != ShardStatus.MISSING || !verdict.name().isBase()) {
            problems.add(verdict);
        }
    }

    Manifest.Partition outcome(KeptResults kept) {
        List<Manifest.FailedConfig> failed = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        int ok = 0;
        int fromPrevious = 0;
        for (String key : sortedKeys()) {
            if (kept.contains(key)) {
                ok++;
                fromPrevious += kept.cameFromPreviousResults(key) ? 1 : 0;
            } else if (failures.containsKey(key)) {
                failed.add(new Manifest.FailedConfig(key, failures.get(key).reason()));
            } else {
                missing.add(key);
            }
        }
        ShardStatus status;
        List<String> reason = new ArrayList<>();
        List<ShardVerdict> otherProblems = new ArrayList<>(problems);
        if (ok == partition.keys().size()) {
            status = ShardStatus.OK;
            reason.add(ok + " configs ok");
        } else if (!base.isTrusted()) {
            // The partition needs a whole rerun: say why its base shard cannot be used.
            status = base.status();
            reason.add(base.name().fileName() + ": " + base.reason());
            otherProblems.remove(base);
        } else {
            status = ShardStatus.PARTIAL;
            reason.add(failed.size() + " failed, " + missing.size() + " missing, " + ok + " of "
                    + partition.keys().size() + " ok");
        }
        if (fromPrevious > 0) {
            reason.add(fromPrevious + " from the previous results.h5");
        }
        otherProblems.forEach(p -> reason.add(p.describe()));
        return new Manifest.Partition(partition.id(), status, String.join("; ", reason), List.copyOf(trustedShards),
                partition.keys().size(), ok, failed, missing);
    }

    private List<String> sortedKeys() {
        return partition.keys().stream().sorted().toList();
    }
}
