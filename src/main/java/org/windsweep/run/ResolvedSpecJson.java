package org.windsweep.run;

import java.util.LinkedHashMap;
import java.util.Map;
import org.windsweep.optimize.OptimizerSettings;
import org.windsweep.sweep.SweepSpec;

/**
 * run.json's {@code resolved} values: what the run actually used, defaults included, in snake_case (the YAML text is
 * stored beside them).
 */
final class ResolvedSpecJson {

    private ResolvedSpecJson() {
    }

    static Map<String, Object> of(SweepSpec spec) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", spec.name());
        json.put("source", spec.sourceName());
        json.put("base_dir", spec.baseDir());
        json.put("wake_model", spec.wakeModel());
        json.put("farms", spec.farms().stream().map(farm -> ordered("name", farm.name(), "n_turbines", farm.turbineCounts(),
                "wd_bins", farm.site().wdCount(), "ws_bins", farm.site().wsCount())).toList());
        json.put("turbines", spec.turbines().stream()
                .map(t -> ordered("name", t.name(), "diameter", t.diameter(), "hub_height", t.hubHeight())).toList());
        json.put("seeds", ordered("start", spec.seeds().start(), "count", spec.seeds().count()));
        json.put("smart_start", ordered("grid_size", spec.smartStart().gridSize(), "random_pct", spec.smartStart().randomPct()));
        OptimizerSettings settings = spec.optimizerSettings();
        json.put("optimizer", ordered("strategy", settings.strategy().specName(), "starts", settings.starts(),
                "wake_expansion", settings.wakeExpansion(), "relocate", settings.relocate(),
                "max_iterations", settings.maxIterations(),
                "time_limit_s", settings.timeLimitS(), "hard_limit_s", spec.optimizer().hardLimitS()));
        json.put("spacing_d", spec.spacingD());
        spec.partitions().ifPresent(p -> json.put("partitions", p));
        json.put("config_count", spec.configs().size());
        return json;
    }

    /** A map of name, value, name, value, ... that keeps that order in the JSON. */
    private static Map<String, Object> ordered(Object... namesAndValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            map.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return map;
    }
}
