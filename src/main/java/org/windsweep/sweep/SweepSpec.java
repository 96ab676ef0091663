package org.windsweep.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import org.windsweep.optimize.LayoutProblem;
import org.windsweep.optimize.OptimizerSettings;
import org.windsweep.optimize.SmartStartSettings;
import org.windsweep.physics.Turbine;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;

/**
 * A validated, resolved sweep: everything a run needs, with no file left to read, so that the driver can broadcast it
 * to executors. Build it with {@link SweepSpecParser}. Immutable; {@link #problemFor} is safe from many threads.
 */
public final class SweepSpec implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String name;
    private final List<Farm> farms;
    private final List<Turbine> turbines;
    private final String wakeModel;
    private final SeedRange seeds;
    private final SmartStartSettings smartStart;
    private final OptimizerSpec optimizer;
    private final double spacingD;
    private final int partitions;
    private final boolean turbineCountInKey;
    private final String yamlText;
    private final String sourceName;
    private final String baseDir;
    private final List<String> inputFiles;
    private final List<SweepConfig> configs;
    private final Map<String, SweepConfig> configsByKey;

    /**
     * One wind farm model per (farm, turbine type), shared by all its configs since models are immutable. Transient:
     * each JVM builds its own on first use rather than receiving them in the broadcast.
     */
    private transient volatile Map<Integer, WindFarmModel> models;

    SweepSpec(SweepDefinition definition, List<Farm> farms, List<Turbine> turbines, String wakeModel) {
        this.name = definition.name();
        this.farms = List.copyOf(farms);
        this.turbines = List.copyOf(turbines);
        this.wakeModel = wakeModel;
        this.seeds = definition.seeds();
        this.smartStart = definition.smartStart();
        this.optimizer = definition.optimizer();
        this.spacingD = definition.spacingD();
        this.partitions = definition.partitions();
        this.turbineCountInKey = definition.turbineCountInKey();
        this.yamlText = definition.yamlText();
        this.sourceName = definition.sourceName();
        this.baseDir = definition.baseDir();
        this.inputFiles = definition.inputFiles().stream().map(java.nio.file.Path::toString).toList();
        this.configs = expand();
        Map<String, SweepConfig> byKey = new LinkedHashMap<>();
        configs.forEach(config -> byKey.put(config.key(), config));
        this.configsByKey = Map.copyOf(byKey);
    }

    /**
     * Farms x turbine types x seeds x the farm's turbine counts, in that nesting (farms outermost). This order is part
     * of the contract: partition assignment deals configs out in it, and reruns rely on it being the same.
     */
    private List<SweepConfig> expand() {
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
        return List.copyOf(all);
    }

    public String name() {
        return name;
    }

    public List<Farm> farms() {
        return farms;
    }

    public List<Turbine> turbines() {
        return turbines;
    }

    /** The wake model's canonical name (one of {@link WakeModels#names()}). */
    public String wakeModel() {
        return wakeModel;
    }

    public SeedRange seeds() {
        return seeds;
    }

    public SmartStartSettings smartStart() {
        return smartStart;
    }

    /** Strategy, budget, iteration cap, time limit and hard limit, as the spec gives them (defaults applied). */
    public OptimizerSpec optimizer() {
        return optimizer;
    }

    /** The part of {@link #optimizer()} the optimiser itself takes; the hard limit is enforced by the caller. */
    public OptimizerSettings optimizerSettings() {
        return optimizer.settings();
    }

    public double spacingD() {
        return spacingD;
    }

    /** The spec's {@code partitions}, if it sets them; otherwise the run chooses (see {@link PartitionAssignment}). */
    public OptionalInt partitions() {
        return partitions == 0 ? OptionalInt.empty() : OptionalInt.of(partitions);
    }

    /** Whether keys carry the {@code _n{N}} suffix (some {@code n_turbines} is a list). */
    public boolean turbineCountInKey() {
        return turbineCountInKey;
    }

    /** The absolute paths of the files the spec names (see {@link SweepDefinition#inputFiles()}). */
    public List<String> inputFiles() {
        return inputFiles;
    }

    /** The spec exactly as written, for run.json. */
    public String yamlText() {
        return yamlText;
    }

    /** How the spec was named when read (its file name, or demo.yaml). */
    public String sourceName() {
        return sourceName;
    }

    /**
     * The absolute directory the spec's relative paths were read from: with {@link #yamlText()} and
     * {@link #sourceName()} it is what {@link SweepSpecParser#parse} needs to rebuild this spec (for a rerun).
     */
    public String baseDir() {
        return baseDir;
    }

    /** Every config, in the stable order described at {@link #expand()}. */
    public List<SweepConfig> configs() {
        return configs;
    }

    /** @throws IllegalArgumentException if the key is not one of this sweep's configs */
    public SweepConfig config(String key) {
        SweepConfig config = configsByKey.get(key);
        if (config == null) {
            throw new IllegalArgumentException("config " + key + " is not part of sweep " + name);
        }
        return config;
    }

    /** The optimisation problem of one config: its farm's boundary, the farm model, turbine count and minimum spacing. */
    public LayoutProblem problemFor(SweepConfig config) {
        return new LayoutProblem(farms.get(config.farmIdx()).boundary(), modelFor(config.farmIdx(), config.typeIdx()),
                config.nTurbines(), config.minSpacingM());
    }

    /** The wind farm model of a farm's site with a turbine type and this sweep's wake model, built once per pair. */
    public WindFarmModel modelFor(int farmIdx, int typeIdx) {
        Map<Integer, WindFarmModel> cache = models;
        if (cache == null) {
            synchronized (this) {
                if (models == null) {
                    models = new ConcurrentHashMap<>();
                }
                cache = models;
            }
        }
        return cache.computeIfAbsent(farmIdx * turbines.size() + typeIdx, pair -> new WindFarmModel(
                turbines.get(typeIdx), farms.get(farmIdx).site(), WakeModels.byName(wakeModel)));
    }

    /**
     * The resolved values for run.json (the YAML text is stored beside them): what the run actually used, defaults
     * included, in snake_case.
     */
    public Map<String, Object> toRunJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", name);
        json.put("source", sourceName);
        json.put("base_dir", baseDir);
        json.put("wake_model", wakeModel);
        json.put("farms", farms.stream().map(farm -> ordered("name", farm.name(), "n_turbines", farm.turbineCounts(),
                "wd_bins", farm.site().wdCount(), "ws_bins", farm.site().wsCount())).toList());
        json.put("turbines", turbines.stream().map(t -> ordered("name", t.name(), "diameter", t.diameter(), "hub_height", t.hubHeight())).toList());
        json.put("seeds", ordered("start", seeds.start(), "count", seeds.count()));
        json.put("smart_start", ordered("grid_size", smartStart.gridSize(), "random_pct", smartStart.randomPct()));
        OptimizerSettings settings = optimizer.settings();
        json.put("optimizer", ordered("strategy", settings.strategy().specName(), "starts", settings.starts(),
                "wake_expansion", settings.wakeExpansion(), "relocate", settings.relocate(),
                "max_iterations", settings.maxIterations(),
                "time_limit_s", settings.timeLimitS(), "hard_limit_s", optimizer.hardLimitS()));
        json.put("spacing_d", spacingD);
        partitions().ifPresent(p -> json.put("partitions", p));
        json.put("config_count", configs.size());
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

    @Override
    public String toString() {
        return "sweep " + name + " (" + configs.size() + " configs)";
    }
}
