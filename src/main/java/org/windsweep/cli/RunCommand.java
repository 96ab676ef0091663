package org.windsweep.cli;

import org.apache.spark.api.java.JavaSparkContext;
import org.windsweep.run.HadoopSettings;
import org.windsweep.run.OutputLocation;
import org.windsweep.spark.RunService;
import org.windsweep.spark.SparkContexts;
import org.windsweep.spark.SweepSummary;
import org.windsweep.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a sweep on Spark: optimise every config, commit one verified HDF5 shard per partition, "
                + "then merge them into RUN/results.h5 and RUN/manifest.json.",
                "The spec is checked completely before Spark starts. Configs already in RUN/results.h5 are skipped "
                        + "(hot start) unless --no-hot-start.",
                "Exit code 0 when every config has a result, 3 when some failed or are missing (see 'status', "
                        + "then 'rerun'), 2 for bad input."})
final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SPEC",
            description = "sweep spec (YAML); default: the embedded demo spec")
    String spec;

    @Option(names = "--out", paramLabel = "RUN",
            description = "run directory: a local path or a Hadoop FileSystem URI (file://, hdfs://, s3a://); "
                    + "default ./runs/<spec name>")
    String out;

    @Option(names = "--no-hot-start", description = "recompute configs that results.h5 already holds, and let merge "
            + "start results.h5 afresh")
    boolean noHotStart;

    @Mixin
    SweepOptions sweepOptions;

    @Override
    public Integer call() throws Exception {
        SweepSpec sweep = SpecLoader.load(spec);
        String runLocation = out != null ? out : "runs/" + sweep.name();
        RunService.Options options = sweepOptions.toOptions(!noHotStart);
        OutputLocation.requireWritable(runLocation, HadoopSettings.fromEnvironment());
        try (JavaSparkContext spark = SparkContexts.startCore("windsweep run " + sweep.name())) {
            SweepSummary summary = RunService.run(spark, sweep, runLocation, options);
            return SummaryPrinter.print(summary, sweepOptions.json);
        }
    }
}
