package org.windsweep.sweep;

import java.io.Serializable;

/** {@code smart_start: {grid_size, random_pct}}: a grid_size x grid_size candidate grid, random pick among the top random_pct %. */
public record SmartStartSpec(int gridSize, double randomPct) implements Serializable {
}
