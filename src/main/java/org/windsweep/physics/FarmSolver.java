package org.windsweep.physics;

import java.util.Arrays;

/**
 * A farm calculation's working state (not thread-safe; {@link WindFarmModel} keeps one per thread). For a wind
 * direction it finds the downwind order and every pair's geometry; then it walks that order once for several of the
 * direction's wind speeds (MODELS.md "Farm solution"): each destination sums its upstream sources' terms at one speed
 * after another. Deficits are computed per unit free-stream speed ({@link WakeDeficit}) and the sum scaled to the speed
 * ({@link Superposition#termScale}), so a source whose CT and TI are the same at consecutive speeds (a constant-CT
 * curve, a flat stretch of a tabular one) shares one wake source between them and each destination evaluates that
 * pair once for all of them. The adjoint of the walk, run backwards per speed, gives the exact gradient of a weighted
 * power sum with respect to the turbine positions.
 *
 * <p>Per turbine and speed index k, values are stored at [j * speedCount + k]; wake sources by walk position at
 * [k * n + a]. Pair data is stored by walk positions: [a * n + b] for the source at walk position b and the
 * destination at walk position a > b. The partials kept for the adjoint: a solve a speed at a time keeps them at
 * [(m * n + a) * n + b] for the m-th speed of the solve at which the source's state was first evaluated (later speeds
 * with the same state read them there); a solve by states lists them per destination, an entry per source whose
 * partials are not all zero (most pairs of a large farm are beyond reach), with a slot per distinct state of the source.
 * A solve that keeps partials takes at most {@link #speedsWithPartials} speeds, so that they stay in the processor's
 * cache until the backward sweeps read them.
 */
final class FarmSolver {

    /** A source counts for a destination only where dw > -1e-10 (PyWake's tolerance for side-by-side rotors). */
    static final double COUNTED_DW = -1e-10;
    /** The vertical offset dh between any two hubs: a farm calculation is of one turbine type. */
    static final double SAME_HUB_HEIGHT = 0;
    /**
     * Room for the partials of one solve a speed at a time [bytes]: more speeds per solve share more pair evaluations,
     * but partials that overflow the cache (4 doubles per pair and speed) cost more to write and read back than they
     * save.
     */
    private static final int PARTIALS_BYTES = 2 * 1024 * 1024;
    /**
     * The most a solve by states may keep if every pair downwind were within reach [bytes]: it keeps partials only for
     * pairs within reach, a fraction of the pairs in a large farm, so that all of a direction's speeds batch in farms
     * of hundreds of turbines.
     */
    private static final int REACHED_PARTIALS_BYTES = 64 * 1024 * 1024;

    private final Turbine turbine;
    private final PowerCtCurve curve;
    private final WakeDeficit deficit;
    private final Superposition superposition;
    private final TurbulenceModel turbulence;
    private final boolean addsTurbulence;
    private final PairKernel kernel;
    private final boolean batchesStates;
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
    /** The inverse of order: each turbine's walk position. */
    private final int[] walkPosition;
    private final long[] sortKeys;
    private final double[] pairDw;
    private final double[] pairHcw;
    /** The speeds (indices into speeds, ascending) solved last, and how many. */
    private final int[] solved;
    private int solvedCount;
    /** The last speed index solved in the current direction before the last solve; -1 if none. */
    private int solvedBefore;

