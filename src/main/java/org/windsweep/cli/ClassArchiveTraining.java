package org.windsweep.cli;

import java.nio.file.Path;

/**
 * The training run of the launcher's class-data archive (submit/build-common.sh): the one-shot subcommands users run
 * most, in one JVM, so that the archive the JVM writes at its exit holds the classes they load. What they print is of
 * no interest (the launcher discards it), nor whether they succeed: a checkout without examples/ trains on less.
 */
final class ClassArchiveTraining {

    private ClassArchiveTraining() {
    }

    /** args[0]: the checkout's root. */
    public static void main(String[] args) {
        Path examples = Path.of(args[0], "examples");
        Main.execute("aep", "--case", examples.resolve("aep-case-hornsrev1-v80-16.json").toString(), "--json");
        Main.execute("optimize", "--config", "farm0_t0_s1", "--json");
    }
}
