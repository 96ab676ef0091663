package org.windsweep.sweep;

import java.util.List;
import org.windsweep.optimize.FarmShape;

/**
 * A farm boundary of regions and exclusion zones with a setback: {@code regions}, or {@code file}, or one
 * {@code polygon} / {@code circle} given with {@code holes}, {@code exclusions}, {@code buffer_m} or
 * {@code buffer_d}. The setback is {@code bufferM} metres plus {@code bufferD} rotor diameters (at most one of them
 * non-zero), the diameter being the sweep's largest, as for the turbine-count check.
 */
public record RegionsSpec(List<FarmShape> regions, List<FarmShape> exclusions, double bufferM, double bufferD,
                          SpecLocation at) implements BoundarySpec {

    public RegionsSpec {
        regions = List.copyOf(regions);
        exclusions = List.copyOf(exclusions);
    }

    /** The setback in metres for turbines of this rotor diameter. */
    double setbackM(double rotorDiameterM) {
        return bufferM + bufferD * rotorDiameterM;
    }
}
