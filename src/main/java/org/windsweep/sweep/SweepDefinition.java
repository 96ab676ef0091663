package org.windsweep.sweep;

import java.util.List;
import org.windsweep.optimize.SmartStartSettings;

/**
 * A sweep spec read and checked, with every default applied, but not yet resolved into physics and optimiser objects
 * (turbine names, wake model name and files are checked by those layers in {@link SpecResolver}). Each part keeps its
 * {@link SpecLocation} so that the resolver can say where a problem is.
 *
 * @param partitions        the spec's {@code partitions}, or 0 when it leaves the count to the run (see {@link PartitionAssignment})
 * @param turbineCountInKey true when some {@code n_turbines} is written as a list: then every key ends in {@code _n{N}}
 * @param baseDir           the absolute directory the spec's relative file paths were read from
 * @param inputFiles        every file the spec names (turbine, site, boundary and baseline-layout files), each once,
 *                          in the order the spec names them: what a run fingerprints so that it notices a change
 */
public record SweepDefinition(
        String name,
        List<FarmSpec> farms,
        List<TurbineRef> turbines,
        String wakeModel,
        SpecLocation wakeModelAt,
        SeedRange seeds,
        SmartStartSettings smartStart,
        OptimizerSpec optimizer,
        double spacingD,
        int partitions,
        boolean turbineCountInKey,
        String yamlText,
        String sourceName,
        String baseDir,
        List<java.nio.file.Path> inputFiles) {

    public SweepDefinition {
        farms = List.copyOf(farms);
        turbines = List.copyOf(turbines);
        inputFiles = List.copyOf(inputFiles);
    }

    /** How many configs the sweep expands to: farms x turbine types x seeds x each farm's turbine counts. */
    public long configCount() {
        return countConfigs(farms, turbines.size(), seeds);
    }

    static long countConfigs(List<FarmSpec> farms, int turbineTypes, SeedRange seeds) {
        long perTypeAndSeed = farms.stream().mapToLong(f -> f.turbineCounts().values().size()).sum();
        return perTypeAndSeed * turbineTypes * seeds.count();
    }
}
