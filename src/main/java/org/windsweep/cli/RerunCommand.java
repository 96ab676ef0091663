package org.windsweep.cli;

import org.apache.spark.api.java.JavaSparkContext;
import org.windsweep.run.HadoopSettings;
import org.windsweep.run.OpenRun;
import org.windsweep.spark.RerunService;
import org.windsweep.spark.RunService;
import org.windsweep.spark.SparkContexts;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "rerun", mixinStandardHelpOptions = true,
        description = {"Recompute exactly what the last merge found not OK, with the run's original partition "
                + "assignment: missing and invalid partitions whole, partial ones only for their failed configs "
                + "(into a supplementary shard part-NNNNN.rK.h5); then merge.",
                "Results already in results.h5 are always kept (to rebuild results.h5 from the shards alone: merge "
                        + "--no-hot-start, then rerun).",
                "Exit code 0 when every config has a result, 3 when some still fail."})
final class RerunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "the run directory (local path or Hadoop URI)")
    String run;

    @Mixin
    SweepOptions sweepOptions;

    @Override
    public Integer call() throws Exception {
        RunService.Options options = sweepOptions.toOptions(true);
        OpenRun.open(run, HadoopSettings.fromEnvironment()); // a bad run directory is one line before Spark starts
        try (JavaSparkContext spark = SparkContexts.startCore("windsweep rerun " + run)) {
            return SummaryPrinter.print(RerunService.rerun(spark, run, options), sweepOptions.json);
        }
    }
}
