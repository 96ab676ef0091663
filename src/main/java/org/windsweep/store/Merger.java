package org.windsweep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * The driver-side merge: validates every expected partition's shards, quarantines the untrusted ones, keeps each
 * config's newest successful result (plus, on hot start, what results.h5 already had), then publishes results.h5
 * and manifest.json. A bad shard is recorded and set aside; it never stops the merge. No Spark needed.
 */
public final class Merger {
    /** results.h5 is ours and read after every merge; only a damaged file gets near this. */
    private static final Duration PREVIOUS_RESULTS_TIME_LIMIT = Duration.ofMinutes(5);

    private final RunDirectory run;
    private final ShardValidator validator;
    private final Path localScratch;

    /** @param localScratch a local directory for results.h5 before it is published */
    public Merger(RunDirectory run, ShardValidator validator, Path localScratch) {
        this.run = run;
        this.validator = validator;
        this.localScratch = localScratch;
    }

    /**
     * @param hotStart keep the results already in results.h5 (false: --no-hot-start, results come from shards only)
     * @throws IOException when the run directory cannot be read or written; results.h5 is then unchanged
     */
    public MergeReport merge(RunInfo info, List<ExpectedPartition> partitions, boolean hotStart) throws IOException {
        requireEachKeyInOnePartition(partitions);
        long start = System.nanoTime();
        List<String> notes = new ArrayList<>();
        List<Manifest.Quarantined> quarantined = new ArrayList<>();
        KeptResults kept = new KeptResults();
        int previousCount = hotStart ? offerPreviousResults(info, partitions, kept, quarantined, notes) : 0;

        Map<Integer, List<ShardName>> onDisk = run.listShards();
        List<PartitionEvidence> evidence = new ArrayList<>();
        int shardsRead = 0;
        for (ExpectedPartition partition : sortedById(partitions)) {
            List<ShardName> names = shardsToRead(partition.id(), onDisk.remove(partition.id()));
            shardsRead += names.size();
            evidence.add(examine(info.runId(), partition, names, kept, quarantined, notes));
        }
        onDisk.values().forEach(names -> names.forEach(name ->
                notes.add("shards/" + name.fileName() + " belongs to no expected partition; left alone")));

        List<Manifest.Partition> outcomes = evidence.stream().map(e -> e.outcome(kept)).toList();
        ResultsFile results = new ResultsFile(info, totalConfigs(partitions, kept), kept.results());
        publishResults(results);
        Manifest manifest = new Manifest(info.runId(), Instant.now().truncatedTo(ChronoUnit.MILLIS).toString(),
                totals(outcomes), outcomes, List.copyOf(quarantined));
        run.publish(manifest.toJson(), run.manifestFile(), "manifest", readBack -> {
            if (!Manifest.fromJson(readBack).equals(manifest)) {
                throw new IOException("manifest.json does not read back as written");
            }
        });
        return new MergeReport(manifest, shardsRead, previousCount, kept.duplicates(), notes,
                (System.nanoTime() - start) / 1_000_000);
    }

    /** The base shard is always expected, even when it is not on disk (then it is MISSING). */
    private static List<ShardName> shardsToRead(int partition, List<ShardName> found) {
        List<ShardName> names = new ArrayList<>(found == null ? List.of() : found);
        if (!names.contains(ShardName.base(partition))) {
            names.add(0, ShardName.base(partition));
        }
        return names;
    }

    private PartitionEvidence examine(String runId, ExpectedPartition partition, List<ShardName> names,
                                      KeptResults kept, List<Manifest.Quarantined> quarantined, List<String> notes) {
        PartitionEvidence evidence = new PartitionEvidence(partition);
        Set<String> keys = new HashSet<>(partition.keys());
        for (ShardName name : names) {
            ShardVerdict verdict = validator.validateCommitted(run, new ShardExpectation(runId, name, keys));
            evidence.record(verdict);
            if (verdict.isTrusted()) {
                verdict.contents().results().forEach(r -> kept.offer(r, KeptResults.Source.of(name)));
            } else if (!verdict.conclusive()) {
                notes.add("shards/" + name.fileName() + " left in place: " + verdict.reason());
            } else if (verdict.status() != ShardStatus.MISSING) {
                quarantine(run.shardFile(name), verdict.status(), verdict.reason(), quarantined, notes);
            }
        }
        return evidence;
    }

    /**
     * Sets a file aside with its reason file saying "name: STATUS: why", which is all a quarantine record holds (see
     * {@link RunDirectory#quarantineRecords}); if even that fails, the merge goes on (the file is not used) and says so.
     */
    private void quarantine(org.apache.hadoop.fs.Path file, ShardStatus status, String why,
                            List<Manifest.Quarantined> quarantined, List<String> notes) {
        String reason = file.getName() + ": " + status + ": " + why;
        try {
            org.apache.hadoop.fs.Path moved = run.quarantine(file, reason);
            quarantined.add(new Manifest.Quarantined(run.relative(moved), status, reason));
        } catch (IOException e) {
            notes.add("could not quarantine " + run.relative(file) + " (" + reason + "): " + e);
        }
    }

