package org.windsweep.spark;
import org.windsweep.run.ShardPlanner;
import org.windsweep.run.PartitionTask;
import org.windsweep.run.OpenRun;
import org.windsweep.run.MergeService;
import org.windsweep.run.LayoutFeasibilityCheck;

import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.windsweep.store.Manifest;
import org.windsweep.store.RunLock;
import org.windsweep.store.ShardStatus;

import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The rerun subcommand: merges, then recomputes exactly what that merge found not OK, in the run's original partitions:
 * every config without a result. A missing or invalid partition (its bad shard is in quarantine) gets them back into
 * its base shard, a partial one into a supplementary shard. Then it merges again.
 */
public final class RerunService {

    private static final Logger LOG = LoggerFactory.getLogger(RerunService.class);

    private RerunService() {
    }

    public static SweepSummary rerun(JavaSparkContext spark, String location, RunService.Options options)
            throws IOException {
        Instant started = Instant.now();
        OpenRun run = OpenRun.open(location, spark.hadoopConfiguration());
        try (RunLock lock = run.directory().lock("rerun")) {
            return rerunLocked(spark, run, options, started);
        }
    }

    private static SweepSummary rerunLocked(JavaSparkContext spark, OpenRun run, RunService.Options options,
                                            Instant started) throws IOException {
        run.requireSameInputs();
        // Merge first rather than trust the last manifest: shards may have been committed, lost or damaged since.
        Manifest manifest = MergeService.merge(run, true, options.progressInterval()).manifest();
        Set<String> wanted = new HashSet<>();
        for (Manifest.Partition partition : manifest.partitions()) {
            // Failed and missing configs are exactly those without a result anywhere: a partition whose base shard
            // is bad gets all of them back (into its base shard, now free), the others only what they lack.
            wanted.addAll(partition.keysToRerun());
        }
        LOG.info("rerun: {} configs to recompute in {} partitions", wanted.size(),
                manifest.partitions().stream().filter(p -> p.status() != ShardStatus.OK).count());
        List<PartitionTask> tasks = ShardPlanner.plan(run.directory(), run.spec(), run.assignment(), wanted);
        SweepJob.Outcome outcome = new SweepJob(spark, options.progressInterval())
                .run(run.spec(), run.directory(), run.metadata().runId(), tasks, new LayoutFeasibilityCheck(run.spec()));
        return SweepSummary.finish(run, "rerun", spark.master(), started, wanted.size(), outcome, options, true);
    }
}
