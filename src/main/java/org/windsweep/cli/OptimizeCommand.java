package org.windsweep.cli;

import org.windsweep.InvalidInputException;
import org.windsweep.optimize.Cancellation;
import org.windsweep.optimize.LayoutOptimizer;
import org.windsweep.optimize.LayoutResult;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a spec's configs in this JVM, without Spark: for trying a spec, and as the baseline of Spark's overhead. */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Optimise a sweep's configs in this JVM (no Spark) and print one result per config.",
                "With --json: one JSON object per line (key, aep_gwh, aep_initial_gwh, iterations, converged, "
                        + "stop_reason, max_violation_m, wall_s, x_m, y_m); a failed config prints key and error."})
final class OptimizeCommand implements Callable<Integer> {

    @Option(names = "--spec", paramLabel = "SPEC", description = "sweep spec (YAML); default: the embedded demo spec")
    String spec;

    @Option(names = "--config", paramLabel = "KEY", description = "only these configs (repeatable), e.g. farm0_t0_s3")
    List<String> keys = new ArrayList<>();

    @Option(names = "--threads", paramLabel = "N", defaultValue = "1",
            description = "configs optimised at once (default ${DEFAULT-VALUE})")
    int threads;

    @Option(names = "--json", description = "JSON lines instead of a table")
    boolean json;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    @Override
    public Integer call() throws Exception {
        if (threads < 1) {
            throw new InvalidInputException("--threads must be at least 1, got " + threads);
        }
        SweepSpec sweep = SpecLoader.load(spec);
        List<SweepConfig> configs = selected(sweep.configs());
        PrintWriter out = commandSpec.commandLine().getOut();
        if (!json) {
            out.printf(Locale.ROOT, "%-24s %12s %12s %6s %9s %-19s %10s %8s%n",
                    "key", "aep_gwh", "initial_gwh", "iter", "converged", "stop_reason", "violation", "wall_s");
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        boolean allOk = true;
        try {
            List<Future<Map<String, Object>>> results = new ArrayList<>();
            for (SweepConfig config : configs) {
                results.add(pool.submit(() -> optimise(sweep, config)));
            }
            for (Future<Map<String, Object>> result : results) {
                Map<String, Object> line = result.get();
                allOk &= !line.containsKey("error");
                out.println(json ? JsonOutput.line(line) : tableRow(line));
                out.flush();
            }
        } finally {
            pool.shutdownNow();
        }
        return Main.exitCode(allOk);
    }

    private List<SweepConfig> selected(List<SweepConfig> all) {
        if (keys.isEmpty()) {
            return all;
        }
        Set<String> known = new java.util.HashSet<>();
        all.forEach(config -> known.add(config.key()));
        for (String key : keys) {
            if (!known.contains(key)) {
                throw new InvalidInputException("--config " + key + ": no such config in this spec; keys look like "
                        + all.get(0).key() + " (farm index, turbine index, seed)");
            }
        }
        return all.stream().filter(config -> keys.contains(config.key())).toList();
    }

    private static Map<String, Object> optimise(SweepSpec sweep, SweepConfig config) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("key", config.key());
        try {
            LayoutResult result = LayoutOptimizer.optimize(sweep.problemFor(config), sweep.smartStart(),
                    sweep.optimizerSettings(), config.ssSeed(), Cancellation.afterSeconds(sweep.optimizer().hardLimitS()));
            line.put("aep_gwh", result.aep());
            line.put("aep_initial_gwh", result.aepInitial());
            line.put("iterations", result.iterations());
            line.put("converged", result.converged());
            line.put("stop_reason", result.stopReason().label());
            line.put("max_violation_m", result.maxViolationM());
            line.put("wall_s", result.wallS());
            line.put("x_m", result.x());
            line.put("y_m", result.y());
        } catch (RuntimeException e) {
            line.put("error", e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        return line;
    }

    private static String tableRow(Map<String, Object> line) {
        if (line.containsKey("error")) {
            return String.format(Locale.ROOT, "%-24s failed: %s", line.get("key"), line.get("error"));
        }
        return String.format(Locale.ROOT, "%-24s %12.4f %12.4f %6d %9s %-19s %10.2e %8.3f", line.get("key"),
                line.get("aep_gwh"), line.get("aep_initial_gwh"), line.get("iterations"), line.get("converged"),
                line.get("stop_reason"), line.get("max_violation_m"), line.get("wall_s"));
    }
}
