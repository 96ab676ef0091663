package org.windsweep.physics;

import java.util.Arrays;

/**
 * One farm calculation's working state (not thread-safe; {@link WindFarmModel} makes one per call). For a wind
 * direction it finds the downwind order and every pair's geometry; then it walks that order once for all the
 * direction's wind speeds (MODELS.md "Farm solution"): each destination takes each upstream source's terms at every
 * speed, the pair's geometry fetched once. Deficits are computed per unit free-stream speed ({@link WakeDeficit}) and
 * scaled to each speed, so a source whose CT and TI are the same at consecutive speeds (a constant-CT curve, or a
 * flat stretch of a tabular one) has its pair terms evaluated once for all of them. The adjoint of the walk, run
 * backwards per speed, gives the exact gradient of a weighted power sum with respect to the turbine positions.
 *
 * <p>Per turbine and speed, values are stored at [j * speedCount + k]. Pair data is stored by walk positions: [a * n
 * + b] for the source at walk position b and the destination at walk position a > b; the partials kept for the adjoint
 * at [(k * n + a) * n + b].
 */
final class FarmSolver {

    /** A source counts for a destination only where dw > -1e-10 (PyWake's tolerance for side-by-side rotors). */
    private static final double COUNTED_DW = -1e-10;
    /** The vertical offset dh between any two hubs: a farm calculation is of one turbine type. */
    private static final double SAME_HUB_HEIGHT = 0;

    private final Turbine turbine;
    private final PowerCtCurve curve;
    private final WakeDeficit deficit;
    private final Superposition superposition;
    private final TurbulenceModel turbulence;
    private final boolean addsTurbulence;
    private final PairKernel kernel;
    private final double rotorRadius;
    private final int n;
    /** The free-stream speeds of the flow cases [m/s], and superposition's scale of unit-speed terms to each. */
    private final double[] speeds;
    private final double[] termScale;
    private final int speedCount;

    // The layout and wind direction of the current flow cases.
    private double[] x;
    private double[] y;
    private double cosTheta;
    private double sinTheta;
    private final int[] upstream;
    private final int[] order;
    private final long[] sortKeys;
    private final double[] pairDw;
    private final double[] pairHcw;
    /** The speeds (indices into speeds, ascending) solved last, and how many. */
    private final int[] solved;
    private int solvedCount;

    // Solution of the current flow cases, per turbine and speed.
    private final double[] wsEff;
    private final double[] ct;
    private final double[] ti;
    private final double[] power;
    private final double[] sumOfTerms;
    /**
     * Each turbine's wake source per speed, and which of them holds its state at each speed: at consecutive solved
     * speeds with the same CT and TI the later speed points to the earlier one's source, so pairs see the same object
     * and evaluate it once.
     */
    private final WakeSource[] sources;
    private final int[] sourceOf;
    private final PairTerms pair = new PairTerms();

    // Partials kept for the adjoint: of each pair's superposition terms, and of each destination's largest added TI.
    private final boolean forGradient;
    private final PairPartials partials;
    private final PairPartials unitPartials = new PairPartials(1);
    private final int[] maxTiSource;
    private final double[] maxTiAdded;
    private final double[] maxTiDdw;
    private final double[] maxTiDhcw;
    private final double[] maxTiDct;
    private final double[] maxTiDti;

    // Adjoints.
    private final double[] ctBar;
    private final double[] tiBar;
    final double[] xBar;
    final double[] yBar;

