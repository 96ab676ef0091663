package org.windsweep.physics;

/** No added turbulence: every turbine sees the ambient TI. */
public final class AmbientTurbulence implements TurbulenceModel {

    @Override
    public boolean addsTurbulence() {
        return false;
    }

    @Override
    public void added(WakeDeficit deficit, WakeSource source, double dw, double cw, double destRadius, PairTerms out) {
        throw new UnsupportedOperationException("ambient turbulence adds nothing");
    }
}