    /**
     * Offers the previous results.h5 to the merge, held to what shards are held to: this run's id, keys of the expected
     * partitions, results that validation accepts. A file that breaks any of that is moved to quarantine (its only
     * copies of results are kept there) and only what it holds that passes is merged.
     */
    private int offerPreviousResults(RunInfo info, List<ExpectedPartition> partitions, KeptResults kept,
                                     List<Manifest.Quarantined> quarantined, List<String> notes) throws IOException {
        byte[] bytes;
        try {
            bytes = run.readIfExists(run.resultsFile());
        } catch (NotARegularFileException e) {
            quarantine(run.resultsFile(), ShardStatus.NOT_A_FILE, e.getMessage(), quarantined, notes);
            return 0;
        }
        if (bytes == null) {
            return 0;
        }
        try {
            ResultsFile previous = TimeBound.call(() -> ResultsReader.read(bytes), PREVIOUS_RESULTS_TIME_LIMIT);
            if (!previous.run().runId().equals(info.runId())) {
                quarantine(run.resultsFile(), ShardStatus.CONTENT, "of run " + previous.run().runId()
                        + ", not of this run " + info.runId(), quarantined, notes);
                return 0;
            }
            Set<String> expectedKeys = new HashSet<>();
            partitions.forEach(partition -> expectedKeys.addAll(partition.keys()));
            List<String> rejected = new ArrayList<>();
            int offered = 0;
            for (StoredResult result : previous.results()) {
                Optional<String> problem = expectedKeys.contains(result.key())
                        ? validator.resultProblem(result)
                        : Optional.of(result.key() + " is not a config of this run");
                if (problem.isPresent()) {
                    rejected.add(problem.get());
                } else {
                    kept.offer(result, KeptResults.Source.PREVIOUS_RESULTS);
                    offered++;
                }
            }
            if (!rejected.isEmpty()) {
                quarantine(run.resultsFile(), ShardStatus.CONTENT, rejected.size()
                        + " results rejected, first: " + rejected.get(0), quarantined, notes);
            }
            return offered;
        } catch (TimeoutException | ExecutionException e) {
            // Unreadable previous results are set aside, never overwritten unseen.
            String why = e instanceof ExecutionException && e.getCause() != null ? e.getCause().getMessage()
                    : "reading did not finish within " + PREVIOUS_RESULTS_TIME_LIMIT.toMinutes() + " min";
            quarantine(run.resultsFile(), ShardStatus.SCHEMA, why, quarantined, notes);
            notes.add("the previous results.h5 is unreadable and was quarantined: " + why);
            if (run.fileSystem().exists(run.resultsFile())) {
                throw new IOException("the previous results.h5 is unreadable and could not be moved aside: " + why);
            }
            return 0;
        }
    }

    private void publishResults(ResultsFile results) throws IOException {
        Files.createDirectories(localScratch);
        Path dir = Files.createTempDirectory(localScratch, "windsweep-results-");
        Path file = dir.resolve(RunDirectory.RESULTS);
        try {
            ResultsWriter.write(results, file);
            run.publish(Files.readAllBytes(file), run.resultsFile(), "results", readBack -> {
                try {
                    if (!ResultsReader.read(readBack).equals(results)) {
                        throw new IOException("results.h5 reads back with different contents");
                    }
                } catch (LayoutException e) {
                    throw new IOException("results.h5 does not read back: " + e.getMessage(), e);
                }
            });
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static int totalConfigs(List<ExpectedPartition> partitions, KeptResults kept) {
        Set<String> all = new HashSet<>(kept.keys());
        partitions.forEach(p -> all.addAll(p.keys()));
        return all.size();
    }

    private static Manifest.Totals totals(List<Manifest.Partition> outcomes) {
        int expected = 0;
        int ok = 0;
        int failed = 0;
        int missing = 0;
        for (Manifest.Partition p : outcomes) {
            expected += p.configsExpected();
            ok += p.configsOk();
            failed += p.failed().size();
            missing += p.missing().size();
        }
        return new Manifest.Totals(expected, ok, failed, missing);
    }

    /** A key in two partitions, or a partition listed twice, would make one config's fate ambiguous. */
    private static void requireEachKeyInOnePartition(List<ExpectedPartition> partitions) {
        Set<String> keys = new HashSet<>();
        Set<Integer> ids = new HashSet<>();
        for (ExpectedPartition partition : partitions) {
            if (!ids.add(partition.id())) {
                throw new IllegalArgumentException("partition " + partition.id() + " is listed twice");
            }
            for (String key : partition.keys()) {
                if (!keys.add(key)) {
                    throw new IllegalArgumentException("config " + key + " is assigned to two partitions");
                }
            }
        }
    }

    private static List<ExpectedPartition> sortedById(List<ExpectedPartition> partitions) {
        return partitions.stream().sorted(Comparator.comparingInt(ExpectedPartition::id)).toList();
    }
}
