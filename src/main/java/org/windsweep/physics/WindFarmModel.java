package org.windsweep.physics;

import java.io.Serializable;
import org.windsweep.InvalidInputException;

/**
 * A wind farm of one turbine type on one site under one wake model: AEP, its exact gradient, single flow cases and
 * smart-start candidate scores. Immutable and thread-safe: every call works in its own thread's scratch space.
 */
public final class WindFarmModel implements Serializable {

    /** The most turbines of one farm calculation: 2 x n^2 doubles of pair geometry, 400 MB at 5000. */
    public static final int MAX_TURBINES = 5000;

    /** Converts W times a probability into GWh per year. */
    private static final double GWH_PER_W_YEAR = 8760 * 1e-9;

    private final Turbine turbine;
    private final Site site;
    private final WakeModel wakeModel;
    private final SteadyPower steadyPower;
    /**
     * Each thread's solvers for this model, one for values and one for gradients, reused from call to call: allocating
     * and zeroing a solver's arrays (for a gradient, partials of up to 64 MB in a farm of hundreds of turbines) costs
     * more than a small farm's whole calculation. Made on first use (also after deserialisation); two threads racing
     * to make it only cost a solver.
     */
    private transient volatile ThreadLocal<FarmSolver[]> solvers;

    public WindFarmModel(Turbine turbine, Site site, WakeModel wakeModel) {
        if (turbine == null || site == null || wakeModel == null) {
            throw new IllegalArgumentException("turbine, site and wake model are all required");
        }
        this.turbine = turbine;
        this.site = site;
        this.wakeModel = wakeModel;
        this.steadyPower = new SteadyPower(turbine, wakeModel, site.wsMs());
    }

    public Turbine turbine() {
        return turbine;
    }

    public Site site() {
        return site;
    }

    public WakeModel wakeModel() {
        return wakeModel;
    }

    /** The same farm under this model with wakes widened by factor (&gt; 1); see {@link WakeModel#widened}. */
    public WindFarmModel withWakesWidened(double factor) {
        return new WindFarmModel(turbine, site, wakeModel.widened(factor));
    }

    /** AEP [GWh] of turbines at (x, y) [m]: total, per wind direction bin, per turbine. */
    public AepResult aep(double[] x, double[] y) {
        int n = checkLayout(x, y);
        FarmSolver solver = solver(n, false);
        double[] perWd = new double[site.wdCount()];
        double[] perTurbine = new double[n];
        int[] toSolve = new int[site.wsCount()];
        for (int l = 0; l < site.wdCount(); l++) {
            int count = speedsThatCount(l, toSolve);
            if (count == 0) {
                continue;
            }
            solver.setDirection(x, y, site.wd(l));
            int unsteady = steadyPower.unsteadyCount(solver, site.ti(l), toSolve, count);
            if (unsteady > 0) {
                solver.solve(toSolve, 0, unsteady, site.ti(l), false);
            }
            for (int m = 0; m < count; m++) {
                int k = toSolve[m];
                double weight = weight(l, k);
                for (int j = 0; j < n; j++) {
                    double energy = (m < unsteady ? solver.power(j, k) : steadyPower.power(k)) * weight;
                    perTurbine[j] += energy;
                    perWd[l] += energy;
                }
            }
        }
        double total = 0;
        for (double e : perWd) {
            total += e;
        }
        return new AepResult(total, perWd, perTurbine);
    }

    /**
     * AEP [GWh] of one turbine alone in the free stream of every flow case: a farm of n turbines would produce n
     * times this without wakes, so the wake loss of a layout is 1 - aep / (n * this).
     */
    public double wakeFreeAepPerTurbine() {
        PowerCtCurve curve = turbine.curve();
        double aep = 0;
        for (int l = 0; l < site.wdCount(); l++) {
            for (int k = 0; k < site.wsCount(); k++) {
                aep += curve.power(site.ws(k)) * site.probability(l, k) * GWH_PER_W_YEAR;
            }
        }
        return aep;
    }

    /**
     * Total AEP [GWh] and its exact gradient [GWh/m] with respect to every turbine's x and y, written into dAepDx and
     * dAepDy (adjoint sweep per flow case; no finite differences).
     */
    public double aepWithGradient(double[] x, double[] y, double[] dAepDx, double[] dAepDy) {
        int n = checkLayout(x, y);
        if (dAepDx == null || dAepDy == null || dAepDx.length != n || dAepDy.length != n) {
            throw new IllegalArgumentException("gradient arrays must have one entry per turbine (" + n + ")");
        }
        FarmSolver solver = solver(n, true);
        double total = 0;
        int[] toSolve = new int[site.wsCount()];
        for (int l = 0; l < site.wdCount(); l++) {
            int count = speedsThatCount(l, toSolve);
            if (count == 0) {
                continue;
            }
            solver.setDirection(x, y, site.wd(l));
            int unsteady = steadyPower.unsteadyCount(solver, site.ti(l), toSolve, count);
            for (int from = 0; from < unsteady; from += solver.speedsWithPartials()) {
                int to = Math.min(unsteady, from + solver.speedsWithPartials());
                solver.solve(toSolve, from, to, site.ti(l), true);
                for (int m = 0; m < to - from; m++) {
                    int k = toSolve[from + m];
                    double weight = weight(l, k);
                    for (int j = 0; j < n; j++) {
                        total += solver.power(j, k) * weight;
                    }
                    solver.backward(m, weight);
                }
            }
            // steady flow cases add their power and nothing to the gradient (every power derivative is 0)
            for (int m = unsteady; m < count; m++) {
                int k = toSolve[m];
                double weight = weight(l, k);
                for (int j = 0; j < n; j++) {
                    total += steadyPower.power(k) * weight;
                }
            }
        }
        System.arraycopy(solver.xBar, 0, dAepDx, 0, n);
        System.arraycopy(solver.yBar, 0, dAepDy, 0, n);
        return total;
    }

