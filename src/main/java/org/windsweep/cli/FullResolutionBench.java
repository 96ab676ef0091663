package org.windsweep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.windsweep.optimize.Cancellation;
import org.windsweep.optimize.LayoutOptimizer;
import org.windsweep.optimize.LayoutProblem;
import org.windsweep.optimize.LayoutResult;
import org.windsweep.optimize.OptimizerSettings;
import org.windsweep.optimize.PolygonBoundary;
import org.windsweep.optimize.SmartStartSettings;
import org.windsweep.physics.Turbine;
import org.windsweep.physics.TurbineLibrary;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;

/**
 * {@code bench optimize --full-resolution}: the original sweep's workload per config. Horns Rev 1's wind climate at
 * PyWake's default 360 x 23 bins, Nygaard_2022, IEA37 3.35 MW turbines 1.1 D apart in a 5-vertex polygon of 25 km2,
 * smart start on an 18 x 18 grid with random_pct 30; each farm size is run smart start only (max_iterations 0) and
 * with refinement, every seed single-threaded one after another, after one warm-up config.
 */
final class FullResolutionBench {

    /** A convex 5-vertex polygon of 25.0 km2 (5.9 x 5.0 km). */
    private static final double[][] POLYGON = {{0, 0}, {5500, 0}, {5900, 3200}, {2700, 5000}, {-450, 3450}};
    private static final double SPACING_D = 1.1;
    private static final SmartStartSettings SMART_START = new SmartStartSettings(18, 30);

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final int[] turbines;
    private final int seeds;
    private final int maxIterations;
    private final double timeLimitS;
    private final boolean refine;

    /** @param refine whether to run smart start + refinement after smart start only */
    FullResolutionBench(int[] turbines, int seeds, int maxIterations, double timeLimitS, boolean refine) {
        this.turbines = turbines;
        this.seeds = seeds;
        this.maxIterations = maxIterations;
        this.timeLimitS = timeLimitS;
        this.refine = refine;
    }

    /** Runs the benchmark; returns the JSON report, after printing one line per mode and farm size unless json. */
    ObjectNode run(boolean json) {
        Turbine turbine = TurbineLibrary.builtIn("IEA37_3.35MW");
        WindFarmModel model = new WindFarmModel(turbine, HornsRev1.fullResolutionSite(),
                WakeModels.byName(WakeModels.NYGAARD_2022));
        ObjectNode out = new ObjectMapper().createObjectNode();
        out.put("case", "full resolution: Horns Rev 1, 360 x 23 bins, Nygaard_2022, IEA37_3.35MW, 25 km2 pentagon");
        out.put("grid_size", SMART_START.gridSize());
        out.put("random_pct", SMART_START.randomPct());
        out.put("spacing_d", SPACING_D);
        out.put("seeds", seeds);
        ArrayNode rows = out.putArray("configs");
        for (int n : turbines) {
            LayoutProblem problem = new LayoutProblem(new PolygonBoundary(POLYGON), model, n,
                    SPACING_D * turbine.diameter());
            rows.add(measure(problem, new OptimizerSettings(0, timeLimitS), json));
            if (refine) {
                rows.add(measure(problem, new OptimizerSettings(maxIterations, timeLimitS), json));
            }
        }
        return out;
    }

    private ObjectNode measure(LayoutProblem problem, OptimizerSettings settings, boolean json) {
        LayoutOptimizer.optimize(problem, SMART_START, settings, -1, Cancellation.none()); // JIT warm-up
        ObjectNode row = new ObjectMapper().createObjectNode();
        row.put("n_turbines", problem.nTurbines());
        row.put("mode", settings.maxIterations() == 0 ? "smart_start" : "smart_start_and_refinement");
        row.put("max_iterations", settings.maxIterations());
        double[] wall = new double[seeds];
        double[] cpu = new double[seeds];
        double[] aep = new double[seeds];
        ArrayNode perSeed = row.putArray("per_seed");
        for (int s = 0; s < seeds; s++) {
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            LayoutResult r = LayoutOptimizer.optimize(problem, SMART_START, settings, s, Cancellation.none());
            cpu[s] = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            wall[s] = r.wallS();
            aep[s] = r.aep();
            ObjectNode one = perSeed.addObject();
            one.put("seed", s);
            one.put("aep_gwh", r.aep());
            one.put("aep_initial_gwh", r.aepInitial());
            one.put("iterations", r.iterations());
            one.put("stopped", r.stopReason().label());
            one.put("max_violation_m", r.maxViolationM());
            one.put("wall_s", wall[s]);
            one.put("cpu_s", cpu[s]);
        }
        row.put("median_aep_gwh", Statistics.median(aep));
        row.put("median_wall_s", Statistics.median(wall));
        row.put("median_cpu_s", Statistics.median(cpu));
        if (!json) {
            System.out.printf(Locale.ROOT, "n=%d  %-27s median AEP %.3f GWh  median wall %.3f s  median cpu %.3f s%n",
                    problem.nTurbines(), row.get("mode").asText(), Statistics.median(aep), Statistics.median(wall), Statistics.median(cpu));
        }
        return row;
    }
}
