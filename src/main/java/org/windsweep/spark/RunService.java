package org.windsweep.spark;
import org.windsweep.run.ShardPlanner;
import org.windsweep.run.RunMetadataFile;
import org.windsweep.run.RunMetadataFactory;
import org.windsweep.run.RunMetadata;
import org.windsweep.run.PartitionTask;
import org.windsweep.run.OpenRun;
import org.windsweep.run.MergeService;
import org.windsweep.run.LayoutFeasibilityCheck;

import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.windsweep.InvalidInputException;
import org.windsweep.store.LayoutException;
import org.windsweep.store.MergeReport;
import org.windsweep.store.ResultsFile;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.RunLock;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.PartitionAssignment;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The run subcommand: records the run in run.json, computes every config not already in results.h5 (hot start;
 * a run directory that already exists is merged first, so a run stopped early resumes where it stopped) on Spark,
 * one committed shard per partition, then merges.
 */
public final class RunService {

    private static final Logger LOG = LoggerFactory.getLogger(RunService.class);

    public record Options(boolean hotStart, boolean merge, Duration progressInterval) {
    }

    private RunService() {
    }

    public static SweepSummary run(JavaSparkContext spark, SweepSpec spec, String location, Options options)
            throws IOException {
        Instant started = Instant.now();
        RunDirectory directory = RunDirectory.open(location, spark.hadoopConfiguration());
        try (RunLock lock = directory.lock("run")) {
            return runLocked(spark, spec, directory, options, started);
        }
    }

    private static SweepSummary runLocked(JavaSparkContext spark, SweepSpec spec, RunDirectory directory,
                                          Options options, Instant started) throws IOException {
        java.util.Optional<RunMetadata> existing = RunMetadataFile.read(directory);
        if (existing.isEmpty()) {
            requireNoResultsWithoutRunJson(directory);
        }
        RunMetadata metadata = existing.map(found -> requireSameSpec(found, spec, directory))
                .orElseGet(() -> RunMetadataFactory.create(spec,
                        PartitionAssignment.forSpec(spec, spark.defaultParallelism())));
        OpenRun run = OpenRun.of(directory, metadata, spec);
        run.requireSameInputs();
        RunMetadataFile.write(directory, metadata);
        if (existing.isPresent() && options.hotStart()) {
            // Resuming a run that stopped early: shards committed before the stop count, merged or not.
            MergeReport resumed = MergeService.merge(run, true, options.progressInterval());
            LOG.info("resuming {}: {}", directory, resumed.summary());
        }

        Set<String> alreadyDone = options.hotStart() ? keysInResults(directory) : Set.of();
        Set<String> wanted = spec.configs().stream().map(SweepConfig::key)
                .filter(key -> !alreadyDone.contains(key)).collect(Collectors.toSet());
        if (!alreadyDone.isEmpty()) {
            LOG.info("hot start: {} of {} configs are already in results.h5 and are skipped", alreadyDone.size(),
                    spec.configs().size());
        }
        List<PartitionTask> tasks = ShardPlanner.plan(directory, spec, run.assignment(), wanted);
        SweepJob.Outcome outcome = new SweepJob(spark, options.progressInterval())
                .run(spec, directory, metadata.runId(), tasks, new LayoutFeasibilityCheck(spec));
        return SweepSummary.finish(run, "run", spark.master(), started, wanted.size(), outcome, options,
                options.hotStart());
    }

    /**
     * Shards or results without run.json belong to a run whose run.json was lost: a new run there would take them for
     * another run's and quarantine them all, so refuse rather than start afresh.
     */
    private static void requireNoResultsWithoutRunJson(RunDirectory directory) throws IOException {
        if (directory.fileSystem().exists(directory.shardsDir()) || directory.fileSystem().exists(directory.resultsFile())) {
            throw new InvalidInputException(directory + " holds shards or results.h5 but no run.json: restore run.json "
                    + "(it names the run and its partitions), or give --out a new directory");
        }
    }

    private static RunMetadata requireSameSpec(RunMetadata existing, SweepSpec spec, RunDirectory directory) {
        if (!existing.specYaml().equals(spec.yamlText())) {
            throw new InvalidInputException(directory + " already holds run '" + existing.name()
                    + "' of a different spec; give another --out, or use 'windsweep rerun " + directory
                    + "' to finish that run");
        }
        return existing;
    }

    private static Set<String> keysInResults(RunDirectory directory) throws IOException {
        try {
            return directory.readResults().map(ResultsFile::results).orElse(List.of()).stream()
                    .map(StoredResult::key).collect(Collectors.toCollection(HashSet::new));
        } catch (LayoutException e) {
            LOG.warn("results.h5 is not readable ({}); computing every config (merge will replace it)", e.getMessage());
            return Set.of();
        }
    }
}
