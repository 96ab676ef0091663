package org.windsweep.cli;

import org.windsweep.spark.RunService;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Options shared by run and rerun. */
final class SweepOptions {

    @Option(names = "--no-merge", description = "commit the shards but do not merge them")
    boolean noMerge;

    @Mixin
    ProgressOption progress;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    /** @param hotStart false for run --no-hot-start; rerun always keeps what results.h5 holds */
    RunService.Options toOptions(boolean hotStart) {
        return new RunService.Options(hotStart, !noMerge, progress.interval());
    }
}
