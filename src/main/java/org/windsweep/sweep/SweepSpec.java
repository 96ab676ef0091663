package org.windsweep.sweep;

import java.io.Serializable;
import java.util.List;
import java.util.OptionalInt;
import org.windsweep.optimize.LayoutProblem;
import org.windsweep.optimize.OptimizerSettings;
import org.windsweep.optimize.SmartStartSettings;
import org.windsweep.physics.Turbine;
import org.windsweep.physics.WindFarmModel;

/**
 * A validated, resolved sweep: everything a run needs, with no file left to read, so that the driver can broadcast it
 * to executors. Build it with {@link SweepSpecParser}. Immutable; {@link #problemFor} is safe from many threads. It holds
 * the spec's values; the configs are expanded by {@link SweepConfigs}, the models cached by {@link FarmModels}, and
 * run.json's summary of it is written by the run package.
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
    private final SweepConfigs configs;
    private final FarmModels models;

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
        this.configs = SweepConfigs.expand(this.farms, this.turbines, seeds, spacingD, turbineCountInKey);
        this.models = new FarmModels(this.farms, this.turbines, wakeModel);
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

    /** The wake model's canonical name (one of {@link org.windsweep.physics.WakeModels#names()}). */
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

    /** Every config, in the stable order described at {@link SweepConfigs}. */
    public List<SweepConfig> configs() {
        return configs.all();
    }

    /** @throws IllegalArgumentException if the key is not one of this sweep's configs */
    public SweepConfig config(String key) {
        SweepConfig config = configs.byKey(key);
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
        return models.modelFor(farmIdx, typeIdx);
    }

    @Override
    public String toString() {
        return "sweep " + name + " (" + configs.all().size() + " configs)";
    }
}
