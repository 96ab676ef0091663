package org.windsweep.physics;

import java.io.Serializable;
import java.util.Arrays;
import org.windsweep.InvalidInputException;

/**
 * The flow cases of an AEP calculation: wind directions wdDeg [deg, where the wind comes from], wind speeds
 * wsMs [m/s] in ascending order (the steady-power shortcut, {@link SteadyPower}, relies on it), the probability of each
 * pair probability[wd][ws], and the ambient turbulence intensity per wd.
 * Build one from a {@link SectorRose} or {@link WeibullSectors}, or directly from a probability matrix.
 */
public record Site(double[] wdDeg, double[] wsMs, double[][] probability, double[] ti) implements Serializable {

    public Site {
        if (wdDeg == null || wdDeg.length == 0) {
            throw new InvalidInputException("site: wd_deg needs at least one wind direction");
        }
        if (wsMs == null || wsMs.length == 0) {
            throw new InvalidInputException("site: ws_ms needs at least one wind speed");
        }
        for (double wd : wdDeg) {
            if (!Double.isFinite(wd)) {
                throw new InvalidInputException("site: wd_deg values must be finite, got " + wd
                        + "; give wind directions in degrees");
            }
        }
        for (int k = 0; k < wsMs.length; k++) {
            PhysicalLimits.requireWindSpeed("site: ws_ms", wsMs[k]);
            if (k > 0 && !(wsMs[k] > wsMs[k - 1])) {
                throw new InvalidInputException("site: ws_ms must ascend, got " + wsMs[k] + " after " + wsMs[k - 1]
                        + "; list each wind speed once, from low to high");
            }
        }
        if (probability == null || probability.length != wdDeg.length) {
            throw new InvalidInputException("site: probability needs one row per wind direction (" + wdDeg.length + ")");
        }
        if (ti == null || ti.length != wdDeg.length) {
            throw new InvalidInputException("site: ti needs one value per wind direction (" + wdDeg.length + ")");
        }
        for (int l = 0; l < wdDeg.length; l++) {
            if (probability[l] == null || probability[l].length != wsMs.length) {
                throw new InvalidInputException("site: probability row " + l + " needs one value per wind speed (" + wsMs.length + ")");
            }
            for (double p : probability[l]) {
                if (!(p >= 0) || !Double.isFinite(p)) {
                    throw new InvalidInputException("site: probability values must be finite and >= 0, got " + p + " in row " + l);
                }
            }
            if (!(ti[l] >= 0) || !Double.isFinite(ti[l])) {
                throw new InvalidInputException("site: ti must be finite and >= 0, got " + ti[l]);
            }
        }
        wdDeg = wdDeg.clone();
        wsMs = wsMs.clone();
        probability = Matrices.copy(probability);
        ti = ti.clone();
    }

    /** A site with one ambient TI for every wind direction. */
    public static Site withUniformTi(double[] wdDeg, double[] wsMs, double[][] probability, double ti) {
        double[] tiPerWd = new double[wdDeg.length];
        Arrays.fill(tiPerWd, ti);
        return new Site(wdDeg, wsMs, probability, tiPerWd);
    }

    public int wdCount() {
        return wdDeg.length;
    }

    public int wsCount() {
        return wsMs.length;
    }

    @Override
    public double[] wdDeg() {
        return wdDeg.clone();
    }

    @Override
    public double[] wsMs() {
        return wsMs.clone();
    }

    @Override
    public double[][] probability() {
        return Matrices.copy(probability);
    }

    @Override
    public double[] ti() {
        return ti.clone();
    }

    // Package-private views without copying, for the farm solver's inner loops.
    double wd(int l) {
        return wdDeg[l];
    }

    double ws(int k) {
        return wsMs[k];
    }

    double probability(int l, int k) {
        return probability[l][k];
    }

    double ti(int l) {
        return ti[l];
    }

    /** The ambient TI of the wind-direction bin nearest to wdDeg (ties to the lower bin). */
    public double tiAt(double wd) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int l = 0; l < wdDeg.length; l++) {
            double d = Math.abs(((wd - wdDeg[l]) % 360 + 540) % 360 - 180);
            if (d < bestDistance) {
                best = l;
                bestDistance = d;
            }
        }
        return ti[best];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Site that && Arrays.equals(wdDeg, that.wdDeg) && Arrays.equals(wsMs, that.wsMs)
                && Arrays.deepEquals(probability, that.probability) && Arrays.equals(ti, that.ti);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(wdDeg) * 31 + Arrays.deepHashCode(probability);
    }

    @Override
    public String toString() {
        return "Site[" + wdDeg.length + " wd x " + wsMs.length + " ws]";
    }
}
