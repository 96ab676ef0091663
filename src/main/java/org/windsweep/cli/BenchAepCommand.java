package org.windsweep.cli;

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
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import org.windsweep.inputs.AepCase;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code windsweep bench aep [--json]}: single-thread AEP and AEP+gradient timings (medians after warm-up) for the
 * IEA37 16/36/64-turbine layouts with IEA37SimpleBastankhahGaussian over the 16 IEA37 directions, and Nygaard_2022
 * on the 64-turbine layout, next to PyWake's times for the same cases.
 */
@Command(name = "aep", mixinStandardHelpOptions = true,
        description = "Single-thread AEP and AEP+gradient timings (median ms after warm-up) on the IEA37 cases.")
public final class BenchAepCommand implements Callable<Integer> {

    /** A benchmark case: a bundled IEA37 layout, the model to time, and PyWake's times for it [ms]. */
    private record BenchCase(String name, String resource, String model, double pywakeAepMs, double pywakeGradMs) {
    }

    private static final List<BenchCase> CASES = List.of(
            new BenchCase("iea37_16", "iea37_16_IEA37SimpleBastankhahGaussian.json", WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN, 2.15, 22),
            new BenchCase("iea37_36", "iea37_36_IEA37SimpleBastankhahGaussian.json", WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN, 5.43, 63),
            new BenchCase("iea37_64", "iea37_64_IEA37SimpleBastankhahGaussian.json", WakeModels.IEA37_SIMPLE_BASTANKHAH_GAUSSIAN, 10.1, 201),
            new BenchCase("iea37_64", "iea37_64_IEA37SimpleBastankhahGaussian.json", WakeModels.NYGAARD_2022, 37.1, 612));

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print a JSON array, one object per case")
    private boolean json;

    @Option(names = "--warmup-s", description = "warm-up time per case and operation [s] (default ${DEFAULT-VALUE})")
    private double warmupSeconds = 1.5;

    @Option(names = "--runs", description = "timed calls per case and operation (default ${DEFAULT-VALUE})")
    private int runs = 101;

    @Option(names = "--in-process", description = "time every case in this JVM instead of one fresh JVM per case"
            + " (a fresh JVM keeps one case's JIT profile from slowing another's)")
    private boolean inProcess;

    @Option(names = "--case-index", hidden = true, description = "time only this case (used by the per-case JVMs)")
    private Integer caseIndex;

    @Override
    public Integer call() {
        ObjectMapper mapper = new ObjectMapper();
        ArrayNode results = mapper.createArrayNode();
        PrintWriter out = spec.commandLine().getOut();
        if (!json) {
            out.printf("%-10s %-30s %5s %5s %10s %10s %10s %10s%n", "case", "model", "n_wt", "n_wd", "aep_ms", "x PyWake",
                    "grad_ms", "x PyWake");
        }
        for (int index = 0; index < CASES.size(); index++) {
            if (caseIndex != null && caseIndex != index) {
                continue;
            }
            BenchCase bench = CASES.get(index);
            ObjectNode row = inProcess || caseIndex != null ? time(bench, results) : timeInFreshJvm(index, mapper, results);
            if (!json) {
                double aepMs = row.get("aep_ms").asDouble();
                double gradMs = row.get("aep_grad_ms").asDouble();
                out.printf("%-10s %-30s %5d %5d %10.4f %10.1f %10.4f %10.1f%n", bench.name(), bench.model(),
                        row.get("n_wt").asInt(), row.get("n_wd").asInt(), aepMs, bench.pywakeAepMs() / aepMs, gradMs,
                        bench.pywakeGradMs() / gradMs);
            }
        }
        if (json) {
            out.println(results.toPrettyString());
        }
        out.flush();
        return 0;
    }

    /** Times one case in this JVM and appends its row to results. */
    private ObjectNode time(BenchCase bench, ArrayNode results) {
        AepCase aepCase = AepCase.parse(resource(bench.resource()), bench.resource());
        WindFarmModel model = new WindFarmModel(aepCase.turbine(), aepCase.site(), WakeModels.byName(bench.model()));
        double[] x = aepCase.x();
        double[] y = aepCase.y();
        double[] dx = new double[x.length];
        double[] dy = new double[x.length];
        Timing aep = median(() -> model.aep(x, y).total());
        Timing grad = median(() -> model.aepWithGradient(x, y, dx, dy));
        double aepMs = aep.wallMs();
        double gradMs = grad.wallMs();
        ObjectNode row = results.addObject();
        row.put("case", bench.name());
        row.put("model", bench.model());
        row.put("n_wt", x.length);
        row.put("n_wd", aepCase.site().wdCount());
        row.put("aep_ms", aepMs);
        row.put("aep_grad_ms", gradMs);
        row.put("aep_cpu_ms", aep.cpuMs());
        row.put("aep_grad_cpu_ms", grad.cpuMs());
        row.put("pywake_aep_ms", bench.pywakeAepMs());
        row.put("pywake_aep_grad_ms", bench.pywakeGradMs());
        row.put("speedup_aep", bench.pywakeAepMs() / aepMs);
        row.put("speedup_aep_grad", bench.pywakeGradMs() / gradMs);
        return row;
    }

    /** Times one case in a child JVM (same java, same class path) and appends the row it reports to results. */
    private ObjectNode timeInFreshJvm(int index, ObjectMapper mapper, ArrayNode results) {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "bench", "aep", "--json", "--case-index", Integer.toString(index),
                "--warmup-s", Double.toString(warmupSeconds), "--runs", Integer.toString(runs));
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

    /** Runs the call repeatedly for the warm-up time, then returns the medians of single-call times. */
    private Timing median(java.util.function.DoubleSupplier call) {
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
