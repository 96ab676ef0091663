package org.windsweep.physics;

/**
 * Crespo and Hernandez's added turbulence, as PyWake's CrespoHernandez at the reference commit: for dw > 0
 * addedTi = 0.73 * a_madsen(CT)^0.8325 * TI_amb^-0.0325 * (max(dw, 1e-10)/D)^-0.32 * f(wake radius, R_dest, cw),
 * f the {@link AreaOverlap} of the deficit model's wake disc with the destination rotor.
 */
public final class CrespoHernandez implements TurbulenceModel {

    private static final double MIN_DW = 1e-10;

    @Override
    public boolean addsTurbulence() {
        return true;
    }

    @Override
    public void added(WakeDeficit deficit, WakeSource source, double dw, double cw, double destRadius, PairTerms out) {
        deficit.wakeRadius(source, dw, out);
        AreaOverlap.compute(out.wakeRadius, destRadius, cw, out);
        double induction = Induction.madsen(source.ct);
        double inductionFactor = Math.pow(induction, 0.8325);
        double distance = Math.max(dw, MIN_DW);
        double distanceFactor = Math.pow(distance / source.diameter, -0.32);
        double base = 0.73 * inductionFactor * Math.pow(source.tiAmbient, -0.0325) * distanceFactor;
        double overlap = out.overlap;
        double dOverlapDradius = out.dOverlapDwakeRadius;
        out.addedTi = base * overlap;
        out.dAddedTiDcw = base * out.dOverlapDdistance;
        double dBaseDw = dw > MIN_DW ? base * -0.32 / dw : 0;
        out.dAddedTiDw = dBaseDw * overlap + base * dOverlapDradius * out.dWakeRadiusDw;
        double dBaseDct = induction > 0 ? base * 0.8325 / induction * Induction.madsenDerivative(source.ct) : 0;
        out.dAddedTiDct = dBaseDct * overlap + base * dOverlapDradius * out.dWakeRadiusDct;
        out.dAddedTiDti = base * dOverlapDradius * out.dWakeRadiusDti;
    }
}
