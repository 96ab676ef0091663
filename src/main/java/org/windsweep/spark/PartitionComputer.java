package org.windsweep.spark;
import org.windsweep.run.TestFaults;
import org.windsweep.run.TaskInterruptedException;
import org.windsweep.run.PartitionTask;
import org.windsweep.run.PartitionReport;
import org.windsweep.run.ConfigOutcome;
import org.windsweep.run.ConfigRunner;

import org.apache.spark.TaskContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.LongAccumulator;
import org.windsweep.store.ShardCommitter;
import org.windsweep.store.ShardContents;
import org.windsweep.store.CommittedShard;
import org.windsweep.store.ResultCheck;
import org.windsweep.store.ShardExpectation;
import org.windsweep.store.ShardValidator;
import org.windsweep.store.ShardVerdict;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.StoredFailure;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The executor side of a sweep: computes one partition's configs, writes them as one HDF5 shard on local disk,
 * and commits it into the run directory (attempt-unique copy, full read-back, rename). Spark retries a task whose
 * JVM died; the retry recomputes the same configs (seeded per config) into the same shard name.
 */
final class PartitionComputer implements Serializable {

    private final Broadcast<SweepSpec> spec;
    private final String runDirectory;
    private final String runId;
    private final TestFaults faults;
    private final LongAccumulator configsDone;
    private final LongAccumulator configsFailed;
    private final org.apache.spark.util.SerializableConfiguration hadoopConfiguration;

    PartitionComputer(Broadcast<SweepSpec> spec, String runDirectory, String runId, TestFaults faults,
                      SweepProgress progress, org.apache.hadoop.conf.Configuration hadoopConfiguration) {
        this.spec = spec;
        this.runDirectory = runDirectory;
        this.runId = runId;
        this.faults = faults;
        this.configsDone = progress.doneAccumulator();
        this.configsFailed = progress.failedAccumulator();
        this.hadoopConfiguration = new org.apache.spark.util.SerializableConfiguration(hadoopConfiguration);
    }

    PartitionReport compute(PartitionTask task) throws IOException {
        long start = System.nanoTime();
        RunDirectory run = RunDirectory.open(runDirectory, hadoopConfiguration.value());
        Optional<PartitionReport> earlier = alreadyCommitted(run, task, start);
        if (earlier.isPresent()) {
            return earlier.get(); // an earlier attempt committed, then its executor was lost before reporting
        }
        faults.injectIntoTask(task.configs().stream().map(SweepConfig::key).toList());
        List<StoredResult> results = new ArrayList<>();
        List<StoredFailure> failures = new ArrayList<>();
        ConfigRunner runner = new ConfigRunner(spec.value(), faults);
        try {
            for (SweepConfig config : task.configs()) {
                stopIfKilled(task);
                ConfigOutcome outcome = runner.run(config);
                if (outcome instanceof ConfigOutcome.Computed computed) {
                    results.add(computed.result());
                } else if (outcome instanceof ConfigOutcome.Failed failed) {
                    failures.add(failed.failure());
                    configsFailed.add(1);
                }
                configsDone.add(1);
            }
        } finally {
            runner.close();
        }
        stopIfKilled(task);
        // First commit wins: a speculative copy that finished first, with the same (deterministic) configs.
        earlier = alreadyCommitted(run, task, start);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Path scratch = Path.of(System.getProperty("java.io.tmpdir"));
        CommittedShard committed = new ShardCommitter(run, scratch)
                .commit(new ShardContents(runId, task.shard(), results, failures), attemptId());
        return new PartitionReport(task.shard(), committed.path(), results.size(), failures.size(),
                (System.nanoTime() - start) / 1e9);
    }

    /** A killed task (lost speculative copy, failed or cancelled job) stops between configs and never commits. */
    private static void stopIfKilled(PartitionTask task) {
        if (TaskContext.get().isInterrupted()) {
            throw new TaskInterruptedException("task killed; " + task.shard().fileName() + " not committed");
        }
    }

    /** The task's shard if another attempt of it already committed one that validates for this run. */
    private Optional<PartitionReport> alreadyCommitted(RunDirectory run, PartitionTask task, long startNanos)
            throws IOException {
        if (!run.fileSystem().exists(run.shardFile(task.shard()))) {
            return Optional.empty();
        }
        Set<String> keys = new HashSet<>();
        task.configs().forEach(config -> keys.add(config.key()));
        ShardVerdict verdict = new ShardValidator(ResultCheck.NONE)
                .validateCommitted(run, new ShardExpectation(runId, task.shard(), keys));
        if (!verdict.isTrusted() || !verdict.contents().keys().containsAll(keys)) {
            return Optional.empty();
        }
        return Optional.of(new PartitionReport(task.shard(), run.shardFile(task.shard()).toString(),
                verdict.contents().results().size(), verdict.contents().failures().size(),
                (System.nanoTime() - startNanos) / 1e9));
    }

    /** Unique per task attempt, also across stage retries and speculative copies. */
    private static String attemptId() {
        TaskContext context = TaskContext.get();
        return "stage" + context.stageId() + "." + context.stageAttemptNumber()
                + "-task" + context.taskAttemptId() + "." + context.attemptNumber();
    }
}
