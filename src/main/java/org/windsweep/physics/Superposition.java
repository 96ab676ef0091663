package org.windsweep.physics;

import java.io.Serializable;

/** How the deficits of several sources at one rotor combine: total = combine(sum of term(deficit_i)). */
public interface Superposition extends Serializable {

    double term(double deficit);

    /**
     * The factor by which terms grow when every deficit is multiplied by ws: term(ws * d) = termScale(ws) * term(d).
     * Deficits are computed per unit free-stream speed ({@link WakeDeficit}); their terms are scaled by this.
     */
    double termScale(double ws);

    double termDerivative(double deficit);

    double combine(double sumOfTerms);

    double combineDerivative(double sumOfTerms);
}
