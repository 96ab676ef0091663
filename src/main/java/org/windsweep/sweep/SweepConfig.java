package org.windsweep.sweep;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One configuration of a sweep: a farm, a turbine type, a smart-start seed and a turbine count. Its fields are
 * primitives and strings because each becomes an HDF5 attribute of the config's group (see {@link #fields()}).
 *
 * @param key          {@code farm{F}_t{T}_s{S}}, plus {@code _n{N}} when the sweep's turbine count is a list
 * @param farmIdx      F: 0-based index into the spec's {@code farms}
 * @param typeIdx      T: 0-based index into the spec's {@code turbines}
 * @param ssSeed       S: the smart-start seed itself (not its index)
 * @param nTurbines    N: how many turbines to place
 * @param diameter     rotor diameter of the turbine type, m
 * @param hubHeight    hub height of the turbine type, m
 * @param minSpacingM  minimum distance between turbines, m ({@code spacing_d} x diameter)
 */
public record SweepConfig(
        String key,
        int farmIdx,
        int typeIdx,
        long ssSeed,
        int nTurbines,
        String farmName,
        String turbineName,
        double diameter,
        double hubHeight,
        double minSpacingM) implements Serializable {

    /** The key scheme of the original results files; the count suffix only when counts are a sweep dimension. */
    public static String keyOf(int farmIdx, int typeIdx, long ssSeed, int nTurbines, boolean withTurbineCount) {
        String key = "farm" + farmIdx + "_t" + typeIdx + "_s" + ssSeed;
        return withTurbineCount ? key + "_n" + nTurbines : key;
    }

    /** Every field under its snake_case attribute name, in declaration order (the storage layer writes them all). */
    public Map<String, Object> fields() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("key", key);
        fields.put("farm_idx", farmIdx);
        fields.put("type_idx", typeIdx);
        fields.put("ss_seed", ssSeed);
        fields.put("n_turbines", nTurbines);
        fields.put("farm_name", farmName);
        fields.put("turbine_name", turbineName);
        fields.put("diameter", diameter);
        fields.put("hub_height", hubHeight);
        fields.put("min_spacing_m", minSpacingM);
        return fields;
    }
}
