package org.windsweep.physics;

import java.util.Arrays;

/**
 * One farm calculation's working state (not thread-safe; {@link WindFarmModel} makes one per call). For a wind
 * direction it finds the downwind order; for a wind speed it walks that order once (MODELS.md "Farm solution"); and it
 * runs the adjoint of that walk backwards to get the exact gradient of a weighted power sum with respect to the
 * turbine positions.
 *
 * <p>Pair geometry is recomputed where it is needed (cheaper than storing n^2 distances). The partials kept for the
 * adjoint are stored per destination, in walk order of the sources: [destination * n + walk position of source].
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

    // The layout and wind direction of the current flow cases.
    private double[] x;
    private double[] y;
    private double cosTheta;
    private double sinTheta;
    private final int[] order;
    private final long[] sortKeys;
    // The positions in walk order: the inner loops read them sequentially.
    private final double[] walkX;
    private final double[] walkY;
    /**
     * Set for the IEA37SimpleBastankhahGaussian composition, whose value-only walk ({@link #solveIea37Values}) and
     * pair partials ({@link #iea37TermsWithPartials}) have their own code; then walkLoad holds the sources' load
     * factors CT*D^2/8 in walk order for the value-only walk, and nearWakeSigma the turbine's D/sqrt(8).
     */
    private final boolean iea37Composition;
    private final double[] walkLoad;
    private final double nearWakeSigma;

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

    FarmSolver(Turbine turbine, WakeModel model, int n, boolean forGradient) {
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
        order = new int[n];
        sortKeys = new long[n];
        walkX = new double[n];
        walkY = new double[n];
        iea37Composition = deficit instanceof IEA37SimpleBastankhahDeficit && superposition instanceof SquaredSum
                && ground instanceof NoGround && !addsTurbulence;
        walkLoad = new double[iea37Composition ? n : 0];
        nearWakeSigma = IEA37SimpleBastankhahDeficit.nearWakeSigma(turbine.diameter());
        wsEff = new double[n];
        ct = new double[n];
        ti = new double[n];
        power = new double[n];
        sumOfTerms = new double[n];
        sources = new WakeSource[n];
        for (int i = 0; i < n; i++) {
            sources[i] = new WakeSource();
        }
        int pairs = forGradient ? n * n : 0;
        termsDdw = new double[pairs];
        termsDhcw = new double[pairs];
        termsDct = new double[pairs];
        termsDti = new double[pairs];
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

    /** Fixes the layout and the wind direction wdDeg, and orders the turbines for the walk. */
    void setDirection(double[] x, double[] y, double wdDeg) {
        this.x = x;
        this.y = y;
        // theta computed in exactly this order: PyWake's side-by-side rotors interact through its round-off.
        double theta = (90 - wdDeg) * Math.PI / 180;
        cosTheta = Math.cos(theta);
        sinTheta = Math.sin(theta);
        // Order by the number of turbines upstream (dw > 0 towards the turbine), ties by index. dw(j -> i) is
        // exactly -dw(i -> j) in floating point, so each pair is computed once.
        int[] upstream = new int[n];
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double d = downwind(i, j);
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
            walkX[a] = x[order[a]];
            walkY[a] = y[order[a]];
        }
    }

    /** Downwind distance dw = -cos(theta)*dx - sin(theta)*dy from source i to destination j. */
    private double downwind(int i, int j) {
        return -cosTheta * (x[j] - x[i]) - sinTheta * (y[j] - y[i]);
    }

    /** Walks the downwind order once for free-stream speed ws; keeps partials for {@link #backward} if asked. */
    void solve(double ws, double tiAmbient, boolean keepPartials) {
        if (iea37Composition && !keepPartials) {
            solveIea37Values(ws, tiAmbient);
            return;
        }
        double destHub = turbine.hubHeight();
        for (int a = 0; a < n; a++) {
            int j = order[a];
            int row = j * n;
            double xj = walkX[a];
            double yj = walkY[a];
            double sum = 0;
            double maxAdded = 0;
            int maxSource = -1;
            for (int b = 0; b < a; b++) {
                int i = order[b];
                double dx = xj - walkX[b];
                double dy = yj - walkY[b];
                double d = -cosTheta * dx - sinTheta * dy;
                if (d <= COUNTED_DW) {
                    if (keepPartials) {
                        termsDdw[row + b] = 0;
                        termsDhcw[row + b] = 0;
                        termsDct[row + b] = 0;
                        termsDti[row + b] = 0;
                    }
                    continue;
                }
                WakeSource source = sources[i];
                double h = sinTheta * dx - cosTheta * dy;
                double dh = destHub - source.hubHeight;
                if (keepPartials && iea37Composition) {
                    sum += iea37TermsWithPartials(source, d, h, row + b);
                } else if (keepPartials) {
                    sum += termsWithPartials(source, d, h, dh, row + b);
                } else {
                    for (int image = 0; image < images; image++) {
                        double imageDh = ground.imageDh(image, dh, source.hubHeight);
                        sum += superposition.term(deficit.deficit(source, d, imageDh * imageDh + h * h, rotorRadius));
                    }
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
            finishDestination(j, ws, tiAmbient, sum, maxAdded, maxSource);
        }
    }

    /**
     * {@link #solve} without partials for the IEA37SimpleBastankhahGaussian composition (rotor-centre Gaussian,
     * squared sum, no ground images, one hub height, ambient TI): the generic loop's operations in the same order, so
     * bit-identical results, but with the sources' load factors read in walk order and no virtual calls or sigma memo
     * writes per pair, which took most of the generic loop's time.
     */
    private void solveIea37Values(double ws, double tiAmbient) {
        double diameter = turbine.diameter();
        for (int a = 0; a < n; a++) {
            double xj = walkX[a];
            double yj = walkY[a];
            double sum = 0;
            for (int b = 0; b < a; b++) {
                double dx = xj - walkX[b];
                double dy = yj - walkY[b];
                double d = -cosTheta * dx - sinTheta * dy;
                if (d <= COUNTED_DW) {
                    continue;
                }
                double h = sinTheta * dx - cosTheta * dy;
                double cwSquared = h * h;
                double sigma = IEA37SimpleBastankhahDeficit.sigma(nearWakeSigma, d);
                double negligible = RotorCenter.NEGLIGIBLE_C * sigma;
                if (cwSquared > negligible * negligible) {
                    continue;
                }
                double inverseSigma = 1 / sigma;
                double deficit = IEA37SimpleBastankhahDeficit.centre(ws, walkLoad[b], inverseSigma)
                        * Math.exp(-0.5 * (cwSquared * inverseSigma * inverseSigma));
                sum += deficit * deficit;
            }
            int j = order[a];
            finishDestination(j, ws, tiAmbient, sum, 0, -1);
            walkLoad[a] = IEA37SimpleBastankhahDeficit.loadFactor(ct[j], diameter);
        }
    }

    /** Turbine j's flow from its sum of superposition terms and largest added TI; prepares it as a source. */
    private void finishDestination(int j, double ws, double tiAmbient, double sum, double maxAdded, int maxSource) {
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

    /** The superposition terms of one source's images at a destination; stores their partials at index. */
    private double termsWithPartials(WakeSource source, double d, double h, double dh, int index) {
        double sum = 0;
        double dTermsDdw = 0;
        double dTermsDhcw = 0;
        double dTermsDct = 0;
        double dTermsDti = 0;
        for (int image = 0; image < images; image++) {
            double imageDh = ground.imageDh(image, dh, source.hubHeight);
            double cw = Math.sqrt(imageDh * imageDh + h * h);
            deficit.evaluate(source, d, cw, rotorRadius, pair);
            sum += superposition.term(pair.deficit);
            double dTerm = superposition.termDerivative(pair.deficit);
            dTermsDdw += dTerm * pair.dDeficitDw;
            dTermsDhcw += cw > 0 ? dTerm * pair.dDeficitDcw * h / cw : 0;
            dTermsDct += dTerm * pair.dDeficitDct;
            dTermsDti += dTerm * pair.dDeficitDti;
        }
        termsDdw[index] = dTermsDdw;
        termsDhcw[index] = dTermsDhcw;
        termsDct[index] = dTermsDct;
        termsDti[index] = dTermsDti;
        return sum;
    }

    /**
     * {@link #termsWithPartials} for the IEA37SimpleBastankhahGaussian composition: the operations of
     * GaussianDeficit.evaluate, the deficit's centreAndSigma, RotorCenter.shape and SquaredSum in the same order (terms
     * that are zero by construction left out), without their virtual calls and PairTerms traffic; pairs beyond the
     * negligible distance are rejected before anything else is computed. With no ground images and one hub height,
     * cw = sqrt(h*h) is |h| exactly in binary floating point (h*h underflowing aside, where both give a zero
     * contribution), so no square root is taken.
     */
    private double iea37TermsWithPartials(WakeSource source, double d, double h, int index) {
        double cw = Math.abs(h);
        double sigma = IEA37SimpleBastankhahDeficit.sigma(nearWakeSigma, d);
        if (cw > RotorCenter.NEGLIGIBLE_C * sigma) {
            termsDdw[index] = 0;
            termsDhcw[index] = 0;
            termsDct[index] = 0;
            termsDti[index] = 0;
            return 0;
        }
        double ws = source.ws;
        double sigmaOverD = sigma / source.diameter;
        double denominator = 8. * sigmaOverD * sigmaOverD;
        double load = source.ct / denominator;
        double root = Math.sqrt(1. - load);
        double centre = ws * (1 - root);
        double dCentreDload = root > 0 ? 0.5 * ws / root : 0;
        double dCentreDct = dCentreDload / denominator;
        double dSigmaDw = IEA37SimpleBastankhahDeficit.sigmaSlope(d);
        double dCentreDw = dCentreDload * (-2 * load / sigma) * dSigmaDw;
        double c = cw / sigma;
        double shape = Math.exp(-0.5 * c * c);
        double dShapeDc = -c * shape;
        double dDeficitDsigma = -centre * (dShapeDc * c) / sigma;
        double deficitValue = centre * shape;
        double dDeficitDcw = centre * dShapeDc / sigma;
        double dDeficitDw = dCentreDw * shape + dDeficitDsigma * dSigmaDw;
        double dDeficitDct = dCentreDct * shape;
        double dTerm = 2 * deficitValue;
        termsDdw[index] = dTerm * dDeficitDw;
        termsDhcw[index] = cw > 0 ? dTerm * dDeficitDcw * h / cw : 0;
        termsDct[index] = dTerm * dDeficitDct;
        termsDti[index] = 0;
        return deficitValue * deficitValue;
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
            int row = j * n;
            for (int b = 0; b < a; b++) {
                int i = order[b];
                addPairGradient(i, j, sumBar * termsDdw[row + b], sumBar * termsDhcw[row + b]);
                ctBar[i] += sumBar * termsDct[row + b];
                tiBar[i] += sumBar * termsDti[row + b];
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
            double d = -cosTheta * dx - sinTheta * dy;
            if (d <= COUNTED_DW) {
                continue;
            }
            double h = sinTheta * dx - cosTheta * dy;
            WakeSource source = sources[i];
            double dh = destHub - source.hubHeight;
            for (int image = 0; image < images; image++) {
                double imageDh = ground.imageDh(image, dh, source.hubHeight);
                sum += superposition.term(deficit.deficit(source, d, imageDh * imageDh + h * h, rotorRadius));
            }
        }
        return ws - superposition.combine(sum);
    }
}
