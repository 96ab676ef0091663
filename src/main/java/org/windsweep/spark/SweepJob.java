package org.windsweep.spark;

import org.windsweep.run.ProgressReporter;
import org.windsweep.run.TestFaults;
import org.windsweep.run.PartitionTask;
import org.windsweep.run.PartitionReport;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.windsweep.store.ResultCheck;
import org.windsweep.store.RunDirectory;
import org.windsweep.sweep.SweepSpec;

import java.time.Duration;
import java.util.List;

/**
 * The driver side of computing shards: one Spark task per partition task, live progress while they run, and the
 * reports of what was committed. A job that fails (a task out of retries) does not lose the shards that other
 * tasks committed: the caller merges whatever is there.
 */
final class SweepJob {

    private static final Logger LOG = LoggerFactory.getLogger(SweepJob.class);

    /** What the job did: the committed partitions, and why the job failed if it did. */
    record Outcome(List<PartitionReport> reports, String failure) {
    }

    private static final String JOB_GROUP = "windsweep";
    /** Beyond one config's hard limit, what a killed task may take to write or abandon its shard. */
    private static final Duration KILLED_TASK_MARGIN = Duration.ofSeconds(60);

    private final JavaSparkContext spark;
    private final Duration progressInterval;

    SweepJob(JavaSparkContext spark, Duration progressInterval) {
        this.spark = spark;
        this.progressInterval = progressInterval;
    }

    /**
     * Spark kills the tasks of a failed job, but they end on their own time: each stops after its current config
     * (bounded by the hard limit) or commits if it was past its last one. Merging before they end would miss a
     * late commit (the next merge would find it), so the caller merges only after this.
     */
    private static void awaitKilledTasks(JobTasks jobTasks, SweepSpec spec) {
        Duration limit = Duration.ofMillis((long) (spec.optimizer().hardLimitS() * 1000)).plus(KILLED_TASK_MARGIN);
        try {
            if (!jobTasks.awaitAllEnded(limit)) {
                LOG.warn("tasks of the failed job still run after {} s; merging now (a later merge picks up "
                        + "their shards)", limit.toSeconds());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    Outcome run(SweepSpec spec, RunDirectory run, String runId, List<PartitionTask> tasks, ResultCheck check) {
        if (tasks.isEmpty()) {
            return new Outcome(List.of(), null);
        }
        long total = tasks.stream().mapToLong(task -> task.configs().size()).sum();
        SweepProgress progress = new SweepProgress(spark);
        Broadcast<SweepSpec> broadcastSpec = spark.broadcast(spec);
        String faultSetting = spark.getLocalProperty(TestFaults.SPARK_KEY);
        TestFaults faults = TestFaults.parse(faultSetting != null ? faultSetting : spark.getConf().get(TestFaults.SPARK_KEY, ""));
        PartitionComputer computer = new PartitionComputer(broadcastSpec, run.root().toString(), runId, faults, progress,
                spark.hadoopConfiguration());
        ShardWatcher watcher = new ShardWatcher(spark, run, runId, tasks, check);
        JobTasks jobTasks = new JobTasks(spark, JOB_GROUP);
        spark.setJobGroup(JOB_GROUP, "windsweep " + spec.name() + ": " + total + " configs in " + tasks.size()
                + " partitions", false);
        LOG.info("computing {} configs in {} partitions on {}", total, tasks.size(), spark.master());
        try (ProgressReporter reporter = new ProgressReporter("", progress::configsDone, progress::configsFailed, total,
                progressInterval)) {
            try {
                List<PartitionReport> reports = spark.parallelize(tasks, tasks.size()).map(computer::compute).collect();
                LOG.info("done: {}", reporter.currentLine().format());
                return new Outcome(reports, null);
            } catch (Exception e) { // SparkException is a checked exception that javac cannot see here
                String reason = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                LOG.error("the Spark job failed ({}); the shards committed so far are kept and merged", reason);
                awaitKilledTasks(jobTasks, spec);
                return new Outcome(List.of(), reason);
            }
        } finally {
            jobTasks.close();
            watcher.close();
            progress.close();
            broadcastSpec.destroy();
        }
    }
}
