package org.windsweep.cli;

import org.windsweep.run.MergeService;
import org.windsweep.run.HadoopSettings;
import org.windsweep.store.MergeReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "merge", mixinStandardHelpOptions = true,
        description = {"Validate every expected partition's shards, move invalid ones to RUN/quarantine/ (with a "
                + ".reason.txt), and merge the valid configs into RUN/results.h5 (written aside, then renamed) and "
                + "RUN/manifest.json.",
                "Safe to repeat: merging twice gives the same results.h5. While another run, rerun or merge holds the "
                        + "run directory's lock, merge is refused (exit 2) naming it; 'status' reads a run in progress.",
                "Exit code 0 when every config has a result, 3 when some failed or are missing."})
final class MergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "the run directory (local path or Hadoop URI)")
    String run;

    @Option(names = "--no-hot-start", description = "do not keep results of the previous results.h5; rebuild it from the shards alone")
    boolean noHotStart;

    @Option(names = "--json", description = "print the merge statistics as one JSON object")
    boolean json;

    @Mixin
    ProgressOption progress;

    @Override
    public Integer call() throws Exception {
        MergeReport report = MergeService.merge(run, HadoopSettings.fromEnvironment(), !noHotStart, progress.interval());
        if (json) {
            System.out.println(JsonOutput.line(SummaryPrinter.mergeFields(report)));
        } else {
            SummaryPrinter.printMerge(System.out, report);
        }
        return Main.exitCode(report.manifest().totals().complete());
    }
}
