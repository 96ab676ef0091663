package org.windsweep.cli;

import java.util.Locale;
import org.windsweep.InvalidInputException;
import org.windsweep.run.HadoopSettings;
import org.windsweep.run.RunStatus;
import org.windsweep.store.Manifest;
import org.windsweep.spark.StatusTables;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "status", mixinStandardHelpOptions = true,
        description = {"Where a run stands after its last merge: configs per status and per farm, failure reasons, "
                + "quarantined files, and the best AEP per farm and turbine type.",
                "--sql runs a Spark SQL query over the tables results, partitions and failed; --parquet exports them."})
final class StatusCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN", description = "the run directory (local path or Hadoop URI)")
    String run;

    @Option(names = "--json", description = "one JSON object instead of text")
    boolean json;

    @Option(names = "--sql", paramLabel = "QUERY",
            description = "a Spark SQL query over results(key, farm_idx, type_idx, ss_seed, n_turbines, aep, "
                    + "aep_initial, iterations, converged, max_violation_m, wall_s, aep_wake_free, wake_loss_pct, "
                    + "baseline_aep, gain_over_baseline_pct), partitions(id, status, reason, "
                    + "configs_expected, configs_ok, shards) and failed(partition, key, reason)")
    String sql;

    @Option(names = "--parquet", paramLabel = "DIR",
            description = "write the three tables as Parquet under DIR/results, DIR/partitions, DIR/failed")
    String parquet;

    @Override
    public Integer call() throws Exception {
        if (json && (sql != null || parquet != null)) {
            throw new InvalidInputException("--json does not apply with --sql or --parquet (Spark shows a query's rows"
                    + " as a table); leave it out, or export with --parquet and read the tables");
        }
        RunStatus status = RunStatus.of(run, HadoopSettings.fromEnvironment());
        if (sql != null || parquet != null) {
            StatusTables.queryAndExport(status, sql, parquet);
            return 0;
        }
        if (json) {
            System.out.println(JsonOutput.line(fields(status)));
        } else {
            print(System.out, status);
        }
        return Main.exitCode(status.totals().complete());
    }

    private static Map<String, Object> fields(RunStatus status) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("run", status.run());
        fields.put("name", status.name());
        fields.put("merged_at", status.mergedAt());
        fields.put("totals", Map.of("configs_expected", status.totals().configsExpected(),
                "configs_ok", status.totals().configsOk(), "configs_failed", status.totals().configsFailed(),
                "configs_missing", status.totals().configsMissing()));
        fields.put("partitions_by_status", status.partitionsByStatus());
        fields.put("shards_since_merge", status.shardsSinceMerge());
        fields.put("farms", status.farms().stream().map(f -> Map.of("farm_idx", f.farmIdx(), "farm", f.farm(),
                "expected", f.expected(), "ok", f.ok(), "failed", f.failed(), "missing", f.missing())).toList());
        fields.put("failure_reasons", status.failureReasons());
        fields.put("quarantined", status.quarantined().stream().map(q -> Map.of("file", q.file(),
                "status", statusName(q), "reason", q.reason())).toList());
        fields.put("best", status.best().stream().map(b -> {
            Map<String, Object> best = new LinkedHashMap<>();
            best.put("farm_idx", b.farmIdx());
            best.put("farm", b.farm());
            best.put("type_idx", b.typeIdx());
            best.put("turbine", b.turbine());
            best.put("key", b.key());
            best.put("aep_gwh", b.aepGwh());
            best.put("configs_ok", b.configsOk());
            best.put("wake_loss_pct", b.wakeLossPct());
            best.put("gain_over_baseline_pct", b.gainOverBaselinePct());
            return best;
        }).toList());
        return fields;
    }

    /** A quarantined file whose reason file was lost has no status. */
    private static String statusName(Manifest.Quarantined quarantined) {
        return quarantined.status() == null ? "UNKNOWN" : quarantined.status().name();
    }

    private static void print(PrintStream out, RunStatus status) {
        var t = status.totals();
        out.printf(Locale.ROOT, "run %s (%s), merged %s%n", status.name(), status.run(), status.mergedAt());
        out.printf(Locale.ROOT, "configs: %d expected, %d ok, %d failed, %d missing%n", t.configsExpected(), t.configsOk(),
                t.configsFailed(), t.configsMissing());
        out.println("partitions: " + status.partitionsByStatus());
        if (status.shardsSinceMerge() > 0) {
            out.printf(Locale.ROOT, "note: %d shard files are not in the last merge (committed since, or left unread); run "
                    + "'windsweep merge %s' to include them%n", status.shardsSinceMerge(), status.run());
        }
        out.printf(Locale.ROOT, "%-5s %-24s %9s %6s %7s %8s%n", "farm", "name", "expected", "ok", "failed", "missing");
        status.farms().forEach(f -> out.printf(Locale.ROOT, "%-5d %-24s %9d %6d %7d %8d%n", f.farmIdx(), f.farm(), f.expected(),
                f.ok(), f.failed(), f.missing()));
        if (!status.failureReasons().isEmpty()) {
            out.println("failure reasons:");
            status.failureReasons().forEach((reason, count) -> out.printf(Locale.ROOT, "  %5d x %s%n", count, reason));
        }
        if (!status.quarantined().isEmpty()) {
            out.println("quarantined:");
            status.quarantined().forEach(q -> out.printf(Locale.ROOT, "  %s: %s%n", q.file(), q.reason()));
        }
        out.println("best AEP per farm and turbine type:");
        status.best().forEach(b -> out.printf(java.util.Locale.ROOT, "  %-20s %-16s %12.4f GWh  %s (%d configs)%s%s%n",
                b.farm(), b.turbine(), b.aepGwh(), b.key(), b.configsOk(),
                b.wakeLossPct() == null ? "" : String.format(java.util.Locale.ROOT, ", wake loss %.2f %%", b.wakeLossPct()),
                b.gainOverBaselinePct() == null ? ""
                        : String.format(java.util.Locale.ROOT, ", %+.2f %% over baseline", b.gainOverBaselinePct())));
    }
}
