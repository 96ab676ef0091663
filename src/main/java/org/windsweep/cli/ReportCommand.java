package org.windsweep.cli;

import org.windsweep.run.RunReport;
import org.windsweep.run.HadoopSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Write RUN/report.html: one self-contained page (inline SVG, no network access) with the best "
                + "layout per farm and turbine type, the AEP across seeds, the gain of refinement over smart start and "
                + "the failed configs.")
final class ReportCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "the run directory (local path or Hadoop URI), merged")
    String run;

    @Override
    public Integer call() throws Exception {
        System.out.println("wrote " + RunReport.write(run, HadoopSettings.fromEnvironment()));
        return 0;
    }
}
