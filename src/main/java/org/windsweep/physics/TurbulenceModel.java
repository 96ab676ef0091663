package org.windsweep.physics;

import java.io.Serializable;

/**
 * Turbulence added by wakes. Each source adds addedTi (with partials) at a destination downwind of it; a
 * destination's effective TI is sqrt(TI_amb^2 + max_i addedTi_i^2).
 */
public interface TurbulenceModel extends Serializable {

    /** False for models that leave the TI at its ambient value (then added is never called). */
    boolean addsTurbulence();

    /** Added TI at a destination rotor dw downwind, cw crosswind of the source; written into out.addedTi and partials. */
    void added(WakeDeficit deficit, WakeSource source, double dw, double cw, double destRadius, PairTerms out);
}
