package org.windsweep.physics;

import java.util.Arrays;

/**
 * One farm calculation's working state (not thread-safe; {@link WindFarmModel} makes one per call). For a wind
 * direction it finds the downwind order and every pair's geometry, which all wind speeds of that direction share; for
 * a wind speed it walks that order once (MODELS.md "Farm solution"), each pair evaluated by the composition's
 * {@link PairKernel}; and it runs the adjoint of that walk backwards to get the exact gradient of a weighted power sum
 * with respect to the turbine positions.
 *
 * <p>Pair data (geometry, and the partials kept for the adjoint) is stored by walk positions: [a * n + b] for the
 * source at walk position b and the destination at walk position a > b.
 */
final class FarmSolver {

    /** A source counts for a destination only where dw > -1e-10 (PyWake's tolerance for side-by-side rotors). */
    private static final double COUNTED_DW = -1e-10;

    private final Turbine turbine;
    private final PowerCtCurve curve;
    private final WakeDeficit deficit;
    private final Superposition superposition;
    private final TurbulenceModel turbulence;
    private final boolean addsTurbulence;
    private final PairKernel kernel;
    private final double rotorRadius;
    private final int n;

    // The layout and wind direction of the current flow cases.
    private double[] x;
    private double[] y;
    private double cosTheta;
    private double sinTheta;
    private final int[] upstream;
    private final int[] order;
    /** The inverse of order: each turbine's walk position. */
    private final int[] walkPosition;
    private final long[] sortKeys;
    private final double[] pairDw;
    private final double[] pairHcw;

    // Solution of the current flow case, per turbine.
    final double[] wsEff;
    final double[] ct;
    final double[] ti;
    final double[] power;
    private final double[] sumOfTerms;
    /** The sources by walk position. */
    private final WakeSource[] walkSources;
    private final PairTerms pair = new PairTerms();

    // Partials kept for the adjoint: of each pair's superposition terms, and of each destination's largest added TI.
    private final PairPartials partials;
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

    FarmSolver(Turbine turbine, WakeModel model, int n, boolean forGradient) {
        this.turbine = turbine;
        this.curve = turbine.curve();
        this.deficit = model.deficit();
        this.superposition = model.superposition();
        this.turbulence = model.turbulence();
        this.addsTurbulence = turbulence.addsTurbulence();
        this.kernel = model.pairLoop().kernel(model, turbine);
        this.rotorRadius = turbine.radius();
        this.n = n;
        upstream = new int[n];
        order = new int[n];
        walkPosition = new int[n];
        sortKeys = new long[n];
        pairDw = new double[n * n];
        pairHcw = new double[n * n];
        wsEff = new double[n];
        ct = new double[n];
        ti = new double[n];
        power = new double[n];
        sumOfTerms = new double[n];
        walkSources = new WakeSource[n];
        for (int a = 0; a < n; a++) {
            walkSources[a] = new WakeSource();
        }
        partials = new PairPartials(forGradient ? n * n : 0);
        maxTiSource = new int[n];
        maxTiAdded = new double[n];
        maxTiDdw = new double[n];
        maxTiDhcw = new double[n];
        maxTiDct = new double[n];
        maxTiDti = new double[n];
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
            walkPosition[order[a]] = a;
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

    /** Walks the downwind order once for free-stream speed ws; keeps partials for {@link #backward} if asked. */
    void solve(double ws, double tiAmbient, boolean keepPartials) {
        double destHub = turbine.hubHeight();
        for (int a = 0; a < n; a++) {
            int row = a * n;
            double sum = 0;
            double maxAdded = 0;
            int maxSource = -1;
            int j = order[a];
            for (int b = 0; b < a; b++) {
                double dw = pairDw[row + b];
                if (dw <= COUNTED_DW) {
                    if (keepPartials) {
                        partials.clear(row + b);
                    }
                    continue;
                }
                WakeSource source = walkSources[b];
                double hcw = pairHcw[row + b];
                double dh = destHub - source.hubHeight;
                sum += keepPartials ? kernel.termsWithPartials(source, dw, hcw, dh, partials, row + b)
                        : kernel.terms(source, dw, hcw, dh);
                if (addsTurbulence && dw > 0) {
                    double cw = Math.sqrt(dh * dh + hcw * hcw);
                    turbulence.added(deficit, source, dw, cw, rotorRadius, pair);
                    if (pair.addedTi > maxAdded) {
                        maxAdded = pair.addedTi;
                        maxSource = order[b];
                        maxTiDdw[j] = pair.dAddedTiDw;
                        maxTiDhcw[j] = cw > 0 ? pair.dAddedTiDcw * hcw / cw : 0;
                        maxTiDct[j] = pair.dAddedTiDct;
                        maxTiDti[j] = pair.dAddedTiDti;
                    }
                }
            }
            finishDestination(a, ws, tiAmbient, sum, maxAdded, maxSource);
        }
    }

    /** The turbine at walk position a: its flow from its sum of terms and largest added TI; prepares it as a source. */
    private void finishDestination(int a, double ws, double tiAmbient, double sum, double maxAdded, int maxSource) {
        int j = order[a];
        sumOfTerms[j] = sum;
        double speed = ws - superposition.combine(sum);
        wsEff[j] = speed;
        ct[j] = curve.ct(speed);
        power[j] = curve.power(speed);
        ti[j] = addsTurbulence ? Math.sqrt(tiAmbient * tiAmbient + maxAdded * maxAdded) : tiAmbient;
        maxTiSource[j] = maxSource;
        maxTiAdded[j] = maxAdded;
        WakeSource self = walkSources[a];
        self.set(ws, ct[j], ti[j], tiAmbient, turbine);
        deficit.prepare(self);
    }

    /**
     * Adds to xBar, yBar the gradient of weight * sum_j power_j for the flow case last solved (with partials kept).
     * Reverse-mode sweep over the walk order: when turbine j is reached, every later turbine has already passed back
     * what it owes to j's CT and TI.
     */
    void backward(double weight) {
        Arrays.fill(ctBar, 0);
        Arrays.fill(tiBar, 0);
        for (int a = n - 1; a >= 0; a--) {
            int j = order[a];
            double speed = wsEff[j];
            double wsBar = weight * curve.powerDerivative(speed) + ctBar[j] * curve.ctDerivative(speed);
            int tiSource = maxTiSource[j];
            if (addsTurbulence && tiSource >= 0 && tiBar[j] != 0) {
                double addedBar = tiBar[j] * maxTiAdded[j] / ti[j];
                addPairGradient(tiSource, j, addedBar * maxTiDdw[j], addedBar * maxTiDhcw[j]);
                ctBar[tiSource] += addedBar * maxTiDct[j];
                tiBar[tiSource] += addedBar * maxTiDti[j];
            }
            double sumBar = -wsBar * superposition.combineDerivative(sumOfTerms[j]);
            if (sumBar == 0) {
                continue;
            }
            int row = a * n;
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
     * Effective wind speed at a point (a candidate turbine's hub) in the wakes of the turbines of the flow case last
     * solved, every one of them counting where dw > -1e-10.
     */
    double wsEffAt(double px, double py, double ws) {
        double destHub = turbine.hubHeight();
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double dx = px - x[i];
            double dy = py - y[i];
            double dw = downwind(dx, dy);
            if (dw <= COUNTED_DW) {
                continue;
            }
            WakeSource source = walkSources[walkPosition[i]];
            sum += kernel.terms(source, dw, crosswind(dx, dy), destHub - source.hubHeight);
        }
        return ws - superposition.combine(sum);
    }
}
