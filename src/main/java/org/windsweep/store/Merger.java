package org.windsweep.store;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The driver-side merge: validates every expected partition's shards, quarantines the untrusted ones, keeps each
 * config's newest successful result (plus, on hot start, what results.h5 already had), then publishes results.h5
 * and manifest.json. A bad shard is recorded and set aside; it never stops the merge. No Spark needed.
 */
public final class Merger {
    /** results.h5 is ours and read after every merge; only a damaged file gets near this. */
    private static final Duration PREVIOUS_RESULTS_TIME_LIMIT = Duration.ofMinutes(5);

    /** Shards are read and validated on this many threads (the driver's cores). */
    private static final int VALIDATION_THREADS = Math.max(1, Runtime.getRuntime().availableProcessors());
    /** Partitions validated ahead of the one being recorded: bounds the shards held in memory at once. */
    private static final int WINDOW = 4 * VALIDATION_THREADS;

    private static final Logger LOG = LoggerFactory.getLogger(Merger.class);

    private final RunDirectory run;
    private final ShardValidator validator;
    private final Path localScratch;
    /** Progress of the merge under way, read by another thread: configs of the partitions recorded so far. */
    private final AtomicLong configsExamined = new AtomicLong();
    /** Of those, the configs left without a result (failed or missing). */
    private final AtomicLong configsWithoutResult = new AtomicLong();

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
        configsExamined.set(0);
        configsWithoutResult.set(0);
        List<String> notes = new ArrayList<>();
        List<Manifest.Quarantined> quarantined = new ArrayList<>();
        KeptResults kept = new KeptResults();
        int previousCount = hotStart ? offerPreviousResults(info, partitions, kept, quarantined, notes) : 0;

        Map<Integer, List<ShardName>> onDisk = run.listShards();
        List<PartitionEvidence> evidence = new ArrayList<>();
        int shardsRead = 0;
        List<ExpectedPartition> sorted = sortedById(partitions);
        List<List<ShardName>> namesByPartition = new ArrayList<>();
        for (ExpectedPartition partition : sorted) {
            List<ShardName> names = shardsToRead(partition.id(), onDisk.remove(partition.id()));
            namesByPartition.add(names);
            shardsRead += names.size();
        }
        ExecutorService readers = Executors.newFixedThreadPool(VALIDATION_THREADS, daemon -> {
            Thread thread = new Thread(daemon, "windsweep-merge-validate");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // Validated in parallel, a bounded window ahead (memory: at most WINDOW partitions' shards held), and
            // recorded in partition order, so that the outcome is the same whatever the threads' timing.
            List<Future<List<Examined>>> window = new ArrayList<>();
            int submitted = 0;
            for (int i = 0; i < sorted.size(); i++) {
                while (submitted < sorted.size() && submitted < i + WINDOW) {
                    ExpectedPartition partition = sorted.get(submitted);
                    List<ShardName> names = namesByPartition.get(submitted);
                    window.add(readers.submit(() -> readAndValidate(info.runId(), partition, names)));
                    submitted++;
                }
                ExpectedPartition partition = sorted.get(i);
                evidence.add(record(partition, await(window.get(i)), kept, quarantined, notes));
                window.set(i, null);
                configsWithoutResult.addAndGet(partition.keys().stream().filter(key -> !kept.contains(key)).count());
                configsExamined.addAndGet(partition.keys().size());
            }
        } finally {
            readers.shutdownNow();
        }
        onDisk.values().forEach(names -> names.forEach(name ->
                notes.add("shards/" + name.fileName() + " belongs to no expected partition; left alone")));

        if (!hotStart) {
            setAsideResultsWithConfigsOnlyThere(kept, quarantined, notes);
        }
        List<Manifest.Partition> outcomes = evidence.stream().map(e -> e.outcome(kept)).toList();
        ResultsFile results = new ResultsFile(info, totalConfigs(partitions, kept), kept.results());
        LOG.info("merge: {} shards validated in {} s; writing results.h5 with {} results", shardsRead,
                secondsSince(start), results.successfulConfigs());
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

    /** Configs of the partitions whose shards the merge under way has validated and taken in. */
    public long configsExamined() {
        return configsExamined.get();
    }

    /** Of {@link #configsExamined()}, those left without a result: failed, missing or in an untrusted shard. */
    public long configsWithoutResult() {
        return configsWithoutResult.get();
    }

    private static long secondsSince(long startNanos) {
        return Math.round((System.nanoTime() - startNanos) / 1e9);
    }

    /** The base shard is always expected, even when it is not on disk (then it is MISSING). */
    private static List<ShardName> shardsToRead(int partition, List<ShardName> found) {
        List<ShardName> names = new ArrayList<>(found == null ? List.of() : found);
        if (!names.contains(ShardName.base(partition))) {
            names.add(0, ShardName.base(partition));
        }
        return names;
    }

    /** One shard as read and validated. */
    private record Examined(ShardName name, ShardVerdict verdict) {
    }

    /** Reads and validates a partition's shards; safe on many threads (changes nothing). */
    private List<Examined> readAndValidate(String runId, ExpectedPartition partition, List<ShardName> names) {
        Set<String> keys = new HashSet<>(partition.keys());
        List<Examined> examined = new ArrayList<>();
        for (ShardName name : names) {
            examined.add(new Examined(name, validator.validateCommitted(run, new ShardExpectation(runId, name, keys))));
        }
        return examined;
    }

    private static List<Examined> await(Future<List<Examined>> future) throws IOException {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new java.io.InterruptedIOException("merge interrupted");
        } catch (ExecutionException e) {
            throw new IOException("validating shards failed: " + e.getCause(), e.getCause());
        }
    }

