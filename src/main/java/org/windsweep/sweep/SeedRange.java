package org.windsweep.sweep;

import java.io.Serializable;

/** {@code seeds: {start, count}}: the smart-start seeds start, start + 1, ..., start + count - 1. */
public record SeedRange(long start, int count) implements Serializable {

    public long seed(int index) {
        return start + index;
    }
}
