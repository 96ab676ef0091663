package org.windsweep.cli;

import org.windsweep.spark.RunService;
import picocli.CommandLine.Option;

import java.time.Duration;

/** Options shared by run and rerun. */
final class SweepOptions {

    @Option(names = "--no-merge", description = "commit the shards but do not merge them")
    boolean noMerge;

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "seconds between progress lines (default ${DEFAULT-VALUE})")
    double progressIntervalS;

    @Option(names = "--json", description = "print the summary as one JSON object")
    boolean json;

    /** @param hotStart false for run --no-hot-start; rerun always keeps what results.h5 holds */
    RunService.Options toOptions(boolean hotStart) {
        if (!(progressIntervalS > 0)) {
            throw new org.windsweep.InvalidInputException("--progress-interval must be a positive number of seconds, got "
                    + progressIntervalS);
        }
        return new RunService.Options(hotStart, !noMerge, Duration.ofMillis(Math.round(progressIntervalS * 1000)));
    }
}
