package org.windsweep.physics;

import java.io.Serializable;

/** How the deficits of several sources at one rotor combine: total = combine(sum of term(deficit_i)). */
public interface Superposition extends Serializable {

    double term(double deficit);

    double termDerivative(double deficit);

    double combine(double sumOfTerms);

    double combineDerivative(double sumOfTerms);
}