    /** For n turbines and flow cases at these free-stream speeds; keeps partials for {@link #backward} if forGradient. */
    FarmSolver(Turbine turbine, WakeModel model, int n, double[] speeds, boolean forGradient) {
        this.turbine = turbine;
        this.curve = turbine.curve();
        this.deficit = model.deficit();
        this.superposition = model.superposition();
        this.turbulence = model.turbulence();
        this.addsTurbulence = turbulence.addsTurbulence();
        this.kernel = model.pairLoop().kernel(model, turbine);
        this.rotorRadius = turbine.radius();
        this.n = n;
        this.speeds = speeds.clone();
        this.speedCount = speeds.length;
        this.termScale = new double[speedCount];
        for (int k = 0; k < speedCount; k++) {
            termScale[k] = superposition.termScale(speeds[k]);
        }
        int values = n * speedCount;
        upstream = new int[n];
        order = new int[n];
        sortKeys = new long[n];
        pairDw = new double[n * n];
        pairHcw = new double[n * n];
        solved = new int[speedCount];
        wsEff = new double[values];
        ct = new double[values];
        ti = new double[values];
        power = new double[values];
        sumOfTerms = new double[values];
        sources = new WakeSource[values];
        for (int s = 0; s < values; s++) {
            sources[s] = new WakeSource();
        }
        sourceOf = new int[values];
        this.forGradient = forGradient;
        partials = new PairPartials(forGradient ? speedCount * n * n : 0);
        maxTiSource = new int[values];
        maxTiAdded = new double[values];
        maxTiDdw = new double[values];
        maxTiDhcw = new double[values];
        maxTiDct = new double[values];
        maxTiDti = new double[values];
        ctBar = new double[n];
        tiBar = new double[n];
        xBar = new double[n];
        yBar = new double[n];
    }

