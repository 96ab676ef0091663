package org.windsweep.sweep;

import java.io.Serializable;
import java.util.List;
import org.windsweep.optimize.Boundary;
import org.windsweep.physics.Site;

/**
 * A farm of a resolved sweep: its boundary, its wind climate as flow cases, the turbine counts it is swept over, and
 * the baseline layout its results are compared with (null when the spec names none).
 */
public record Farm(String name, Boundary boundary, Site site, List<Integer> turbineCounts, BaselineLayout baseline)
        implements Serializable {

    public Farm {
        turbineCounts = List.copyOf(turbineCounts);
    }
}
