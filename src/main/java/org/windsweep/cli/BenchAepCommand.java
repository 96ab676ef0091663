package org.windsweep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.windsweep.InvalidInputException;
import org.windsweep.inputs.AepCase;
import org.windsweep.physics.Site;
import org.windsweep.physics.Turbine;
import org.windsweep.physics.TurbineLibrary;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code windsweep bench aep [--json]}: single-thread AEP and AEP+gradient timings (medians after warm-up), next to
 * PyWake's times for the same cases where we have them:
 * <ul>
 *   <li>the IEA37 16/36/64-turbine layouts with IEA37SimpleBastankhahGaussian over the 16 IEA37 directions, and
 *       Nygaard_2022 on the 64-turbine layout;</li>
 *   <li>full resolution, the workload users run: Horns Rev 1 Weibull sectors binned at 360 directions x 23 speeds
 *       (3..25 m/s), square grids at 4 D, Nygaard_2022 and NiayifarGaussian with 16, 49 and 100 V80s and
 *       Nygaard_2022 with 16 and 49 IEA37_3.35MW.</li>
 * </ul>
 * The PyWake times stored with the rows were measured on another machine ({@link #STORED_PYWAKE_TIMES});
 * {@code --pywake-times FILE} divides by PyWake's times measured on this machine instead ({@link PyWakeTimes}).
 */
@Command(name = "aep", mixinStandardHelpOptions = true,
        description = "Single-thread AEP and AEP+gradient timings (median ms after warm-up) on the IEA37 cases and at"
                + " full resolution (Horns Rev 1, 360 x 23 bins).")
public final class BenchAepCommand implements Callable<Integer> {

    /** Which rows to time. */
    enum CaseSet { IEA37, FULL_RESOLUTION, ALL }

    /** A wind farm to time: turbine, site and layout. */
    private record Farm(Turbine turbine, Site site, double[] x, double[] y) {
    }

    /**
     * A benchmark case: its farm, the model to time, PyWake's times for it [ms] (null where not measured), and whether
     * it is a full-resolution row (fewer timed calls: each takes up to seconds).
     */
    private record BenchCase(String name, Supplier<Farm> farm, String model, Double pywakeAepMs, Double pywakeGradMs,
                             boolean fullResolution) {
    }

    private static final List<BenchCase> CASES = List.of(
            iea37("iea37_16", "iea37_16_IEA37SimpleBastankhahGaussian.json", WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN, 2.15, 22),
            iea37("iea37_36", "iea37_36_IEA37SimpleBastankhahGaussian.json", WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN, 5.43, 63),
            iea37("iea37_64", "iea37_64_IEA37SimpleBastankhahGaussian.json", WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN, 10.1, 201),
            iea37("iea37_64", "iea37_64_IEA37SimpleBastankhahGaussian.json", WakeModels.NYGAARD_2022, 37.1, 612),
            fullResolution("V80", 16, WakeModels.NYGAARD_2022, 259.0, 1610.0),
            fullResolution("V80", 49, WakeModels.NYGAARD_2022, 2030.0, 15200.0),
            fullResolution("V80", 100, WakeModels.NYGAARD_2022, null, null),
            fullResolution("IEA37_3.35MW", 16, WakeModels.NYGAARD_2022, 227.0, 2070.0),
            fullResolution("IEA37_3.35MW", 49, WakeModels.NYGAARD_2022, 2340.0, 16600.0),
            fullResolution("V80", 16, WakeModels.NIAYIFAR_GAUSSIAN, null, null),
            fullResolution("V80", 49, WakeModels.NIAYIFAR_GAUSSIAN, null, null),
            fullResolution("V80", 100, WakeModels.NIAYIFAR_GAUSSIAN, null, null));

    private static BenchCase iea37(String name, String resource, String model, double pywakeAepMs, double pywakeGradMs) {
        Supplier<Farm> farm = () -> {
            AepCase aepCase = AepCase.parse(resource(resource), resource);
            return new Farm(aepCase.turbine(), aepCase.site(), aepCase.x(), aepCase.y());
        };
        return new BenchCase(name, farm, model, pywakeAepMs, pywakeGradMs, false);
    }

    /** A square grid of n turbines (n a square) at 4 D on Horns Rev 1 at 360 x 23 bins. */
    private static BenchCase fullResolution(String turbineName, int n, String model, Double pywakeAepMs, Double pywakeGradMs) {
        Supplier<Farm> farm = () -> {
            Turbine turbine = TurbineLibrary.builtIn(turbineName);
            int side = (int) Math.round(Math.sqrt(n));
            double spacing = 4 * turbine.diameter();
            double[] x = new double[n];
            double[] y = new double[n];
            for (int i = 0; i < n; i++) {
                x[i] = (i % side) * spacing;
                y[i] = (i / side) * spacing;
            }
            return new Farm(turbine, HornsRev1.fullResolutionSite(), x, y);
        };
        return new BenchCase("hr1_" + turbineName + "_" + n, farm, model, pywakeAepMs, pywakeGradMs, true);
    }

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print a JSON array, one object per case")
    private boolean json;

    @Option(names = "--warmup-s", description = "warm-up time per IEA37 case and operation [s] (default ${DEFAULT-VALUE})")
    private double warmupSeconds = 1.5;

    /**
     * A full-resolution call takes 5-800 ms, so 1.5 s is a handful of calls: the compiler is still at work on the
     * staged loops, and a 49-turbine AEP timed then was 1.4 times its steady time.
     */
    @Option(names = "--full-resolution-warmup-s", description = "warm-up time per full-resolution case and operation"
            + " [s] (default ${DEFAULT-VALUE})")
    private double fullResolutionWarmupSeconds = 8;

    @Option(names = "--runs", description = "timed calls per IEA37 case and operation (default ${DEFAULT-VALUE})")
    private int runs = 101;

    @Option(names = "--full-resolution-runs", description = "timed calls per full-resolution case and operation"
            + " (default ${DEFAULT-VALUE})")
    private int fullResolutionRuns = 7;

    @Option(names = "--cases", description = "which rows: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE})")
    private CaseSet cases = CaseSet.ALL;

    @Option(names = "--in-process", description = "time every case in this JVM instead of one fresh JVM per case"
            + " (a fresh JVM keeps one case's JIT profile from slowing another's)")
    private boolean inProcess;

    @Option(names = "--pywake-times", paramLabel = "FILE", description = "PyWake's times for the rows, measured on this"
            + " machine by bench/pywake_times.py, instead of the stored ones (measured on another machine)")
    private Path pywakeTimesFile;

    @Option(names = "--case-index", hidden = true, description = "time only this case (used by the per-case JVMs)")
    private Integer caseIndex;

    @Override
    public Integer call() {
        requireWarmup("--warmup-s", warmupSeconds);
        requireWarmup("--full-resolution-warmup-s", fullResolutionWarmupSeconds);
        requireRuns("--runs", runs);
        requireRuns("--full-resolution-runs", fullResolutionRuns);
        PyWakeTimes measured = pywakeTimesFile == null ? null : PyWakeTimes.read(pywakeTimesFile, rowKeys());
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode results = mapper.createArrayNode();
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf(Locale.ROOT, "%-22s %-30s %5s %5s %5s %10s %10s %10s %10s%n", "case", "model", "n_wt", "n_wd", "n_ws", "aep_ms",
                    "x PyWake", "grad_ms", "x PyWake");
        }
        for (int index = 0; index < CASES.size(); index++) {
            BenchCase bench = CASES.get(index);
            if (caseIndex != null ? caseIndex != index : !selected(bench)) {
                continue;
            }
            ObjectNode row = inProcess || caseIndex != null ? time(bench, results) : timeInFreshJvm(index, mapper, results);
            putPyWakeComparison(row, bench, measured);
            if (!json) {
                out.printf(Locale.ROOT, "%-22s %-30s %5d %5d %5d %10.4f %10s %10.4f %10s%n", bench.name(), bench.model(),
                        row.get("n_wt").asInt(), row.get("n_wd").asInt(), row.get("n_ws").asInt(),
                        row.get("aep_ms").asDouble(), ratio(row.get("speedup_aep")), row.get("aep_grad_ms").asDouble(),
                        ratio(row.get("speedup_aep_grad")));
            }
        }
        if (json) {
            out.println(results.toPrettyString());
        } else {
            out.println("PyWake times: " + pyWakeTimesSource(measured) + "; '-' where there is none.");
        }
        out.flush();
        return 0;
    }

    /** An hour: a longer warm-up overflowed its deadline in nanoseconds (1e10 s) and was skipped. */
    private static final double MAX_WARMUP_S = 3600;
    /** Timed calls per case and operation: each is kept for the median (2^31 ran out of memory). */
    private static final int MAX_RUNS = 1_000_000;

    private static void requireWarmup(String option, double seconds) {
        if (!(seconds >= 0 && seconds <= MAX_WARMUP_S)) {
            throw new InvalidInputException(option + " must be 0.." + MAX_WARMUP_S + " s, got " + seconds);
        }
    }

    private static void requireRuns(String option, int count) {
        if (count < 1 || count > MAX_RUNS) {
            throw new InvalidInputException(option + " must be 1.." + MAX_RUNS + " timed calls, got " + count);
        }
    }

    private boolean selected(BenchCase bench) {
        return switch (cases) {
            case IEA37 -> !bench.fullResolution();
            case FULL_RESOLUTION -> bench.fullResolution();
            case ALL -> true;
        };
    }

    private static String ratio(JsonNode speedup) {
        return speedup.isNull() ? "-" : String.format(Locale.ROOT, "%.1f", speedup.asDouble());
    }

    /** Times one case in this JVM and appends its row to results. */
    private ObjectNode time(BenchCase bench, ArrayNode results) {
        Farm farm = bench.farm().get();
        WindFarmModel model = new WindFarmModel(farm.turbine(), farm.site(), WakeModels.byName(bench.model()));
        double[] x = farm.x();
        double[] y = farm.y();
        double[] dx = new double[x.length];
        double[] dy = new double[x.length];
        int timedCalls = bench.fullResolution() ? fullResolutionRuns : runs;
        double warmup = bench.fullResolution() ? fullResolutionWarmupSeconds : warmupSeconds;
        Timing aep = median(() -> model.aep(x, y).total(), warmup, timedCalls);
        Timing grad = median(() -> model.aepWithGradient(x, y, dx, dy), warmup, timedCalls);
        double aepMs = aep.wallMs();
        double gradMs = grad.wallMs();
        ObjectNode row = results.addObject();
        row.put("case", bench.name());
        row.put("model", bench.model());
        row.put("turbine", farm.turbine().name());
        row.put("n_wt", x.length);
        row.put("n_wd", farm.site().wdCount());
        row.put("n_ws", farm.site().wsCount());
        row.put("aep_gwh", model.aep(x, y).total());
        row.put("aep_ms", aepMs);
        row.put("aep_grad_ms", gradMs);
        row.put("aep_cpu_ms", aep.cpuMs());
        row.put("aep_grad_cpu_ms", grad.cpuMs());
        return row;
    }

    /** Where the PyWake times stored with the rows (CASES) come from. */
    private static final String STORED_PYWAKE_TIMES = "stored figures, measured on another machine (the hr1_ rows by the"
            + " author of issue 10 on the 2-core development machine, PyWake b81c149, one process, warm)";

    /**
     * Puts PyWake's times for the row [ms] (null where not measured), where they come from and our speed-ups against
     * them into it.
     */
    private static void putPyWakeComparison(ObjectNode row, Double pywakeAepMs, Double pywakeGradMs, String source) {
        row.put("pywake_aep_ms", pywakeAepMs);
        row.put("pywake_aep_grad_ms", pywakeGradMs);
        row.put("pywake_times_from", pywakeAepMs == null ? null : source);
        row.put("speedup_aep", pywakeAepMs == null ? null : pywakeAepMs / row.get("aep_ms").asDouble());
        row.put("speedup_aep_grad", pywakeGradMs == null ? null : pywakeGradMs / row.get("aep_grad_ms").asDouble());
    }

    /**
     * Puts the comparison with PyWake's times for the row into it: times from the --pywake-times file if one was given
     * (none where it has none), else the stored ones.
     */
    private void putPyWakeComparison(ObjectNode row, BenchCase bench, PyWakeTimes measured) {
        if (measured == null) {
            putPyWakeComparison(row, bench.pywakeAepMs(), bench.pywakeGradMs(), pyWakeTimesSource(null));
            return;
        }
        PyWakeTimes.Times times = measured.of(bench.name(), bench.model());
        putPyWakeComparison(row, times == null ? null : times.aepMs(), times == null ? null : times.aepGradMs(),
                pyWakeTimesSource(measured));
    }

    /** Where the rows' PyWake times come from: the table's last line and each JSON row's pywake_times_from. */
    private String pyWakeTimesSource(PyWakeTimes measured) {
        return measured == null ? STORED_PYWAKE_TIMES
                : pywakeTimesFile + " (PyWake " + measured.version() + ", timed by bench/pywake_times.py)";
    }

    /** The keys (PyWakeTimes.key) of every row bench aep can time. */
    private static Set<String> rowKeys() {
        Set<String> keys = new HashSet<>();
        for (BenchCase bench : CASES) {
            keys.add(PyWakeTimes.key(bench.name(), bench.model()));
        }
        return keys;
    }

    /** Times one case in a child JVM (same java, same class path) and appends the row it reports to results. */
    private ObjectNode timeInFreshJvm(int index, ObjectMapper mapper, ArrayNode results) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "aep", "--json", "--case-index", Integer.toString(index),
                "--warmup-s", Double.toString(warmupSeconds), "--runs", Integer.toString(runs),
                "--full-resolution-warmup-s", Double.toString(fullResolutionWarmupSeconds),
                "--full-resolution-runs", Integer.toString(fullResolutionRuns));
        try {
            Process child = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (child.waitFor() != 0) {
                throw new IllegalStateException("benchmark JVM for case " + index + " failed: " + output);
            }
            ObjectNode row = (ObjectNode) mapper.readTree(output).get(0);
            results.add(row);
            return row;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while benchmarking", e);
        }
    }

    /** Median wall-clock and thread-CPU time of one call [ms]; CPU time shows what a loaded machine hides. */
    private record Timing(double wallMs, double cpuMs) {
    }

    /** Runs the call repeatedly for warmupSeconds, then returns the medians of runs single-call times. */
    private static Timing median(java.util.function.DoubleSupplier call, double warmupSeconds, int runs) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double sink = 0;
        long warmupEnd = System.nanoTime() + (long) (warmupSeconds * 1e9);
        while (System.nanoTime() < warmupEnd) {
            sink += call.getAsDouble();
        }
        double[] wall = new double[runs];
        double[] cpu = new double[runs];
        for (int r = 0; r < runs; r++) {
            long cpuStart = threads.getCurrentThreadCpuTime();
            long start = System.nanoTime();
            sink += call.getAsDouble();
            wall[r] = (System.nanoTime() - start) / 1e6;
            cpu[r] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
        }
        if (Double.isNaN(sink)) {
            throw new IllegalStateException("benchmark produced NaN");
        }
        Arrays.sort(wall);
        Arrays.sort(cpu);
        return new Timing(wall[runs / 2], cpu[runs / 2]);
    }

    private static String resource(String name) {
        try (InputStream in = BenchAepCommand.class.getResourceAsStream("/org/windsweep/bench/" + name)) {
            if (in == null) {
                throw new IllegalStateException("benchmark case " + name + " is missing from the application");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