    /** Fixes the layout and the wind direction wdDeg, orders the turbines for the walk and computes every pair's geometry. */
    void setDirection(double[] x, double[] y, double wdDeg) {
        this.x = x;
        this.y = y;
        // theta computed in exactly this order: PyWake's side-by-side rotors interact through its round-off.
        double theta = (90 - wdDeg) * Math.PI / 180;
        cosTheta = Math.cos(theta);
        sinTheta = Math.sin(theta);
        // Order by the number of turbines upstream (dw > 0 towards the turbine), ties by index. dw(j -> i) is
        // exactly -dw(i -> j) in floating point, so each pair is computed once.
        Arrays.fill(upstream, 0);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = downwind(x[j] - x[i], y[j] - y[i]);
                if (d > 0) {
                    upstream[j]++;
                } else if (d < 0) {
                    upstream[i]++;
                }
            }
        }
        for (int j = 0; j < n; j++) {
            sortKeys[j] = (long) upstream[j] * n + j;
        }
        Arrays.sort(sortKeys);
        for (int a = 0; a < n; a++) {
            order[a] = (int) (sortKeys[a] % n);
        }
        for (int a = 0; a < n; a++) {
            int j = order[a];
            for (int b = 0; b < a; b++) {
                int i = order[b];
                double dx = x[j] - x[i];
                double dy = y[j] - y[i];
                pairDw[a * n + b] = downwind(dx, dy);
                pairHcw[a * n + b] = crosswind(dx, dy);
            }
        }
    }

    /** Downwind distance of a point dx, dy [m] from a source in the current wind direction. */
    private double downwind(double dx, double dy) {
        return -cosTheta * dx - sinTheta * dy;
    }

    /** Horizontal crosswind distance of a point dx, dy [m] from a source in the current wind direction. */
    private double crosswind(double dx, double dy) {
        return sinTheta * dx - cosTheta * dy;
    }

    /**
     * Walks the downwind order once for the free-stream speeds speeds[toSolve[0..count-1]] (ascending indices) of the
     * current direction; keeps partials for {@link #backward} if asked (a solver made for the gradient).
     */
    void solve(int[] toSolve, int count, double tiAmbient, boolean keepPartials) {
        if (keepPartials && !forGradient) {
            throw new IllegalStateException("this solver was made without room for partials");
        }
        System.arraycopy(toSolve, 0, solved, 0, count);
        solvedCount = count;
        for (int a = 0; a < n; a++) {
            int destination = order[a] * speedCount;
            for (int m = 0; m < count; m++) {
                int k = solved[m];
                sumOfTerms[destination + k] = 0;
                maxTiAdded[destination + k] = 0;
                maxTiSource[destination + k] = -1;
            }
            for (int b = 0; b < a; b++) {
                addSourceTerms(a, b, keepPartials);
            }
            for (int m = 0; m < count; m++) {
                finishDestination(order[a], m, tiAmbient);
            }
        }
    }

    /** Adds the terms (and added TI) of the source at walk position b to the destination at a, at every solved speed. */
    private void addSourceTerms(int a, int b, boolean keepPartials) {
        int pairIndex = a * n + b;
        double dw = pairDw[pairIndex];
        if (dw <= COUNTED_DW) {
            if (keepPartials) {
                for (int m = 0; m < solvedCount; m++) {
                    partials.clear(solved[m] * n * n + pairIndex);
                }
            }
            return;
        }
        double hcw = pairHcw[pairIndex];
        int source = order[b] * speedCount;
        int destination = order[a] * speedCount;
        boolean addsTi = addsTurbulence && dw > 0;
        if (!keepPartials && !addsTi) {
            addValueTerms(source, dw, hcw, sumOfTerms, destination);
            return;
        }
        double dh = SAME_HUB_HEIGHT;
        double cw = addsTi ? Math.sqrt(dh * dh + hcw * hcw) : 0;
        int evaluated = -1;
        double unitTerms = 0;
        for (int m = 0; m < solvedCount; m++) {
            int k = solved[m];
            int state = sourceOf[source + k];
            if (state != evaluated) {
                evaluated = state;
                WakeSource wake = sources[state];
                unitTerms = keepPartials ? kernel.termsWithPartials(wake, dw, hcw, dh, unitPartials, 0)
                        : kernel.terms(wake, dw, hcw, dh);
                if (addsTi) {
                    turbulence.added(deficit, wake, dw, cw, rotorRadius, pair);
                }
            }
            double scale = termScale[k];
            sumOfTerms[destination + k] += scale * unitTerms;
            if (keepPartials) {
                partials.set(k * n * n + pairIndex, scale * unitPartials.dw[0], scale * unitPartials.hcw[0],
                        scale * unitPartials.ct[0], scale * unitPartials.ti[0]);
            }
            if (addsTi && pair.addedTi > maxTiAdded[destination + k]) {
                int at = destination + k;
                maxTiAdded[at] = pair.addedTi;
                maxTiSource[at] = order[b];
                maxTiDdw[at] = pair.dAddedTiDw;
                maxTiDhcw[at] = cw > 0 ? pair.dAddedTiDcw * hcw / cw : 0;
                maxTiDct[at] = pair.dAddedTiDct;
                maxTiDti[at] = pair.dAddedTiDti;
            }
        }
    }

    /**
     * Adds to sums[base + k], at every solved speed index k, the terms of a source's wake (its values at [source + k])
     * at dw, hcw from it: evaluated per unit speed once for each run of speeds sharing the source's state, then scaled.
     */
    private void addValueTerms(int source, double dw, double hcw, double[] sums, int base) {
        int evaluated = -1;
        double unitTerms = 0;
        for (int m = 0; m < solvedCount; m++) {
            int k = solved[m];
            int state = sourceOf[source + k];
            if (state != evaluated) {
                evaluated = state;
                unitTerms = kernel.terms(sources[state], dw, hcw, SAME_HUB_HEIGHT);
            }
            sums[base + k] += termScale[k] * unitTerms;
        }
    }

    /**
     * Turbine j at the m-th solved speed: its flow from its sum of terms and largest added TI; prepares it as a source,
     * sharing the previous solved speed's source if its CT and TI are the same.
     */
    private void finishDestination(int j, int m, double tiAmbient) {
        int k = solved[m];
        int at = j * speedCount + k;
        double speed = speeds[k] - superposition.combine(sumOfTerms[at]);
        wsEff[at] = speed;
        ct[at] = curve.ct(speed);
        power[at] = curve.power(speed);
        double added = maxTiAdded[at];
        ti[at] = addsTurbulence ? Math.sqrt(tiAmbient * tiAmbient + added * added) : tiAmbient;
        int previous = m > 0 ? j * speedCount + solved[m - 1] : -1;
        if (previous >= 0 && ct[previous] == ct[at] && ti[previous] == ti[at]) {
            sourceOf[at] = sourceOf[previous];
            return;
        }
        sourceOf[at] = at;
        WakeSource self = sources[at];
        self.set(ct[at], ti[at], tiAmbient, turbine);
        deficit.prepare(self);
    }

    /** Effective wind speed [m/s] of turbine j at speed index k of the flow cases last solved. */
    double wsEff(int j, int k) {
        return wsEff[j * speedCount + k];
    }

    /** Power [W] of turbine j at speed index k of the flow cases last solved. */
    double power(int j, int k) {
        return power[j * speedCount + k];
    }

    /** Thrust coefficient of turbine j at speed index k of the flow cases last solved. */
    double ct(int j, int k) {
        return ct[j * speedCount + k];
    }

    /** Effective TI of turbine j at speed index k of the flow cases last solved. */
    double ti(int j, int k) {
        return ti[j * speedCount + k];
    }

    /** The wake source of turbine j at speed index k of the flow cases last solved (shared between equal states). */
    WakeSource source(int j, int k) {
        return sources[sourceOf[j * speedCount + k]];
    }

    /**
     * Adds to xBar, yBar the gradient of weight * sum_j power_j for the flow case at speed index k last solved with
     * partials kept. Reverse-mode sweep over the walk order: when turbine j is reached, every later turbine has already
     * passed back what it owes to j's CT and TI.
     */
    void backward(int k, double weight) {
        Arrays.fill(ctBar, 0);
        Arrays.fill(tiBar, 0);
        for (int a = n - 1; a >= 0; a--) {
            int j = order[a];
            int at = j * speedCount + k;
            double speed = wsEff[at];
            double wsBar = weight * curve.powerDerivative(speed) + ctBar[j] * curve.ctDerivative(speed);
            int tiSource = maxTiSource[at];
            if (addsTurbulence && tiSource >= 0 && tiBar[j] != 0) {
                double addedBar = tiBar[j] * maxTiAdded[at] / ti[at];
                addPairGradient(tiSource, j, addedBar * maxTiDdw[at], addedBar * maxTiDhcw[at]);
                ctBar[tiSource] += addedBar * maxTiDct[at];
                tiBar[tiSource] += addedBar * maxTiDti[at];
            }
            double sumBar = -wsBar * superposition.combineDerivative(sumOfTerms[at]);
            if (sumBar == 0) {
                continue;
            }
            int row = (k * n + a) * n;
            for (int b = 0; b < a; b++) {
                int i = order[b];
                addPairGradient(i, j, sumBar * partials.dw[row + b], sumBar * partials.hcw[row + b]);
                ctBar[i] += sumBar * partials.ct[row + b];
                tiBar[i] += sumBar * partials.ti[row + b];
            }
        }
    }

    /** dw = -cos*(xj - xi) - sin*(yj - yi), hcw = sin*(xj - xi) - cos*(yj - yi): chain rule to both turbines. */
    private void addPairGradient(int source, int destination, double dwBar, double hcwBar) {
        double gx = -cosTheta * dwBar + sinTheta * hcwBar;
        double gy = -sinTheta * dwBar - cosTheta * hcwBar;
        xBar[destination] += gx;
        yBar[destination] += gy;
        xBar[source] -= gx;
        yBar[source] -= gy;
    }

    /**
     * Effective wind speeds at a point (a candidate turbine's hub) in the wakes of the turbines of the flow cases last
     * solved, every one of them counting where dw > -1e-10: written into out[k] for each solved speed index k.
     */
    void wsEffAt(double px, double py, double[] out) {
        for (int m = 0; m < solvedCount; m++) {
            out[solved[m]] = 0;
        }
        for (int i = 0; i < n; i++) {
            double dx = px - x[i];
            double dy = py - y[i];
            double dw = downwind(dx, dy);
            if (dw <= COUNTED_DW) {
                continue;
            }
            addValueTerms(i * speedCount, dw, crosswind(dx, dy), out, 0);
        }
        for (int m = 0; m < solvedCount; m++) {
            int k = solved[m];
            out[k] = speeds[k] - superposition.combine(out[k]);
        }
    }

    /** Superposition's scale of unit-speed terms to the free-stream speed at index k. */
    double termScale(int k) {
        return termScale[k];
    }
}
