package org.windsweep.cli;

import java.util.Locale;
import org.windsweep.spark.SweepSummary;
import org.windsweep.store.Manifest;
import org.windsweep.store.MergeReport;
import org.windsweep.store.ShardStatus;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/** How run, rerun and merge report their outcome on stdout, as text or one JSON object. */
final class SummaryPrinter {

    private SummaryPrinter() {
    }

    /** Prints the summary and returns the exit code. */
    static int print(SweepSummary summary, boolean json) {
        PrintStream out = System.out;
        if (json) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("run", summary.runLocation());
            fields.put("configs_computed", summary.configsComputed());
            fields.put("configs_failed_in_job", summary.configsFailedInJob());
            fields.put("job_failure", summary.jobFailure());
            if (summary.merge() != null) {
                fields.put("merge", mergeFields(summary.merge()));
            }
            fields.put("exit_code", Main.exitCode(summary.complete()));
            out.println(JsonOutput.line(fields));
        } else {
            out.printf(Locale.ROOT, "%s: %d configs computed, %d of them failed%n", summary.runLocation(),
                    summary.configsComputed(), summary.configsFailedInJob());
            if (summary.jobFailure() != null) {
                out.println("the Spark job failed: " + summary.jobFailure());
            }
            if (summary.merge() != null) {
                printMerge(out, summary.merge());
            }
            if (!summary.complete()) {
                out.println("not every config has a result: see 'windsweep status " + summary.runLocation()
                        + "', then 'windsweep rerun " + summary.runLocation() + "'");
            }
        }
        return Main.exitCode(summary.complete());
    }

    static void printMerge(PrintStream out, MergeReport report) {
        out.println("merge: " + report.summary());
        for (Manifest.Partition partition : report.manifest().partitions()) {
            if (partition.status() != ShardStatus.OK) {
                out.printf(Locale.ROOT, "  partition %d: %s: %s%n", partition.id(), partition.status(), partition.reason());
            }
        }
        report.duplicates().forEach(line -> out.println("  duplicate: " + line));
        report.notes().forEach(line -> out.println("  note: " + line));
    }

    static Map<String, Object> mergeFields(MergeReport report) {
        Map<String, Object> fields = new LinkedHashMap<>();
        Manifest.Totals totals = report.manifest().totals();
        fields.put("configs_expected", totals.configsExpected());
        fields.put("configs_ok", totals.configsOk());
        fields.put("configs_failed", totals.configsFailed());
        fields.put("configs_missing", totals.configsMissing());
        fields.put("shards_read", report.shardsRead());
        fields.put("quarantined", report.manifest().quarantined().size());
        fields.put("duplicates", report.duplicates());
        fields.put("elapsed_s", report.elapsedMillis() / 1000.0);
        return fields;
    }


}