    // Solution of the current flow cases, per turbine and speed.
    private final double[] wsEff;
    private final double[] ct;
    private final double[] ti;
    private final double[] power;
    /** What the superposition combines: the scaled sum of the sources' unit-speed terms. */
    private final double[] sumOfTerms;
    /**
     * Wake sources by speed and walk position, and which one holds the state of each [k * n + a]: where a turbine's CT
     * and TI are the same as at the speed solved before, it points to that speed's source.
     */
    private final WakeSource[] sources;
    private final int[] stateOf;
    /**
     * Per walk position a, the distinct states of its wake over the speeds last solved, at [a * speedCount + s] for
     * s < stateCount[a], and the one each solved speed m has, stateIndex[a * speedCount + m].
     */
    private final WakeSource[] distinctStates;
    private final int[] stateCount;
    /**
     * Per walk position a, the line beyond which none of its distinct states reaches (PairKernel#reachOfStates):
     * |hcw| > reachIntercept[a] + reachSlope[a]*|dw| skips the source for all of them at once.
     */
    private final double[] reachIntercept;
    private final double[] reachSlope;
    private final double[] reachLine = new double[2];
    /** Whether the lists of distinct states are those of the last solve (made during it only where it used them). */
    private boolean statesListed;
    private final int[] stateIndex;
    /** Where one source's distinct states keep their partials of the current pair. */
    private final int[] partialsIndex;
    /** The current destination's sums of terms per solved speed, and one source's terms per distinct state. */
    private final double[] unitSums;
    private final double[] termsOfState;
    /** One source's terms at a point, per solved speed. */
    private final double[] pointTerms;

    // The current destination's pairs as last evaluated, by the source's walk position: which source state, its
    // unit-speed terms and its added TI (with partials).
    private final int[] rowState;
    private final double[] rowTerms;
    private final double[] rowAddedTi;
    private final PairPartials rowAddedTiPartials;
    private final PairTerms pair = new PairTerms();
    /** A source state that every turbine is given for {@link #largestUnitSum}, as a batch of one. */
    private final WakeSource boundingState = new WakeSource();
    private final WakeSource[] boundingStates = {boundingState};

