package org.windsweep.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.windsweep.physics.Turbine;

/**
 * A sweep's configs in their stable order, and each one found by its key. The order (farms outermost, then turbine
 * types, seeds and the farm's turbine counts) is part of the contract: partition assignment deals configs out in it,
 * and reruns rely on it being the same.
 */
final class SweepConfigs implements Serializable {

    private static final long serialVersionUID = 1L;

    private final List<SweepConfig> all;
    private final Map<String, SweepConfig> byKey;

    private SweepConfigs(List<SweepConfig> all) {
        this.all = List.copyOf(all);
        Map<String, SweepConfig> index = new LinkedHashMap<>();
        all.forEach(config -> index.put(config.key(), config));
        this.byKey = Map.copyOf(index);
    }

    /** Farms x turbine types x seeds x the farm's turbine counts, in that nesting. */
    static SweepConfigs expand(List<Farm> farms, List<Turbine> turbines, SeedRange seeds, double spacingD,
            boolean turbineCountInKey) {
        List<SweepConfig> all = new ArrayList<>();
        for (int f = 0; f < farms.size(); f++) {
            Farm farm = farms.get(f);
            for (int t = 0; t < turbines.size(); t++) {
                Turbine turbine = turbines.get(t);
                for (int s = 0; s < seeds.count(); s++) {
                    long seed = seeds.seed(s);
                    for (int n : farm.turbineCounts()) {
                        all.add(new SweepConfig(SweepConfig.keyOf(f, t, seed, n, turbineCountInKey), f, t, seed, n,
                                farm.name(), turbine.name(), turbine.diameter(), turbine.hubHeight(), spacingD * turbine.diameter()));
                    }
                }
            }
        }
        return new SweepConfigs(all);
    }

    List<SweepConfig> all() {
        return all;
    }

    /** The config with this key, or null. */
    SweepConfig byKey(String key) {
        return byKey.get(key);
    }
}
