package org.windsweep.physics;

/**
 * One farm calculation's working state (not thread-safe; {@link WindFarmModel} makes one per call). For a wind
 * direction it computes the pair geometry and the downwind order; for a wind speed it walks that order once
 * (MODELS.md "Farm solution"); and it runs the adjoint of that walk backwards to get the exact gradient of a
 * weighted power sum with respect to the turbine positions.
 *
 * <p>Pair arrays are flat, indexed [source * n + destination].
 */
final class FarmSolver {

    /** A source counts for a destination only where dw > -1e-10 (PyWake's tolerance for side-by-side rotors). */
    private static final double COUNTED_DW = -1e-10;

    private final Turbine turbine;
    private final PowerCtCurve curve;
    private final WakeDeficit deficit;
    private final Superposition superposition;
    private final GroundModel ground;
    private final TurbulenceModel turbulence;
    private final boolean addsTurbulence;
    private final int images;
    private final double rotorRadius;
    private final int n;

    // Geometry of the current wind direction.
    private double cosTheta;
    private double sinTheta;
    private final double[] dw;
    private final double[] hcw;
    private final int[] order;
    private final long[] sortKeys;

    // Solution of the current flow case, per turbine.
    final double[] wsEff;
    final double[] ct;
    final double[] ti;
    final double[] power;
    private final double[] sumOfTerms;
    private final WakeSource[] sources;
    private final PairTerms pair = new PairTerms();

    // Partials kept for the adjoint: of each pair's superposition terms, and of each destination's largest added TI.
    private final double[] termsDdw;
    private final double[] termsDhcw;
    private final double[] termsDct;
    private final double[] termsDti;
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

