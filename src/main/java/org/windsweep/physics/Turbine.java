package org.windsweep.physics;

import java.io.Serializable;
import org.windsweep.InvalidInputException;
import org.windsweep.UserNames;

/** One turbine type: rotor diameter and hub height [m] and its power/CT curve. */
public record Turbine(String name, double diameter, double hubHeight, PowerCtCurve curve) implements Serializable {

    public Turbine {
        if (name == null || name.isBlank()) {
            throw new InvalidInputException("turbine: name is missing; give the turbine a name");
        }
        UserNames.requirePrintable("turbine: the name", name);
        PhysicalLimits.requireRotor(name, diameter, hubHeight);
        if (curve == null) {
            throw new InvalidInputException("turbine " + name + ": the power/ct curve is missing");
        }
    }

    public double radius() {
        return diameter / 2;
    }
}
