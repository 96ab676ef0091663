package org.windsweep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.windsweep.InvalidInputException;
import org.windsweep.optimize.Cancellation;
import org.windsweep.optimize.LayoutOptimizer;
import org.windsweep.optimize.LayoutProblem;
import org.windsweep.optimize.LayoutResult;
import org.windsweep.optimize.OptimizationStrategy;
import org.windsweep.optimize.OptimizerSettings;
import org.windsweep.optimize.SmartStartSettings;
import org.windsweep.sweep.SpecLimits;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Benchmarks the layout optimiser on IEA Task 37 case study 1: for each farm size, every seed is optimised
 * single-threaded, one after another, and the median and best AEP and the median wall time per configuration are
 * reported beside the best result of Baker et al. 2019. Each configuration runs single-threaded; the thread's
 * CPU time is reported too.
 */
@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = "Benchmark smart start + refinement on IEA37 case study 1 (16/36/64 turbines), or with"
                + " --full-resolution on the original sweep's workload.")
public final class OptimizeBenchCommand implements Callable<Integer> {

    /** CPU time of the benchmarking thread: wall time alone says little on a machine shared with others. */
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** The settings the optimiser was tuned with on this case (see LayoutOptimizer's tests). */
    static final int DEFAULT_GRID_SIZE = 51;
    static final double DEFAULT_RANDOM_PCT = 2;

    @Option(names = "--turbines", split = ",", description = "farm sizes (default: ${DEFAULT-VALUE})")
    int[] turbines = {16, 36, 64};

    @Option(names = "--seeds", description = "seeds per farm size (default: ${DEFAULT-VALUE})")
    int seeds = 20;

    @Option(names = "--seed-start", description = "first seed (default: ${DEFAULT-VALUE})")
    long seedStart = 0;

    @Option(names = "--strategy", description = "optimiser strategy: fast or thorough (default: ${DEFAULT-VALUE})")
    String strategy = OptimizationStrategy.FAST.specName();

    @Option(names = "--starts", description = "smart starts per config (default: the strategy's)")
    Integer starts;

    @Option(names = "--wake-expansion", split = ",",
            description = "wake widening factors of the continuation stages, widest first (default: the strategy's)")
    List<Double> wakeExpansion;

    @Option(names = "--grid-size", description = "smart start grid size (default: ${DEFAULT-VALUE})")
    int gridSize = DEFAULT_GRID_SIZE;

    @Option(names = "--random-pct", description = "smart start random_pct (default: ${DEFAULT-VALUE})")
    double randomPct = DEFAULT_RANDOM_PCT;

    @Option(names = "--max-iterations", description = "iterations of each SQP run (each stage, the true model, each relocation) (default: ${DEFAULT-VALUE})")
    int maxIterations = 400;

    @Option(names = "--time-limit-s", description = "wall time limit per config (default: ${DEFAULT-VALUE})")
    double timeLimitS = 60;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    boolean json;

    @Option(names = "--case", description = "instead of case study 1: an example spec with regions and a baseline"
            + " layout (iea37-cs3, iea37-cs4), run with its own smart start and optimiser settings over --seeds")
    String siteCase;

    @Option(names = "--full-resolution", description = {"the original sweep's workload instead of IEA37 case study 1:"
            + " Horns Rev 1 at 360 x 23 bins, Nygaard_2022, IEA37_3.35MW 1.1 D apart in a 25 km2 pentagon, grid 18 and"
            + " random_pct 30, smart start only and with refinement; per seed AEP, iterations, why it stopped, wall and"
            + " CPU time. Its defaults: --turbines 16,49 --seeds 5 --max-iterations 200 --time-limit-s 600"})
    boolean fullResolution;

    @Option(names = "--smart-start-only", description = "with --full-resolution: leave out the refined runs")
    boolean smartStartOnly;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec commandSpec;

    /** The most seeds per farm size: each is a whole optimisation. */
    private static final int MAX_SEEDS = 10_000;
    /** The options of the IEA37 case study 1 benchmark that the other two (--case, --full-resolution) fix themselves. */
    private static final List<String> CASE_STUDY_ONE_OPTIONS = List.of("--seed-start", "--strategy", "--starts",
            "--wake-expansion", "--grid-size", "--random-pct");

    @Override
    public Integer call() {
        requireOptionsInRange();
        if (siteCase != null) {
            ObjectNode result = SiteCaseBench.run(siteCase, seeds, !json);
            System.out.println(json ? result.toString() : result.toPrettyString());
            return 0;
        }
        if (fullResolution) {
            FullResolutionBench bench = new FullResolutionBench(given("--turbines") ? turbines : new int[] {16, 49},
                    given("--seeds") ? seeds : 5, given("--max-iterations") ? maxIterations : 200,
                    given("--time-limit-s") ? timeLimitS : 600, !smartStartOnly);
            ObjectNode report = bench.run(json);
            if (json) {
                System.out.println(report.toString());
            }
            return 0;
        }
        SmartStartSettings smartStart = new SmartStartSettings(gridSize, randomPct);
        OptimizationStrategy named = OptimizationStrategy.byName(strategy);
        OptimizerSettings optimizer = new OptimizerSettings(maxIterations, timeLimitS, named,
                starts != null ? starts : named.starts(), wakeExpansion != null ? wakeExpansion : named.wakeExpansion(),
                true);
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode out = mapper.createObjectNode();
        out.put("case", "IEA37 case study 1");
        out.put("grid_size", gridSize);
        out.put("random_pct", randomPct);
        out.put("max_iterations", maxIterations);
        out.put("strategy", optimizer.strategy().specName());
        out.put("starts", optimizer.starts());
        optimizer.wakeExpansion().forEach(out.putArray("wake_expansion")::add);
        out.put("seed_start", seedStart);
        out.put("seeds", seeds);
        ArrayNode farms = out.putArray("farms");
        for (int n : turbines) {
            LayoutProblem problem = Iea37CaseStudy.problem(n);
            // JIT warm-up on the fast strategy: its code paths are the thorough one's too, at a fraction of the time
            LayoutOptimizer.optimize(problem, smartStart, new OptimizerSettings(maxIterations, timeLimitS), 0,
                    Cancellation.none());
            double[] aep = new double[seeds];
            double[] wall = new double[seeds];
            double[] cpu = new double[seeds];
            double[] iterations = new double[seeds];
            double worstViolation = 0;
            int converged = 0;
            Map<String, Integer> stopReasons = new TreeMap<>();
            for (int s = 0; s < seeds; s++) {
                long cpuStart = THREADS.getCurrentThreadCpuTime();
                LayoutResult r = LayoutOptimizer.optimize(problem, smartStart, optimizer, seedStart + s,
                        Cancellation.none());
                cpu[s] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
                aep[s] = r.aep();
                wall[s] = r.wallS();
                iterations[s] = r.iterations();
                worstViolation = Math.max(worstViolation, r.maxViolationM());
                converged += r.converged() ? 1 : 0;
                stopReasons.merge(r.stopReason().label(), 1, Integer::sum);
                // progress on stderr: a long benchmark shows what it has done so far
                System.err.printf(java.util.Locale.ROOT, "n=%d seed %d: %.3f GWh, %d iterations, %s, %.1f s%n", n,
                        seedStart + s, r.aep(), r.iterations(), r.stopReason().label(), r.wallS());
            }
            ObjectNode farm = farms.addObject();
            farm.put("n_turbines", n);
            farm.put("median_aep_gwh", Statistics.median(aep));
            farm.put("best_aep_gwh", Arrays.stream(aep).max().orElseThrow());
            farm.put("paper_best_aep_gwh", Iea37CaseStudy.paperBestGwh(n));
            farm.put("median_wall_s", Statistics.median(wall));
            farm.put("max_wall_s", Arrays.stream(wall).max().orElseThrow());
            farm.put("median_cpu_s", Statistics.median(cpu));
            farm.put("median_iterations", Statistics.median(iterations));
            Arrays.stream(aep).forEach(farm.putArray("aep_gwh_per_seed")::add);
            farm.put("converged", converged);
            stopReasons.forEach(farm.putObject("stop_reasons")::put);
            farm.put("max_violation_m", worstViolation);
            if (!json) {
                System.out.printf(java.util.Locale.ROOT,
                        "n=%d  median %.3f GWh  best %.3f GWh (paper best %.3f)  median wall %.3f s  max wall %.3f s"
                                + "  median cpu %.3f s  median iterations %.0f  converged %d/%d  stop reasons %s"
                                + "  max violation %.1e m%n",
                        n, Statistics.median(aep), farm.get("best_aep_gwh").asDouble(), Iea37CaseStudy.paperBestGwh(n),
                        Statistics.median(wall), farm.get("max_wall_s").asDouble(), Statistics.median(cpu), Statistics.median(iterations), converged,
                        seeds, stopReasons, worstViolation);
            }
        }
        if (json) {
            System.out.println(out.toString());
        }
        return 0;
    }

    /** Whether the option was given on the command line (rather than left at its default). */
    /**
     * Options out of range, or given to a form of the benchmark they do not apply to, are bad input before anything
     * runs (they crashed in the statistics, hung on a huge grid, wrapped a seed, or were ignored with exit 0).
     */
    private void requireOptionsInRange() {
        if (seeds < 1 || seeds > MAX_SEEDS) {
            throw new InvalidInputException("--seeds must be 1.." + MAX_SEEDS + ", got " + seeds);
        }
        if (seedStart < 0 || seedStart > SpecLimits.MAX_SEED - seeds + 1) {
            throw new InvalidInputException("--seed-start must be 0.." + (SpecLimits.MAX_SEED - seeds + 1)
                    + " (seeds are at most 2^53 - 1), got " + seedStart);
        }
        if (gridSize > SpecLimits.MAX_GRID_SIZE) {
            throw new InvalidInputException("--grid-size must be at most " + SpecLimits.MAX_GRID_SIZE + ", got "
                    + gridSize);
        }
        if (!(timeLimitS > 0 && timeLimitS <= SpecLimits.MAX_TIME_LIMIT_S)) {
            throw new InvalidInputException("--time-limit-s must be above 0 and at most " + SpecLimits.MAX_TIME_LIMIT_S
                    + " s, got " + timeLimitS);
        }
        if (maxIterations < 0 || maxIterations > SpecLimits.MAX_ITERATIONS) {
            throw new InvalidInputException("--max-iterations must be 0.." + SpecLimits.MAX_ITERATIONS + ", got "
                    + maxIterations);
        }
        if (siteCase != null || fullResolution) {
            String form = siteCase != null ? "--case" : "--full-resolution";
            List<String> fixed = new ArrayList<>(CASE_STUDY_ONE_OPTIONS);
            if (siteCase != null) {
                fixed.addAll(List.of("--turbines", "--max-iterations", "--time-limit-s", "--full-resolution",
                        "--smart-start-only"));
            }
            for (String option : fixed) {
                if (given(option)) {
                    throw new InvalidInputException(option + " does not apply with " + form
                            + ", which sets its own; leave it out");
                }
            }
        }
        if (smartStartOnly && !fullResolution) {
            throw new InvalidInputException("--smart-start-only applies with --full-resolution only");
        }
        for (int n : turbines) {
            if (fullResolution ? n < 1 || n > SpecLimits.MAX_TURBINES
                    : Arrays.stream(Iea37CaseStudy.turbineCounts()).noneMatch(count -> count == n)) {
                throw new InvalidInputException("--turbines: " + n + " is not one of " + (fullResolution ? "1.."
                        + SpecLimits.MAX_TURBINES : Arrays.toString(Iea37CaseStudy.turbineCounts())
                        + " (IEA37 case study 1's farms)"));
            }
        }
    }

    private boolean given(String option) {
        return commandSpec.commandLine().getParseResult().hasMatchedOption(option);
    }

}
