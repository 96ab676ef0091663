package org.windsweep.cli;

import picocli.CommandLine.Option;

import java.time.Duration;

/** The interval between progress lines, for the commands that can run long: run, rerun, merge. */
final class ProgressOption {

    @Option(names = "--progress-interval", paramLabel = "SECONDS", defaultValue = "5",
            description = "seconds between progress lines (default ${DEFAULT-VALUE})")
    double progressIntervalS;

    Duration interval() {
        if (!(progressIntervalS > 0) || progressIntervalS > Long.MAX_VALUE / 1000.0) {
            throw new org.windsweep.InvalidInputException("--progress-interval must be a positive number of seconds, got "
                    + progressIntervalS);
        }
        return Duration.ofMillis(Math.max(1, Math.round(progressIntervalS * 1000)));
    }
}
