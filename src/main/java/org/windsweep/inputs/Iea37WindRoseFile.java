package org.windsweep.inputs;

import java.nio.file.Path;
import org.windsweep.InvalidInputException;
import org.windsweep.UserFiles;
import org.windsweep.physics.Probabilities;
import org.windsweep.physics.SectorRose;

/**
 * An IEA Wind Task 37 (windIO plant ontology) wind-rose YAML, as case studies 3 and 4 publish it: under
 * {@code definitions.wind_inflow.properties}, {@code direction.bins} (deg) with {@code direction.frequency}, and
 * {@code speed.bins} (m/s) with {@code speed.frequency}, one row of speed frequencies per direction. The
 * probability of a direction and speed is their product; each must sum to 1.
 */
public final class Iea37WindRoseFile {

    private static final String PROPERTIES = "definitions.wind_inflow.properties.";

    private Iea37WindRoseFile() {
    }

    /** @param ti the ambient turbulence intensity: one value, or one per direction */
    public static SectorRose read(Path path, double[] ti) {
        YamlTree yaml = YamlTree.parse(UserFiles.readText(path, "an IEA37 wind-rose YAML"), path.toString(),
                "an IEA37 wind rose with definitions.wind_inflow.properties.direction and .speed");
        double[] wd = yaml.numbers(PROPERTIES + "direction.bins", "the direction bins in degrees");
        double[] wdFrequency = yaml.numbers(PROPERTIES + "direction.frequency", "one frequency per direction");
        double[] ws = yaml.numbers(PROPERTIES + "speed.bins", "the wind speed bins in m/s");
        double[][] wsFrequency = yaml.matrix(PROPERTIES + "speed.frequency",
                "one row of speed frequencies per direction");
        if (wdFrequency.length != wd.length) {
            throw yaml.error(PROPERTIES + "direction.frequency", "has " + wdFrequency.length + " values for "
                    + wd.length + " directions", "give one frequency per direction");
        }
        if (wsFrequency.length != wd.length || wsFrequency[0].length != ws.length) {
            throw yaml.error(PROPERTIES + "speed.frequency", "is " + wsFrequency.length + " x "
                    + wsFrequency[0].length + ", not directions x speeds " + wd.length + " x " + ws.length,
                    "give one row per direction with one frequency per speed bin");
        }
        Probabilities.requireDistribution(wdFrequency,
                path + ": '" + PROPERTIES + "direction.frequency'");
        double[][] probability = new double[wd.length][ws.length];
        for (int d = 0; d < wd.length; d++) {
            Probabilities.requireDistribution(wsFrequency[d],
                    path + ": '" + PROPERTIES + "speed.frequency[" + d + "]'");
            for (int s = 0; s < ws.length; s++) {
                probability[d][s] = wdFrequency[d] * wsFrequency[d][s];
            }
        }
        try {
            return new SectorRose(wd, ws, probability, ti);
        } catch (InvalidInputException e) {
            throw new InvalidInputException(path + ": " + e.getMessage());
        }
    }
}
