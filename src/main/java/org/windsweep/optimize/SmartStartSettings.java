package org.windsweep.optimize;

import java.io.Serializable;
import org.windsweep.InvalidInputException;

/**
 * Smart start's candidate grid (gridSize x gridSize points over the boundary's bounding box) and its
 * randomness: with randomPct &gt; 0 each turbine goes to a seeded random pick among the best randomPct percent of
 * the remaining candidates instead of the best one.
 */
public record SmartStartSettings(int gridSize, double randomPct) implements Serializable {

    public SmartStartSettings {
        if (gridSize < 2) {
            throw new InvalidInputException("smart_start.grid_size must be at least 2, got " + gridSize);
        }
        if (!(randomPct >= 0 && randomPct <= 100)) {
            throw new InvalidInputException("smart_start.random_pct must be a percentage from 0 to 100, got "
                    + randomPct);
        }
    }
}
