package org.windsweep.run;

import org.windsweep.InvalidInputException;
import org.windsweep.store.Manifest;
import org.windsweep.store.RunLock;
import org.windsweep.store.ShardName;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepConfig;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Whether manifest.json still describes its run: written by a merge of this run (its run id), over this run's
 * partitions, with totals that add up, agreeing with results.h5 and with the shards it names still in place. An
 * edited, damaged or outdated manifest is never shown as if it were the run's state: the advice is to merge again.
 */
final class ManifestCheck {

    private ManifestCheck() {
    }

    /** The manifest of the last merge; a damaged one is bad input that a merge repairs. */
    static Manifest read(OpenRun run, String location) throws IOException {
        Optional<Manifest> manifest;
        try {
            manifest = run.directory().readManifest();
        } catch (IOException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            throw new InvalidInputException(location + "/manifest.json is damaged (" + why + "); run '"
                    + command("merge", location) + "' to rebuild it from the shards");
        }
        if (manifest.isPresent()) {
            return manifest.get();
        }
        // While a first run computes, a merge would be refused: name the command to wait for instead.
        Optional<RunLock.Holder> holder = RunLock.liveHolder(run.directory());
        throw new InvalidInputException(holder.isPresent()
                ? location + " has not been merged yet: " + holder.get().describe() + " is working on it; wait for "
                        + "it to end ('" + command("validate", location) + "' lists the shards committed so far)"
                : location + " has not been merged yet: run '" + command("merge", location) + "' first");
    }

    /** A command line to copy: the location in double quotes where a shell would split or expand it. */
    private static String command(String subcommand, String location) {
        boolean plain = location.matches("[A-Za-z0-9/._:@%+=,~-]+");
        return "windsweep " + subcommand + " " + (plain ? location : "\"" + location + "\"");
    }

    /** Refuses a manifest that disagrees with the run, naming the first disagreement. */
    static void requireCurrent(OpenRun run, Manifest manifest, List<StoredResult> results, String location)
            throws IOException {
        if (!run.metadata().runId().equals(manifest.runId())) {
            // A merge would refuse this too (MergeService): the advice is to repair run.json, not to merge.
            throw new InvalidInputException(location + "/run.json is of run " + run.metadata().runId() + " but its last "
                    + "merge (manifest.json) was of run " + manifest.runId() + ": run.json was edited or copied from "
                    + "another run; restore its run_id");
        }
        disagreement(run, manifest, results).ifPresent(why -> {
            throw new InvalidInputException(location + "/manifest.json does not describe the run as it is (" + why
                    + "); run 'windsweep merge " + location + "' to bring it up to date");
        });
    }

    static Optional<String> disagreement(OpenRun run, Manifest manifest, List<StoredResult> results)
            throws IOException {
        if (!run.metadata().runId().equals(manifest.runId())) {
            return Optional.of("it is of run " + manifest.runId() + ", run.json of run " + run.metadata().runId());
        }
        int partitions = run.assignment().count();
        List<Manifest.Partition> listed = manifest.partitions();
        if (listed.size() != partitions) {
            return Optional.of("it lists " + listed.size() + " partitions, the run has " + partitions);
        }
        int ok = 0;
        int failed = 0;
        int missing = 0;
        Map<Integer, List<ShardName>> onDisk = run.directory().listShards();
        for (int p = 0; p < partitions; p++) {
            Manifest.Partition partition = listed.get(p);
            int expected = run.assignment().keysOf(p).size();
            if (partition.id() != p || partition.configsExpected() != expected
                    || partition.configsOk() + partition.failed().size() + partition.missing().size() != expected) {
                return Optional.of("its partition " + p + " does not add up to the " + expected + " configs of the run's "
                        + "partition " + p);
            }
            Set<String> present = onDisk.getOrDefault(p, List.of()).stream().map(ShardName::fileName)
                    .collect(Collectors.toSet());
            for (String shard : partition.shards()) {
                if (!present.contains(shard)) {
                    return Optional.of("shards/" + shard + " it merged is gone");
                }
            }
            ok += partition.configsOk();
            failed += partition.failed().size();
            missing += partition.missing().size();
        }
        if (!new Manifest.Totals(ok + failed + missing, ok, failed, missing).equals(manifest.totals())) {
            Manifest.Totals t = manifest.totals();
            return Optional.of("its totals (" + t.configsOk() + " ok, " + t.configsFailed() + " failed, "
                    + t.configsMissing() + " missing of " + t.configsExpected() + ") are not the sum of its partitions");
        }
        Set<String> runKeys = run.spec().configs().stream().map(SweepConfig::key).collect(Collectors.toSet());
        long inResults = results.stream().map(StoredResult::key).filter(runKeys::contains).count();
        if (inResults != ok) {
            return Optional.of("it counts " + ok + " configs ok, results.h5 holds " + inResults);
        }
        return Optional.empty();
    }

    /** Shards committed after the manifest was written: valid state, but not merged yet. */
    static int shardsSinceMerge(OpenRun run, Manifest manifest) throws IOException {
        Set<String> merged = manifest.partitions().stream().flatMap(p -> p.shards().stream())
                .collect(Collectors.toSet());
        return (int) run.directory().listShards().values().stream().flatMap(List::stream)
                .filter(name -> !merged.contains(name.fileName())).count();
    }
}
