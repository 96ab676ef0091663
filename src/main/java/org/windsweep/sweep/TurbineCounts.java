package org.windsweep.sweep;

import java.util.List;

/**
 * A farm's {@code n_turbines}: one count, or a list of counts that makes the turbine count one more sweep
 * dimension. {@code writtenAsList} is kept because it decides the key scheme (the {@code _n{N}} suffix).
 */
public record TurbineCounts(List<Integer> values, boolean writtenAsList, SpecLocation at) {

    public TurbineCounts {
        values = List.copyOf(values);
    }
}
