package org.windsweep.sweep;

import java.io.Serializable;
import org.windsweep.physics.PhysicalLimits;

/**
 * A farm's reference layout (such as the IEA37 case studies' example layouts), against which results report their
 * AEP gain. Positions in metres; x and y are equally long.
 */
public record BaselineLayout(double[] x, double[] y) implements Serializable {

    public BaselineLayout {
        PhysicalLimits.requireLayout("baseline layout:", x, y);
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int turbineCount() {
        return x.length;
    }
}
