package org.windsweep.run;

import org.windsweep.store.MergeReport;
import org.windsweep.store.Merger;
import org.windsweep.store.RunInfo;
import org.windsweep.store.RunLock;
import org.windsweep.store.ShardValidator;

import java.io.IOException;
import java.nio.file.Path;

/** Validates every expected partition's shards and merges the valid configs into results.h5 and manifest.json. */
public final class MergeService {

    private MergeService() {
    }

    public static MergeReport merge(OpenRun run, boolean hotStart) throws IOException {
        RunInfo info = new RunInfo(run.metadata().runId(), run.spec().smartStart().gridSize(),
                run.spec().smartStart().randomPct());
        Merger merger = new Merger(run.directory(), new ShardValidator(new LayoutFeasibilityCheck(run.spec())),
                Path.of(System.getProperty("java.io.tmpdir")));
        return merger.merge(info, run.expectedPartitions(), hotStart);
    }

    /** The merge subcommand: no Spark needed, the driver reads every shard itself. */
    public static MergeReport merge(String runLocation, org.apache.hadoop.conf.Configuration hadoopConfiguration,
                                    boolean hotStart) throws IOException {
        OpenRun run = OpenRun.open(runLocation, hadoopConfiguration);
        try (RunLock lock = run.directory().lock("merge")) {
            return merge(run, hotStart);
        }
    }
}
