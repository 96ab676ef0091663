package org.windsweep.physics;

import java.util.Arrays;
import org.windsweep.InvalidInputException;

/**
 * Power and CT tabulated over wind speed, interpolated linearly; outside the table the end values hold
 * (no implicit cut-out). Derivatives are the slopes of the segment containing ws (the right one at a node).
 */
public record TabularCurve(double[] wsMs, double[] powerW, double[] ct) implements PowerCtCurve {

    public TabularCurve {
        if (wsMs == null || powerW == null || ct == null) {
            throw new InvalidInputException("turbine curve: ws, power and ct columns are all required");
        }
        if (wsMs.length != powerW.length || wsMs.length != ct.length) {
            throw new InvalidInputException("turbine curve: columns have different lengths (ws " + wsMs.length
                    + ", power " + powerW.length + ", ct " + ct.length + "); give one power and one ct per wind speed");
        }
        if (wsMs.length < 2) {
            throw new InvalidInputException("turbine curve: ws needs at least 2 values, got " + wsMs.length);
        }
        for (int i = 0; i < wsMs.length; i++) {
            PhysicalLimits.requireWindSpeed("turbine curve: ws[" + i + "]", wsMs[i]);
            if (i > 0 && wsMs[i] <= wsMs[i - 1]) {
                throw new InvalidInputException("turbine curve: ws must be strictly increasing, but ws[" + i
                        + "] = " + wsMs[i] + " follows " + wsMs[i - 1]);
            }
            PhysicalLimits.requirePower("turbine curve: power[" + i + "]", powerW[i]);
            if (!(ct[i] >= 0 && ct[i] <= 3)) {
                throw new InvalidInputException("turbine curve: ct must lie in [0, 3], but ct[" + i + "] = " + ct[i]);
            }
        }
        wsMs = wsMs.clone();
        powerW = powerW.clone();
        ct = ct.clone();
    }

    @Override
    public double[] wsMs() {
        return wsMs.clone();
    }

    @Override
    public double[] powerW() {
        return powerW.clone();
    }

    @Override
    public double[] ct() {
        return ct.clone();
    }

    @Override
    public double power(double ws) {
        return interpolate(powerW, ws);
    }

    @Override
    public double ct(double ws) {
        return interpolate(ct, ws);
    }

    @Override
    public double powerDerivative(double ws) {
        return slope(powerW, ws);
    }

    @Override
    public double ctDerivative(double ws) {
        return slope(ct, ws);
    }

    /** Every power value up to the end of the segment holding ws is 0 (below the table the first value holds). */
    @Override
    public boolean idleUpTo(double ws) {
        int last = wsMs.length - 1;
        int through = ws < wsMs[0] ? 0 : ws >= wsMs[last] ? last : segment(ws) + 1;
        for (int k = 0; k <= through; k++) {
            if (powerW[k] != 0) {
                return false;
            }
        }
        return true;
    }

    private double interpolate(double[] values, double ws) {
        int last = wsMs.length - 1;
        if (ws <= wsMs[0]) {
            return values[0];
        }
        if (ws >= wsMs[last]) {
            return values[last];
        }
        int k = segment(ws);
        double t = (ws - wsMs[k]) / (wsMs[k + 1] - wsMs[k]);
        return values[k] + t * (values[k + 1] - values[k]);
    }

    /**
     * The first node of the run of equal power values that holds ws (linear interpolation between equal values gives
     * that value exactly, with slope 0); beyond the last node its value holds, so the run ending there extends to any ws.
     */
    @Override
    public double steadyPowerFrom(double ws) {
        int last = wsMs.length - 1;
        if (ws < wsMs[0]) {
            return Double.NaN;
        }
        int k = ws >= wsMs[last] ? last : segment(ws);
        if (k < last && powerW[k + 1] != powerW[k]) {
            return Double.NaN;
        }
        while (k > 0 && powerW[k - 1] == powerW[k]) {
            k--;
        }
        return wsMs[k];
    }

    /** CT is linear between nodes, so its largest value over [from, to] is at an end or at a node between. */
    @Override
    public double largestCt(double from, double to) {
        double largest = Math.max(ct(from), ct(to));
        for (int k = 0; k < wsMs.length; k++) {
            if (wsMs[k] > from && wsMs[k] < to) {
                largest = Math.max(largest, ct[k]);
            }
        }
        return largest;
    }

    private double slope(double[] values, double ws) {
        if (ws < wsMs[0] || ws >= wsMs[wsMs.length - 1]) {
            return 0;
        }
        int k = segment(ws);
        return (values[k + 1] - values[k]) / (wsMs[k + 1] - wsMs[k]);
    }

    /**
     * Index k of the segment [ws[k], ws[k+1]) holding ws, for ws inside the table: the largest k with ws[k] <= ws.
     * Tables are usually evenly spaced, so the guess from the mean spacing is checked against its neighbours first
     * (the farm solver asks this for every turbine of every flow case); a binary search settles any other table.
     */
    private int segment(double ws) {
        int last = wsMs.length - 1;
        int guess = Math.min(last - 1, (int) ((ws - wsMs[0]) * (last / (wsMs[last] - wsMs[0]))));
        for (int k = Math.max(0, guess - 1); k <= Math.min(last - 1, guess + 1); k++) {
            if (wsMs[k] <= ws && ws < wsMs[k + 1]) {
                return k;
            }
        }
        int found = Arrays.binarySearch(wsMs, ws);
        return found >= 0 ? found : -found - 2;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TabularCurve that && Arrays.equals(wsMs, that.wsMs)
                && Arrays.equals(powerW, that.powerW) && Arrays.equals(ct, that.ct);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(wsMs) + Arrays.hashCode(powerW)) + Arrays.hashCode(ct);
    }

    @Override
    public String toString() {
        return "TabularCurve[" + wsMs.length + " wind speeds " + wsMs[0] + ".." + wsMs[wsMs.length - 1] + " m/s]";
    }
}
