package org.windsweep.run;

import org.windsweep.InvalidInputException;
import org.windsweep.store.ExpectedPartition;
import org.windsweep.store.Manifest;
import org.windsweep.store.MergeReport;
import org.windsweep.store.Merger;
import org.windsweep.store.RunInfo;
import org.windsweep.store.RunLock;
import org.windsweep.store.ShardValidator;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Validates every expected partition's shards and merges the valid configs into results.h5 and manifest.json. */
public final class MergeService {

    private MergeService() {
    }

    /** @param progressInterval time between progress lines (configs merged, rate, ETA) while shards are validated */
    public static MergeReport merge(OpenRun run, boolean hotStart, Duration progressInterval) throws IOException {
        requireSameRunAsLastMerge(run);
        RunInfo info = new RunInfo(run.metadata().runId(), run.spec().smartStart().gridSize(),
                run.spec().smartStart().randomPct());
        Merger merger = new Merger(run.directory(), new ShardValidator(new LayoutFeasibilityCheck(run.spec())),
                Path.of(System.getProperty("java.io.tmpdir")));
        List<ExpectedPartition> partitions = run.expectedPartitions();
        long configs = partitions.stream().mapToLong(partition -> partition.keys().size()).sum();
        try (ProgressReporter progress = new ProgressReporter("merge", merger::configsExamined,
                merger::configsWithoutResult, configs, progressInterval)) {
            return merger.merge(info, partitions, hotStart);
        }
    }

    /**
     * Shards and results.h5 carry the run id they were written for, and merge quarantines what is not of run.json's
     * run: a run.json whose run id was edited (or copied from another run) would have every valid file set aside.
     * The last merge's manifest names the run id the files are of; a disagreement is refused before anything moves.
     */
    private static void requireSameRunAsLastMerge(OpenRun run) throws IOException {
        Optional<Manifest> last;
        try {
            last = run.directory().readManifest();
        } catch (IOException damaged) {
            return; // a damaged manifest names no run; the merge replaces it
        }
        String runId = run.metadata().runId();
        if (last.isPresent() && !last.get().runId().equals(runId)) {
            throw new InvalidInputException(run.directory() + "/run.json is of run " + runId + " but its last merge "
                    + "(manifest.json) was of run " + last.get().runId() + ": run.json was edited or copied from "
                    + "another run; restore its run_id (nothing was merged or quarantined)");
        }
    }

    /** The merge subcommand: no Spark needed, the driver reads every shard itself. */
    public static MergeReport merge(String runLocation, org.apache.hadoop.conf.Configuration hadoopConfiguration,
                                    boolean hotStart, Duration progressInterval) throws IOException {
        OpenRun run = OpenRun.open(runLocation, hadoopConfiguration);
        try (RunLock lock = run.directory().lock("merge")) {
            return merge(run, hotStart, progressInterval);
        }
    }
}