    // Partials kept for the adjoint: of each pair's unit-speed terms, and of each destination's largest added TI.
    private final int speedsWithPartials;
    private final PairPartials partials;
    /** Whether the last solve listed its partials by entries (by states) or kept them a speed at a time. */
    private boolean partialsListed;
    /** [m * n + b]: the position in the last solve of the speed whose partials the source at b has at the m-th. */
    private final int[] partialsSpeed;
    /**
     * The entries of the destination at walk position a are [firstEntry[a], firstEntry[a + 1]), in the order of their
     * sources: entrySource is the source's walk position, entrySlot the slot of its first distinct state (the m-th
     * speed's partials are at entrySlot + stateIndex of the source's m-th speed).
     */
    private final int[] firstEntry;
    private final int[] entrySource;
    private final int[] entrySlot;
    private int entries;
    private int slots;
    private final int[] maxTiSource;
    private final double[] maxTiAdded;
    private final PairPartials maxTiPartials;

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
        this.batchesStates = kernel.batchesStates();
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
        walkPosition = new int[n];
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
        stateOf = new int[values];
        distinctStates = new WakeSource[values];
        stateCount = new int[n];
        reachIntercept = new double[n];
        reachSlope = new double[n];
        stateIndex = new int[values];
        partialsIndex = new int[speedCount];
        unitSums = new double[speedCount];
        termsOfState = new double[speedCount];
        pointTerms = new double[speedCount];
        rowState = new int[n];
        rowTerms = new double[n];
        rowAddedTi = new double[n];
        rowAddedTiPartials = new PairPartials(n);
        int pairs = n * (n - 1) / 2;
        boolean listsPartials = batchesStates && !addsTurbulence;
        long bytesPerSpeed = 4L * Double.BYTES * (listsPartials ? Math.max(1, pairs) : n * n);
        long room = listsPartials ? REACHED_PARTIALS_BYTES : PARTIALS_BYTES;
        speedsWithPartials = forGradient ? (int) Math.max(1, Math.min(speedCount, room / bytesPerSpeed)) : 0;
        partials = new PairPartials(0);
        partialsSpeed = new int[speedsWithPartials * n];
        firstEntry = new int[n + 1];
        entrySource = new int[forGradient ? pairs : 0];
        entrySlot = new int[forGradient ? pairs : 0];
        maxTiSource = new int[values];
        maxTiAdded = new double[values];
        maxTiPartials = new PairPartials(values);
        ctBar = new double[n];
        tiBar = new double[n];
        xBar = new double[n];
        yBar = new double[n];
    }

    /** The number of turbines this solver is made for. */
    int turbineCount() {
        return n;
    }

    /** Starts a new calculation: clears the gradient sums that {@link #backward} adds to. */
    void startCalculation() {
        Arrays.fill(xBar, 0);
        Arrays.fill(yBar, 0);
    }

    /** Fixes the layout and the wind direction wdDeg, orders the turbines for the walk and computes every pair's geometry. */
    void setDirection(double[] x, double[] y, double wdDeg) {
        this.x = x;
        this.y = y;
        solvedCount = 0;
        statesListed = false;
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
    double downwind(double dx, double dy) {
        return -cosTheta * dx - sinTheta * dy;
    }

    /** Horizontal crosswind distance of a point dx, dy [m] from a source in the current wind direction. */
    double crosswind(double dx, double dy) {
        return sinTheta * dx - cosTheta * dy;
    }

    /**
     * The largest sum of unit-speed terms at any turbine of the current direction if every turbine's wake had thrust
     * coefficient ct and the ambient TI (no added turbulence); the sums of the pairs a solve counts. Stops early once a
     * sum exceeds limit, returning that sum.
     */
    double largestUnitSum(double ct, double tiAmbient, double limit) {
        boundingState.set(ct, tiAmbient, tiAmbient, turbine);
        deficit.prepare(boundingState);
        kernel.reachOfStates(boundingStates, 0, 1, reachLine);
        double largest = 0;
        for (int a = 1; a < n; a++) {
            int row = a * n;
            double sum = 0;
            for (int b = 0; b < a; b++) {
                double dw = pairDw[row + b];
                if (dw > COUNTED_DW && !beyond(reachLine[0], reachLine[1], dw, pairHcw[row + b])) {
                    sum += kernel.terms(boundingState, dw, pairHcw[row + b], SAME_HUB_HEIGHT);
                }
            }
            largest = Math.max(largest, sum);
            if (largest > limit) {
                break;
            }
        }
        return largest;
    }

    /** How many speeds a solve that keeps partials may take at most (0 for a solver made without them). */
    int speedsWithPartials() {
        return speedsWithPartials;
    }

    /**
     * Walks the downwind order once for the free-stream speeds speeds[toSolve[from..to-1]] (ascending indices, above
     * those solved before in this direction); keeps partials for {@link #backward} if asked (at most
     * {@link #speedsWithPartials} speeds).
     */
    void solve(int[] toSolve, int from, int to, double tiAmbient, boolean keepPartials) {
        int count = to - from;
        if (keepPartials && count > speedsWithPartials) {
            throw new IllegalArgumentException("partials kept for " + count + " speeds, room for " + speedsWithPartials);
        }
        solvedBefore = solvedCount > 0 ? solved[solvedCount - 1] : -1;
        System.arraycopy(toSolve, from, solved, 0, count);
        solvedCount = count;
        // Each source's states at once where the kernel stages its work over them and there are several speeds; a
        // speed at a time otherwise, and where added turbulence needs each speed's largest added TI.
        boolean byStates = batchesStates && !addsTurbulence && count > 1;
        entries = 0;
        slots = 0;
        for (int a = 0; a < n; a++) {
            firstEntry[a] = entries;
            if (!byStates) {
                Arrays.fill(rowState, 0, a, -1);
            } else if (keepPartials) {
                sumTermsOfStatesWithPartials(a, count);
            } else {
                sumTermsOfStates(a, count);
            }
            for (int m = 0; m < count; m++) {
                int k = solved[m];
                int at = order[a] * speedCount + k;
                double unitSum = byStates ? unitSums[m] : unitSumAtSpeed(a, m, keepPartials);
                sumOfTerms[at] = termScale[k] * unitSum;
                wsEff[at] = wsEffFromUnitSum(superposition, speeds[k], unitSum);
                finishDestination(a, m, tiAmbient);
            }
            if (byStates) {
                collectStates(a, count);
            }
        }
        firstEntry[n] = entries;
        statesListed = byStates;
        partialsListed = byStates;
        if (keepPartials && !byStates) {
            rememberPartialsSpeeds();
        }
    }

    /**
     * Where the backward sweeps find each source's partials after a solve a speed at a time: at the speed of the solve
     * at which its state was first evaluated (the pair loop evaluates a pair again only where the source's state differs
     * from the previous speed's).
     */
    private void rememberPartialsSpeeds() {
        for (int b = 0; b < n; b++) {
            partialsSpeed[b] = 0;
        }
        for (int m = 1; m < solvedCount; m++) {
            int states = solved[m] * n;
            int previousStates = solved[m - 1] * n;
            for (int b = 0; b < n; b++) {
                partialsSpeed[m * n + b] = stateOf[states + b] == stateOf[previousStates + b] ? partialsSpeed[(m - 1) * n + b] : m;
            }
        }
    }

    /** A new entry of the current destination for the source at walk position b (its slots to be made room for). */
    private void addEntry(int b) {
        entrySource[entries] = b;
        entrySlot[entries++] = slots;
        slots += stateCount[b];
    }

    /**
     * The sums of the unit-speed terms of every source at the destination at walk position a, one per solved speed, into
     * unitSums: each source's distinct states evaluated at once ({@link PairKernel#termsOfStates}; a source of one
     * state, as at a constant CT, skips the batch's stages), each speed adding its source state's terms in walk order.
     */
    private void sumTermsOfStates(int a, int count) {
        Arrays.fill(unitSums, 0, count, 0);
        int row = a * n;
        for (int b = 0; b < a; b++) {
            double dw = pairDw[row + b];
            if (dw <= COUNTED_DW || beyondReach(b, dw, pairHcw[row + b])) {
                continue;
            }
            int from = b * speedCount;
            if (stateCount[b] == 1) {
                double terms = kernel.terms(distinctStates[from], dw, pairHcw[row + b], SAME_HUB_HEIGHT);
                for (int m = 0; m < count; m++) {
                    unitSums[m] += terms;
                }
                continue;
            }
            kernel.termsOfStates(distinctStates, from, stateCount[b], dw, pairHcw[row + b], SAME_HUB_HEIGHT, termsOfState);
            for (int m = 0; m < count; m++) {
                unitSums[m] += termsOfState[stateIndex[from + m]];
            }
        }
    }

    /**
     * {@link #sumTermsOfStates} keeping each pair's partials for the adjoint, a slot per distinct state of its source;
     * only pairs with a partial other than zero keep an entry (the others add nothing to the gradient).
     */
    private void sumTermsOfStatesWithPartials(int a, int count) {
        Arrays.fill(unitSums, 0, count, 0);
        int row = a * n;
        for (int b = 0; b < a; b++) {
            double dw = pairDw[row + b];
            if (dw <= COUNTED_DW || beyondReach(b, dw, pairHcw[row + b])) {
                continue;
            }
            int from = b * speedCount;
            int states = stateCount[b];
            // written into the next entry's slots, which stay free unless a partial is other than zero
            partials.ensure(slots + states);
            for (int s = 0; s < states; s++) {
                partialsIndex[s] = slots + s;
            }
            double hcw = pairHcw[row + b];
            if (states == 1) {
                termsOfState[0] = kernel.termsWithPartials(distinctStates[from], dw, hcw, SAME_HUB_HEIGHT, partials, partialsIndex[0]);
            } else {
                kernel.termsWithPartialsOfStates(distinctStates, from, states, dw, hcw, SAME_HUB_HEIGHT, termsOfState,
                        partials, partialsIndex);
            }
            if (!partials.allZero(slots, states)) {
                addEntry(b);
            }
            for (int m = 0; m < count; m++) {
                unitSums[m] += termsOfState[stateIndex[from + m]];
            }
        }
    }

    /**
     * Lists the distinct wake source states of the turbine at walk position a over the solved speeds (a state is shared
     * only by consecutive speeds) and which one each speed has.
     */
    private void collectStates(int a, int count) {
        int from = a * speedCount;
        int states = 0;
        int previous = -1;
        for (int m = 0; m < count; m++) {
            int state = stateOf[solved[m] * n + a];
            if (state != previous) {
                distinctStates[from + states++] = sources[state];
                previous = state;
            }
            stateIndex[from + m] = states - 1;
        }
        stateCount[a] = states;
        kernel.reachOfStates(distinctStates, from, states, reachLine);
        reachIntercept[a] = reachLine[0];
        reachSlope[a] = reachLine[1];
    }

    /** Whether none of the distinct states of the source at walk position b reaches a point dw, hcw from it. */
    private boolean beyondReach(int b, double dw, double hcw) {
        return beyond(reachIntercept[b], reachSlope[b], dw, hcw);
    }

    /** Whether a point dw, hcw from a source lies beyond the reach line intercept + slope*|dw| of its states. */
    private static boolean beyond(double intercept, double slope, double dw, double hcw) {
        return Math.abs(hcw) > intercept + slope * Math.abs(dw);
    }

    /**
     * The sum of the unit-speed terms of every source at the destination at walk position a at the m-th solved speed,
     * also finding the destination's largest added TI, and keeping partials for the adjoint if asked. A pair is
     * evaluated again only where the source's state differs from the previous speed's.
     */
    private double unitSumAtSpeed(int a, int m, boolean keepPartials) {
        int k = solved[m];
        int row = a * n;
        int states = k * n;
        int kept = (m * n + a) * n;
        if (keepPartials) {
            partials.ensure(kept + n);
        }
        double sum = 0;
        double maxAdded = 0;
        int maxSource = -1;
        for (int b = 0; b < a; b++) {
            double dw = pairDw[row + b];
            if (dw <= COUNTED_DW) {
                if (keepPartials) {
                    partials.clear(kept + b);
                }
                continue;
            }
            int state = stateOf[states + b];
            if (state != rowState[b]) {
                // evaluated again only where the source's state differs from the previous speed's
                WakeSource source = sources[state];
                double hcw = pairHcw[row + b];
                rowState[b] = state;
                rowTerms[b] = keepPartials ? kernel.termsWithPartials(source, dw, hcw, SAME_HUB_HEIGHT, partials, kept + b)
                        : kernel.terms(source, dw, hcw, SAME_HUB_HEIGHT);
                if (addsTurbulence && dw > 0) {
                    evaluateAddedTi(b, source, dw, hcw);
                }
            }
            sum += rowTerms[b];
            if (addsTurbulence && dw > 0 && rowAddedTi[b] > maxAdded) {
                maxAdded = rowAddedTi[b];
                maxSource = b;
            }
        }
        int at = order[a] * speedCount + k;
        maxTiAdded[at] = maxAdded;
        maxTiSource[at] = maxSource < 0 ? -1 : order[maxSource];
        if (maxSource >= 0) {
            maxTiPartials.copy(at, rowAddedTiPartials, maxSource);
        }
        return sum;
    }

    /** The added TI of the source at walk position b at a destination dw, hcw from it, into the row's caches. */
    private void evaluateAddedTi(int b, WakeSource source, double dw, double hcw) {
        double cw = Math.sqrt(SAME_HUB_HEIGHT * SAME_HUB_HEIGHT + hcw * hcw);
        turbulence.added(deficit, source, dw, cw, rotorRadius, pair);
        rowAddedTi[b] = pair.addedTi;
        rowAddedTiPartials.set(b, pair.dAddedTiDw, cw > 0 ? pair.dAddedTiDcw * hcw / cw : 0, pair.dAddedTiDct,
                pair.dAddedTiDti);
    }

    /**
     * The turbine at walk position a at the m-th solved speed: its flow from its effective wind speed and largest added
     * TI; prepares it as a source, sharing the source of the speed solved before it in this direction if its CT and TI
     * are the same.
     */
    private void finishDestination(int a, int m, double tiAmbient) {
        int k = solved[m];
        int j = order[a];
        int at = j * speedCount + k;
        double speed = wsEff[at];
        ct[at] = curve.ct(speed);
        power[at] = curve.power(speed);
        double added = addsTurbulence ? maxTiAdded[at] : 0;
        ti[at] = addsTurbulence ? Math.sqrt(tiAmbient * tiAmbient + added * added) : tiAmbient;
        int previousSpeed = m > 0 ? solved[m - 1] : solvedBefore;
        int previous = j * speedCount + previousSpeed;
        int slot = k * n + a;
        if (previousSpeed >= 0 && ct[previous] == ct[at] && ti[previous] == ti[at]) {
            stateOf[slot] = stateOf[previousSpeed * n + a];
            return;
        }
        stateOf[slot] = slot;
        WakeSource self = sources[slot];
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
        return sources[stateOf[k * n + walkPosition[j]]];
    }

    /**
     * Adds to xBar, yBar the gradient of weight * sum_j power_j for the m-th speed of the last solve (with partials
     * kept). Reverse-mode sweep over the walk order: when turbine j is reached, every later turbine has already passed
     * back what it owes to j's CT and TI.
     */
    void backward(int m, double weight) {
        int k = solved[m];
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
                addPairGradient(tiSource, j, addedBar * maxTiPartials.dw[at], addedBar * maxTiPartials.hcw[at]);
                ctBar[tiSource] += addedBar * maxTiPartials.ct[at];
                tiBar[tiSource] += addedBar * maxTiPartials.ti[at];
            }
            // the kept partials are of unit-speed terms: the sum's scale joins the chain here
            double sumBar = -wsBar * superposition.combineDerivative(sumOfTerms[at]) * termScale[k];
            if (sumBar == 0) {
                continue;
            }
            if (partialsListed) {
                for (int e = firstEntry[a]; e < firstEntry[a + 1]; e++) {
                    int b = entrySource[e];
                    addSourceGradient(order[b], j, sumBar, entrySlot[e] + stateIndex[b * speedCount + m]);
                }
            } else {
                for (int b = 0; b < a; b++) {
                    addSourceGradient(order[b], j, sumBar, (partialsSpeed[m * n + b] * n + a) * n + b);
                }
            }
        }
    }

    /** Passes back to source i and destination j what a sum's adjoint sumBar owes them through the partials at kept. */
    private void addSourceGradient(int i, int j, double sumBar, int kept) {
        addPairGradient(i, j, sumBar * partials.dw[kept], sumBar * partials.hcw[kept]);
        ctBar[i] += sumBar * partials.ct[kept];
        tiBar[i] += sumBar * partials.ti[kept];
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
        unitSumsAt(px, py, out);
        for (int m = 0; m < solvedCount; m++) {
            int k = solved[m];
            out[k] = wsEffFromUnitSum(superposition, speeds[k], out[k]);
        }
    }

    /**
     * The sums of unit-speed terms at a point (a candidate turbine's hub) in the wakes of the turbines of the flow cases
     * last solved, every one of them counting where dw > -1e-10, added in turbine order: into out[k] for each solved
     * speed index k.
     */
    void unitSumsAt(double px, double py, double[] out) {
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
            sourceTermsAt(i, dw, crosswind(dx, dy), pointTerms);
            for (int m = 0; m < solvedCount; m++) {
                out[solved[m]] += pointTerms[m];
            }
        }
    }

    /**
     * The unit-speed terms of turbine i's wake (its state at each speed of the last solve) at a point dw downwind and
     * hcw crosswind of it: out[m] for the m-th speed of the last solve. Its distinct states are evaluated at once.
     */
    void sourceTermsAt(int i, double dw, double hcw, double[] out) {
        if (!statesListed) {
            for (int b = 0; b < n; b++) {
                collectStates(b, solvedCount);
            }
            statesListed = true;
        }
        int a = walkPosition[i];
        int from = a * speedCount;
        if (beyondReach(a, dw, hcw)) {
            Arrays.fill(out, 0, solvedCount, 0);
            return;
        }
        if (stateCount[a] == 1) {
            Arrays.fill(out, 0, solvedCount, kernel.terms(distinctStates[from], dw, hcw, SAME_HUB_HEIGHT));
            return;
        }
        kernel.termsOfStates(distinctStates, from, stateCount[a], dw, hcw, SAME_HUB_HEIGHT, termsOfState);
        for (int m = 0; m < solvedCount; m++) {
            out[m] = termsOfState[stateIndex[from + m]];
        }
    }

    /** The effective wind speed [m/s] at free-stream speed ws where the sources' unit-speed terms sum to unitSum. */
    static double wsEffFromUnitSum(Superposition superposition, double ws, double unitSum) {
        return ws - superposition.combine(superposition.termScale(ws) * unitSum);
    }
}