    FarmSolver(Turbine turbine, WakeModel model, int n) {
        this.turbine = turbine;
        this.curve = turbine.curve();
        this.deficit = model.deficit();
        this.superposition = model.superposition();
        this.ground = model.ground();
        this.turbulence = model.turbulence();
        this.addsTurbulence = turbulence.addsTurbulence();
        this.images = ground.imageCount();
        this.rotorRadius = turbine.radius();
        this.n = n;
        dw = new double[n * n];
        hcw = new double[n * n];
        order = new int[n];
        sortKeys = new long[n];
        wsEff = new double[n];
        ct = new double[n];
        ti = new double[n];
        power = new double[n];
        sumOfTerms = new double[n];
        sources = new WakeSource[n];
        for (int i = 0; i < n; i++) {
            sources[i] = new WakeSource();
        }
        termsDdw = new double[n * n];
        termsDhcw = new double[n * n];
        termsDct = new double[n * n];
        termsDti = new double[n * n];
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

    /** Downwind and crosswind distances of every pair, and the walk order, for wind from wdDeg. */
    void setDirection(double[] x, double[] y, double wdDeg) {
        // theta computed in exactly this order: PyWake's side-by-side rotors interact through its round-off.
        double theta = (90 - wdDeg) * Math.PI / 180;
        cosTheta = Math.cos(theta);
        sinTheta = Math.sin(theta);
        for (int i = 0; i < n; i++) {
            int row = i * n;
            for (int j = 0; j < n; j++) {
                double dx = x[j] - x[i];
                double dy = y[j] - y[i];
                dw[row + j] = -cosTheta * dx - sinTheta * dy;
                hcw[row + j] = sinTheta * dx - cosTheta * dy;
            }
        }
        // Order by the number of turbines upstream (dw > 0 towards the turbine), ties by index.
        for (int j = 0; j < n; j++) {
            int upstream = 0;
            for (int i = 0; i < n; i++) {
                if (i != j && dw[i * n + j] > 0) {
                    upstream++;
                }
            }
            sortKeys[j] = (long) upstream * n + j;
        }
        java.util.Arrays.sort(sortKeys);
        for (int a = 0; a < n; a++) {
            order[a] = (int) (sortKeys[a] % n);
        }
    }

    /** Walks the downwind order once for free-stream speed ws; keeps partials for {@link #backward} if asked. */
    void solve(double ws, double tiAmbient, boolean keepPartials) {
        double destHub = turbine.hubHeight();
        for (int a = 0; a < n; a++) {
            int j = order[a];
            double sum = 0;
            double maxAdded = 0;
            int maxSource = -1;
            for (int b = 0; b < a; b++) {
                int i = order[b];
                int ij = i * n + j;
                double d = dw[ij];
                if (d <= COUNTED_DW) {
                    continue;
                }
                WakeSource source = sources[i];
                double h = hcw[ij];
                double dh = destHub - source.hubHeight;
                double dTermsDdw = 0;
                double dTermsDhcw = 0;
                double dTermsDct = 0;
                double dTermsDti = 0;
                for (int image = 0; image < images; image++) {
                    double imageDh = ground.imageDh(image, dh, source.hubHeight);
                    double cw = Math.sqrt(imageDh * imageDh + h * h);
                    deficit.evaluate(source, d, cw, rotorRadius, pair);
                    sum += superposition.term(pair.deficit);
                    if (keepPartials) {
                        double dTerm = superposition.termDerivative(pair.deficit);
                        dTermsDdw += dTerm * pair.dDeficitDw;
                        dTermsDhcw += cw > 0 ? dTerm * pair.dDeficitDcw * h / cw : 0;
                        dTermsDct += dTerm * pair.dDeficitDct;
                        dTermsDti += dTerm * pair.dDeficitDti;
                    }
                }
                if (keepPartials) {
                    termsDdw[ij] = dTermsDdw;
                    termsDhcw[ij] = dTermsDhcw;
                    termsDct[ij] = dTermsDct;
                    termsDti[ij] = dTermsDti;
                }
                if (addsTurbulence && d > 0) {
                    double cw = Math.sqrt(dh * dh + h * h);
                    turbulence.added(deficit, source, d, cw, rotorRadius, pair);
                    if (pair.addedTi > maxAdded) {
                        maxAdded = pair.addedTi;
                        maxSource = i;
                        maxTiDdw[j] = pair.dAddedTiDw;
                        maxTiDhcw[j] = cw > 0 ? pair.dAddedTiDcw * h / cw : 0;
                        maxTiDct[j] = pair.dAddedTiDct;
                        maxTiDti[j] = pair.dAddedTiDti;
                    }
                }
            }
            sumOfTerms[j] = sum;
            double speed = ws - superposition.combine(sum);
            wsEff[j] = speed;
            ct[j] = curve.ct(speed);
            power[j] = curve.power(speed);
            ti[j] = addsTurbulence ? Math.sqrt(tiAmbient * tiAmbient + maxAdded * maxAdded) : tiAmbient;
            maxTiSource[j] = maxSource;
            maxTiAdded[j] = maxAdded;
            WakeSource self = sources[j];
            self.set(ws, ct[j], ti[j], tiAmbient, turbine);
            deficit.prepare(self);
        }
    }

    /**
     * Adds to xBar, yBar the gradient of weight * sum_j power_j for the flow case last solved (with partials kept).
     * Reverse-mode sweep over the walk order: when turbine j is reached, every later turbine has already passed back
     * what it owes to j's CT and TI.
     */
    void backward(double weight) {
        java.util.Arrays.fill(ctBar, 0);
        java.util.Arrays.fill(tiBar, 0);
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
            for (int b = 0; b < a; b++) {
                int i = order[b];
                int ij = i * n + j;
                if (dw[ij] <= COUNTED_DW) {
                    continue;
                }
                addPairGradient(i, j, sumBar * termsDdw[ij], sumBar * termsDhcw[ij]);
                ctBar[i] += sumBar * termsDct[ij];
                tiBar[i] += sumBar * termsDti[ij];
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
            WakeSource source = sources[i];
            double dx = px - source.x;
            double dy = py - source.y;
            double d = -cosTheta * dx - sinTheta * dy;
            if (d <= COUNTED_DW) {
                continue;
            }
            double h = sinTheta * dx - cosTheta * dy;
            double dh = destHub - source.hubHeight;
            for (int image = 0; image < images; image++) {
                double imageDh = ground.imageDh(image, dh, source.hubHeight);
                deficit.evaluate(source, d, Math.sqrt(imageDh * imageDh + h * h), rotorRadius, pair);
                sum += superposition.term(pair.deficit);
            }
        }
        return ws - superposition.combine(sum);
    }

    void rememberPositions(double[] x, double[] y) {
        for (int i = 0; i < n; i++) {
            sources[i].x = x[i];
            sources[i].y = y[i];
        }
    }
}