    /**
     * Takes a partition's validated shards into the merge: trusted results kept, condemned files quarantined, files
     * that could not be judged (UNREADABLE: a fault of this machine, not of the file) left in place.
     */
    private PartitionEvidence record(ExpectedPartition partition, List<Examined> examined, KeptResults kept,
                                     List<Manifest.Quarantined> quarantined, List<String> notes) {
        PartitionEvidence evidence = new PartitionEvidence(partition);
        for (Examined shard : examined) {
            ShardName name = shard.name();
            ShardVerdict verdict = shard.verdict();
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
            bytes = run.readResultsBytes();
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

    /**
     * Without hot start the new results.h5 comes from the shards alone. A previous results.h5 may hold the only
     * copy of some configs (their shard was quarantined or deleted after it was merged): then it is quarantined
     * rather than replaced, so that those results are set aside, never lost. An unreadable one is quarantined too:
     * nobody has looked at it.
     */
    private void setAsideResultsWithConfigsOnlyThere(KeptResults kept, List<Manifest.Quarantined> quarantined,
                                                     List<String> notes) throws IOException {
        byte[] bytes = run.readResultsBytes();
        if (bytes == null) {
            return;
        }
        String reason;
        try {
            ResultsFile previous = TimeBound.call(() -> ResultsReader.read(bytes), PREVIOUS_RESULTS_TIME_LIMIT);
            long onlyThere = previous.results().stream().filter(r -> !kept.contains(r.key())).count();
            if (onlyThere == 0) {
                return; // every config it holds is in a shard: replacing it loses nothing
            }
            reason = "results.h5 holds " + onlyThere + " results that no shard has (merge --no-hot-start); set "
                    + "aside, not replaced";
        } catch (TimeoutException | ExecutionException e) {
            reason = "results.h5 is unreadable (" + e.getMessage() + "); set aside, not replaced";
        }
        quarantine(run.resultsFile(), ShardStatus.CONTENT, reason, quarantined, notes);
        if (run.fileSystem().exists(run.resultsFile())) {
            throw new IOException("could not set aside results.h5, which holds results no shard has: " + reason);
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
