package org.windsweep.run;

import org.apache.hadoop.conf.Configuration;
import org.windsweep.InvalidInputException;
import org.windsweep.store.AepBreakdown;
import org.windsweep.store.LayoutException;
import org.windsweep.store.Manifest;
import org.windsweep.store.ResultsFile;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepConfig;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a run stands, from its last merge: configs by status, overall and per farm, failure reasons, quarantined
 * files, and the best AEP per farm and turbine type. A manifest that no longer describes the run is refused
 * ({@link ManifestCheck}); shard files the last merge did not include are counted in {@code shardsSinceMerge}.
 */
public record RunStatus(String run, String name, String mergedAt, Manifest.Totals totals,
                        Map<String, Long> partitionsByStatus, List<FarmCounts> farms,
                        Map<String, Long> failureReasons, List<Manifest.Quarantined> quarantined, List<Best> best,
                        List<StoredResult> results, Manifest manifest, int shardsSinceMerge) {

    public record FarmCounts(int farmIdx, String farm, int expected, int ok, int failed, int missing) {
    }

    /**
     * The best config of a farm and turbine type; its wake loss and gain over the farm's baseline layout are null
     * when its result has no AEP breakdown (results from before it existed) or its farm no baseline.
     */
    public record Best(int farmIdx, String farm, int typeIdx, String turbine, String key, double aepGwh,
                       int configsOk, Double wakeLossPct, Double gainOverBaselinePct) {
    }

    public static RunStatus of(String location, Configuration hadoopConfiguration) throws IOException {
        OpenRun run = OpenRun.open(location, hadoopConfiguration);
        Manifest manifest = ManifestCheck.read(run, location);
        List<StoredResult> results;
        try {
            results = run.directory().readResults().map(ResultsFile::results).orElse(List.of());
        } catch (LayoutException e) {
            throw new InvalidInputException(location + "/results.h5 is not readable (" + e.getMessage()
                    + "); run 'windsweep merge " + location + "' to rebuild it from the shards");
        }
        ManifestCheck.requireCurrent(run, manifest, results, location);
        Map<String, Long> byStatus = manifest.partitions().stream()
                .collect(Collectors.groupingBy(p -> p.status().name(), TreeMap::new, Collectors.counting()));
        Map<String, String> failedReason = new LinkedHashMap<>();
        List<String> missing = new ArrayList<>();
        for (Manifest.Partition partition : manifest.partitions()) {
            partition.failed().forEach(f -> failedReason.put(f.key(), f.reason()));
            missing.addAll(partition.missing());
        }
        Map<String, Long> reasons = failedReason.values().stream()
                .collect(Collectors.groupingBy(RunStatus::reasonClass, TreeMap::new, Collectors.counting()));
        return new RunStatus(run.directory().toString(), run.metadata().name(), manifest.mergedAt(), manifest.totals(),
                byStatus, farmCounts(run, results, failedReason.keySet(), missing), reasons,
                run.directory().quarantineRecords(),
                best(run, results), results, manifest, ManifestCheck.shardsSinceMerge(run, manifest));
    }

    /** Failure messages grouped by their first part (the error class), so a thousand alike count as one line. */
    private static String reasonClass(String reason) {
        int colon = reason.indexOf(':');
        return colon > 0 ? reason.substring(0, colon) : reason;
    }

    private static List<FarmCounts> farmCounts(OpenRun run, List<StoredResult> results,
                                               java.util.Set<String> failed, List<String> missing) {
        java.util.Set<String> ok = results.stream().map(StoredResult::key).collect(Collectors.toSet());
        java.util.Set<String> missingKeys = new java.util.HashSet<>(missing);
        List<FarmCounts> counts = new ArrayList<>();
        for (int f = 0; f < run.spec().farms().size(); f++) {
            int farmIdx = f;
            List<SweepConfig> configs = run.spec().configs().stream().filter(c -> c.farmIdx() == farmIdx).toList();
            counts.add(new FarmCounts(f, run.spec().farms().get(f).name(), configs.size(),
                    (int) configs.stream().filter(c -> ok.contains(c.key())).count(),
                    (int) configs.stream().filter(c -> failed.contains(c.key())).count(),
                    (int) configs.stream().filter(c -> missingKeys.contains(c.key())).count()));
        }
        return counts;
    }

    private static List<Best> best(OpenRun run, List<StoredResult> results) {
        Map<List<Integer>, List<StoredResult>> groups = new TreeMap<>(
                Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1)));
        for (StoredResult result : results) {
            SweepConfig config = run.spec().config(result.key());
            groups.computeIfAbsent(List.of(config.farmIdx(), config.typeIdx()), k -> new ArrayList<>()).add(result);
        }
        List<Best> best = new ArrayList<>();
        groups.forEach((group, members) -> {
            StoredResult top = members.stream().max(Comparator.comparingDouble(StoredResult::aep)
                    .thenComparing(StoredResult::key, Comparator.reverseOrder())).orElseThrow();
            AepBreakdown breakdown = top.breakdown();
            best.add(new Best(group.get(0), run.spec().farms().get(group.get(0)).name(), group.get(1),
                    run.spec().turbines().get(group.get(1)).name(), top.key(), top.aep(), members.size(),
                    breakdown == null ? null : breakdown.wakeLossPct(top.aep()),
                    breakdown == null || breakdown.baselineAep() == null ? null
                            : breakdown.gainOverBaselinePct(top.aep())));
        });
        return best;
    }
}
