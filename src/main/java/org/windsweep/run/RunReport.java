package org.windsweep.run;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.windsweep.report.HtmlReport;
import org.windsweep.report.ReportData;
import org.windsweep.store.AepBreakdown;
import org.windsweep.store.Manifest;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepConfig;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Writes RUN/report.html from the run's spec, results.h5 and manifest.json. */
public final class RunReport {

    public static final String FILE_NAME = "report.html";

    private RunReport() {
    }

    /** @return where the report was written */
    public static String write(String location, Configuration hadoopConfiguration) throws IOException {
        RunStatus status = RunStatus.of(location, hadoopConfiguration);
        OpenRun run = OpenRun.open(location, hadoopConfiguration);
        byte[] html = HtmlReport.render(data(run, status)).getBytes(StandardCharsets.UTF_8);
        Path target = new Path(run.directory().root(), FILE_NAME);
        run.directory().publish(html, target, "report", readBack -> { });
        return target.toString();
    }

    static ReportData data(OpenRun run, RunStatus status) {
        List<ReportData.ConfigResult> results = new ArrayList<>();
        for (StoredResult result : status.results()) {
            SweepConfig config = run.spec().config(result.key());
            AepBreakdown b = result.breakdown();
            Double baseline = b == null ? null : b.baselineAep();
            results.add(new ReportData.ConfigResult(result.key(), config.farmIdx(), config.typeIdx(), config.ssSeed(),
                    result.aep(), result.aepInitial(), result.x(), result.y(), config.minSpacingM(),
                    b == null ? null : b.aepPerTurbine(), b == null ? null : b.turbineWakeLossPct(),
                    b == null ? null : b.wakeLossPct(result.aep()), baseline,
                    baseline == null ? null : b.gainOverBaselinePct(result.aep())));
        }
        List<ReportData.FailedConfig> failed = new ArrayList<>();
        for (Manifest.Partition partition : status.manifest().partitions()) {
            partition.failed().forEach(f -> failed.add(new ReportData.FailedConfig(f.key(), partition.id(),
                    partition.status().name(), f.reason())));
            partition.missing().forEach(key -> failed.add(new ReportData.FailedConfig(key, partition.id(),
                    partition.status().name(), "no result: " + partition.reason())));
        }
        Manifest.Totals t = status.totals();
        return new ReportData(run.metadata().name(), run.spec().wakeModel(),
                run.spec().farms().stream()
                        .map(farm -> new ReportData.Farm(FarmDrawing.outline(farm), FarmDrawing.windRose(farm.site())))
                        .toList(),
                run.spec().turbines().stream().map(turbine -> turbine.name()).toList(),
                results, failed, new ReportData.Totals(t.configsExpected(), t.configsOk(), t.configsFailed(),
                t.configsMissing()));
    }
}