    /** One flow case: wind from wdDeg at free-stream speed wsMs, with the site's ambient TI of the nearest wd bin. */
    public FlowCaseResult flowCase(double[] x, double[] y, double wdDeg, double wsMs) {
        int n = checkLayout(x, y);
        FarmSolver solver = new FarmSolver(turbine, wakeModel, n, new double[] {wsMs}, false);
        solver.setDirection(x, y, wdDeg);
        solver.solve(new int[] {0}, 0, 1, site.tiAt(wdDeg), false);
        double[] wsEff = new double[n];
        double[] power = new double[n];
        double[] ct = new double[n];
        double[] ti = new double[n];
        for (int j = 0; j < n; j++) {
            wsEff[j] = solver.wsEff(j, 0);
            power[j] = solver.power(j, 0);
            ct[j] = solver.ct(j, 0);
            ti[j] = solver.ti(j, 0);
        }
        return new FlowCaseResult(wsEff, power, ct, ti);
    }

    /**
     * For each candidate position, the AEP [GWh] a single new turbine there would produce in the wakes of the placed
     * turbines (which it does not disturb), over all flow cases: TopFarm's smart-start score.
     * O(candidates x placed x flow cases).
     */
    public double[] candidateAep(double[] placedX, double[] placedY, double[] candX, double[] candY) {
        if (placedX == null || placedY == null || placedX.length != placedY.length) {
            throw new IllegalArgumentException("placed x and y must have the same length");
        }
        if (candX == null || candY == null || candX.length != candY.length) {
            throw new IllegalArgumentException("candidate x and y must have the same length");
        }
        int n = placedX.length;
        double[] score = new double[candX.length];
        FarmSolver solver = solver(n, false);
        PowerCtCurve curve = turbine.curve();
        int[] toSolve = new int[site.wsCount()];
        double[] wsEff = new double[site.wsCount()];
        for (int l = 0; l < site.wdCount(); l++) {
            int count = speedsThatCount(l, toSolve);
            if (count == 0) {
                continue;
            }
            solver.setDirection(placedX, placedY, site.wd(l));
            solver.solve(toSolve, 0, count, site.ti(l), false);
            for (int c = 0; c < candX.length; c++) {
                solver.wsEffAt(candX[c], candY[c], wsEff);
                for (int m = 0; m < count; m++) {
                    int k = toSolve[m];
                    score[c] += curve.power(wsEff[k]) * weight(l, k);
                }
            }
        }
        return score;
    }

    /**
     * Smart start's scores for these candidate positions, kept up to date as turbines are placed one at a time: the
     * numbers of {@link #candidateAep} for the turbines placed so far, computed incrementally.
     */
    public CandidateScoring candidateScoring(double[] candX, double[] candY) {
        if (candX == null || candY == null || candX.length != candY.length) {
            throw new IllegalArgumentException("candidate x and y must have the same length");
        }
        return new CandidateScoring(turbine, site, wakeModel, GWH_PER_W_YEAR, candX, candY);
    }

    /** This thread's solver for n turbines at the site's speeds, with gradients if forGradient, ready for a calculation. */
    private FarmSolver solver(int n, boolean forGradient) {
        ThreadLocal<FarmSolver[]> local = solvers;
        if (local == null) {
            local = ThreadLocal.withInitial(() -> new FarmSolver[2]);
            solvers = local;
        }
        FarmSolver[] mine = local.get();
        int slot = forGradient ? 1 : 0;
        if (mine[slot] == null || mine[slot].turbineCount() != n) {
            mine[slot] = new FarmSolver(turbine, wakeModel, n, site.wsMs(), forGradient);
        }
        mine[slot].startCalculation();
        return mine[slot];
    }

    /** Weight of flow case (wd index l, ws index k) in AEP: its probability in GWh per W. */
    private double weight(int l, int k) {
        return site.probability(l, k) * GWH_PER_W_YEAR;
    }

    /**
     * Writes into toSolve the ws indices of wd index l (ascending) whose flow cases add to AEP or its gradient: a
     * non-zero probability at a speed where the turbine is not idle ({@link PowerCtCurve#idleUpTo}); returns how many.
     */
    private int speedsThatCount(int l, int[] toSolve) {
        int count = 0;
        for (int k = 0; k < site.wsCount(); k++) {
            if (counts(weight(l, k), turbine.curve(), site.ws(k))) {
                toSolve[count++] = k;
            }
        }
        return count;
    }

    /**
     * Whether a flow case of this weight at free-stream speed ws adds to AEP or its gradient: a turbine idle there
     * produces nothing in any wake, and a zero weight multiplies whatever it produces.
     */
    static boolean counts(double weight, PowerCtCurve curve, double ws) {
        return weight != 0 && !curve.idleUpTo(ws);
    }

    private static int checkLayout(double[] x, double[] y) {
        if (x == null || y == null || x.length != y.length) {
            throw new InvalidInputException("layout: x and y must have the same number of turbines");
        }
        if (x.length == 0) {
            throw new InvalidInputException("layout: needs at least one turbine");
        }
        if (x.length > MAX_TURBINES) {
            throw new InvalidInputException("layout: " + x.length + " turbines are more than the " + MAX_TURBINES
                    + " one farm calculation takes (it keeps every pair's geometry: memory grows with the square);"
                    + " split the layout into farms");
        }
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                throw new InvalidInputException("layout: turbine " + i + " has a non-finite position (" + x[i] + ", " + y[i] + ")");
            }
        }
        return x.length;
    }
}
