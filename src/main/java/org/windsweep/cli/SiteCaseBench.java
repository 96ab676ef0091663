package org.windsweep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.windsweep.InvalidInputException;
import org.windsweep.optimize.Cancellation;
import org.windsweep.optimize.LayoutOptimizer;
import org.windsweep.optimize.LayoutProblem;
import org.windsweep.optimize.LayoutResult;
import org.windsweep.optimize.RegionBoundary;
import org.windsweep.physics.WindFarmModel;
import org.windsweep.sweep.BaselineLayout;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

/**
 * Benchmarks the optimiser on a case study shipped as an example spec with a baseline layout
 * ({@code examples/iea37-cs3.yaml}, {@code examples/iea37-cs4.yaml}): the spec's first config's farm, turbine and
 * settings over seeds 0, 1, ..., each single-threaded, one after another; median and best AEP, the gain over the
 * baseline and wall and CPU times. Every layout is checked with {@link IndependentFeasibility}.
 */
final class SiteCaseBench {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private SiteCaseBench() {
    }

    /** @param caseName an example spec's name, such as iea37-cs4 (read from examples/ under the working directory) */
    static ObjectNode run(String caseName, int seeds, boolean print) {
        Path specFile = Path.of("examples", caseName + ".yaml");
        if (!Files.isRegularFile(specFile)) {
            throw new InvalidInputException("--case " + caseName + ": no " + specFile.toAbsolutePath() + "; give"
                    + " iea37-cs3 or iea37-cs4 and run from the project directory");
        }
        SweepSpec spec = SweepSpecParser.parseFile(specFile);
        SweepConfig config = spec.configs().get(0);
        LayoutProblem problem = spec.problemFor(config);
        BaselineLayout baseline = spec.farms().get(config.farmIdx()).baseline();
        WindFarmModel model = spec.modelFor(config.farmIdx(), config.typeIdx());
        double baselineGwh = baseline == null ? Double.NaN : model.aep(baseline.x(), baseline.y()).total();

        double[] aep = new double[seeds];
        double[] wall = new double[seeds];
        double[] cpu = new double[seeds];
        double worstViolation = 0;
        int converged = 0;
        for (int s = 0; s < seeds; s++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            LayoutResult r = LayoutOptimizer.optimize(problem, spec.smartStart(), spec.optimizerSettings(), s,
                    Cancellation.none());
            cpu[s] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            requireFeasible(problem, r, s);
            aep[s] = r.aep();
            wall[s] = r.wallS();
            worstViolation = Math.max(worstViolation, r.maxViolationM());
            converged += r.converged() ? 1 : 0;
            if (print) {
                System.out.printf(Locale.ROOT, "%s seed %d: %.2f MWh  wall %.1f s  cpu %.1f s  iterations %d%n",
                        caseName, s, r.aep() * 1000, r.wallS(), cpu[s], r.iterations());
            }
        }
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("case", caseName);
        out.put("n_turbines", config.nTurbines());
        out.put("seeds", seeds);
        out.put("grid_size", spec.smartStart().gridSize());
        out.put("random_pct", spec.smartStart().randomPct());
        out.put("max_iterations", spec.optimizerSettings().maxIterations());
        out.put("time_limit_s", spec.optimizerSettings().timeLimitS());
        out.put("baseline_aep_mwh", baselineGwh * 1000);
        out.put("median_aep_mwh", Statistics.median(aep) * 1000);
        out.put("best_aep_mwh", Arrays.stream(aep).max().orElseThrow() * 1000);
        out.put("best_gain_over_baseline_pct", 100 * (Arrays.stream(aep).max().orElseThrow() / baselineGwh - 1));
        out.put("median_gain_over_baseline_pct", 100 * (Statistics.median(aep) / baselineGwh - 1));
        out.put("median_wall_s", Statistics.median(wall));
        out.put("max_wall_s", Arrays.stream(wall).max().orElseThrow());
        out.put("median_cpu_s", Statistics.median(cpu));
        out.put("converged", converged);
        out.put("max_violation_m", worstViolation);
        out.put("independently_feasible", seeds);
        return out;
    }

    /** Checks the layout with JTS, independently of the optimiser's own boundary code. */
    private static void requireFeasible(LayoutProblem problem, LayoutResult r, int seed) {
        RegionBoundary boundary = (RegionBoundary) problem.boundary();
        String violation = IndependentFeasibility.violation(boundary.regions(), boundary.exclusions(),
                boundary.setbackM(), problem.minSpacingM(), r.x(), r.y());
        if (violation != null) {
            throw new IllegalStateException("seed " + seed + ": infeasible layout: " + violation);
        }
    }

}
