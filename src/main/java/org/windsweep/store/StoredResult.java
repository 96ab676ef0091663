package org.windsweep.store;

import java.io.Serializable;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;

/**
 * One config's successful optimisation as the store keeps it, independent of the optimiser's own types.
 *
 * @param key           the config key, e.g. {@code farm0_t1_s7}; becomes the HDF5 group name
 * @param configFields  every config field by its snake_case attribute name ({@code farm_idx}, {@code type_idx},
 *                      {@code ss_seed}, {@code n_turbines}, {@code diameter}, ...): Integer, Long, Double, String
 *                      or Boolean values. Order is kept when writing; files give them back sorted by name.
 * @param x             turbine x positions [m]
 * @param y             turbine y positions [m], same length as x
 * @param aep           final AEP [GWh]
 * @param aepInitial    AEP after smart start [GWh]
 * @param maxViolationM largest constraint violation of the final layout [m]
 * @param wallS         wall-clock time of the optimisation [s]
 * @param timestamp     when the result was produced, seconds since the epoch; the newest result of a key wins
 * @param breakdown     AEP per turbine, wake-free AEP and baseline AEP; null in files written before they existed
 */
public record StoredResult(String key, Map<String, Object> configFields, double[] x, double[] y, double aep,
                           double aepInitial, int iterations, boolean converged, double maxViolationM, double wallS,
                           double timestamp, String wakeModel, AepBreakdown breakdown) implements Serializable {

    public StoredResult {
        NameRules.requireConfigKey(key);
        configFields = ConfigFields.copyOf(configFields, H5Names.RESULT_ATTRIBUTES);
        if (x == null || y == null || x.length != y.length || x.length == 0) {
            throw new IllegalArgumentException(key + ": x and y must have the same, non-zero length");
        }
        x = x.clone();
        y = y.clone();
        NameRules.requireStoredString(key + ": wake model", wakeModel);
        if (breakdown != null && breakdown.aepPerTurbine().length != x.length) {
            throw new IllegalArgumentException(key + ": AEP per turbine has " + breakdown.aepPerTurbine().length
                    + " values for " + x.length + " turbines");
        }
    }

    public int turbineCount() {
        return x.length;
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    /** Value equality, arrays included, doubles compared bit for bit (so NaN equals NaN: a faithful round trip). */
    @Override
    public boolean equals(Object other) {
        return other instanceof StoredResult that
                && key.equals(that.key) && configFields.equals(that.configFields)
                && Arrays.equals(x, that.x) && Arrays.equals(y, that.y)
                && Double.compare(aep, that.aep) == 0 && Double.compare(aepInitial, that.aepInitial) == 0
                && iterations == that.iterations && converged == that.converged
                && Double.compare(maxViolationM, that.maxViolationM) == 0 && Double.compare(wallS, that.wallS) == 0
                && Double.compare(timestamp, that.timestamp) == 0 && wakeModel.equals(that.wakeModel)
                && Objects.equals(breakdown, that.breakdown);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, configFields, Arrays.hashCode(x), Arrays.hashCode(y), aep, timestamp);
    }

    @Override
    public String toString() {
        return "StoredResult[" + key + ", " + x.length + " turbines, aep=" + aep + ", converged=" + converged + "]";
    }
}
