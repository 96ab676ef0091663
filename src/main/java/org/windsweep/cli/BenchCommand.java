package org.windsweep.cli;

import picocli.CommandLine.Command;

/** {@code windsweep bench ...}: performance measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Performance benchmarks.",
        subcommands = {BenchAepCommand.class, OptimizeBenchCommand.class})
public final class BenchCommand {
}
