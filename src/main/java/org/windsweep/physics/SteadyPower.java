package org.windsweep.physics;

import java.io.Serializable;

/**
 * Finds the flow cases of a wind direction in which every turbine provably produces its curve's steady (rated) power,
 * so that AEP and its gradient need no wake calculation for them: each turbine's power is power(ws) exactly, and its
 * derivative 0, whatever its wakes are.
 *
 * <p>The proof, for a free-stream speed ws on the curve's steady stretch [v, ws] ({@link PowerCtCurve#steadyPowerFrom}):
 * wakes only slow the wind, so a turbine whose effective speed is at least v has a CT of at most
 * c = largestCt(v, ws). If the deficit grows with CT up to c ({@link WakeDeficit#thrustMonotoneUpTo}), no turbulence
 * is added (so TI does not depend on CT) and every turbine's sum of terms with all wakes at CT c is at most S, then,
 * turbine after turbine in downwind order, each sum is at most S and each effective speed at least wsEff(ws, S): if
 * that is at least v, every turbine is on the steady stretch. S is found once per direction
 * ({@link FarmSolver#largestUnitSum}), for about the cost of solving one of its speeds.
 */
final class SteadyPower implements Serializable {

    /**
     * How much more a real state's terms may add to a turbine's sum than the bounding state's, per source: the rotor
     * average's table is within GaussianOverlapTable.MAX_ERROR of the exact average, which grows with CT, so each of
     * the two images' squared deficits (at most 1) may be off by twice that, for the real state and for the
     * bounding one: 8 table errors, rounded up to 10 (2e-9) for slack. S is raised by this for each of the n turbines.
     */
    private static final double TERM_ERROR = 10 * GaussianOverlapTable.MAX_ERROR;

    private final PowerCtCurve curve;
    private final Superposition superposition;
    private final double[] speeds;
    private final double thrustMonotoneUpTo;
    private final boolean applies;

    SteadyPower(Turbine turbine, WakeModel model, double[] speeds) {
        this.curve = turbine.curve();
        this.superposition = model.superposition();
        this.speeds = speeds.clone();
        this.thrustMonotoneUpTo = model.deficit().thrustMonotoneUpTo();
        this.applies = thrustMonotoneUpTo > 0 && !model.turbulence().addsTurbulence();
    }

    /**
     * Of the speed indices speedIndices[0..count) (ascending) of the direction the solver is set to, how many from the
     * first must be solved: the flow cases after them are steady, each turbine producing power(ws) of its speed.
     */
    int unsteadyCount(FarmSolver solver, double tiAmbient, int[] speedIndices, int count) {
        if (!applies || count == 0) {
            return count;
        }
        double top = speeds[speedIndices[count - 1]];
        double from = curve.steadyPowerFrom(top);
        if (!(from <= top)) {
            return count;
        }
        double boundingCt = curve.largestCt(from, top);
        if (boundingCt > thrustMonotoneUpTo) {
            return count;
        }
        // the sum at which the top speed would end at v (combine inverts term): no speed is steady beyond it
        double limit = superposition.term(1 - from / top);
        double largest = solver.largestUnitSum(boundingCt, tiAmbient, limit) + solver.turbineCount() * TERM_ERROR;
        int unsteady = count;
        while (unsteady > 0) {
            double ws = speeds[speedIndices[unsteady - 1]];
            if (ws < from || FarmSolver.wsEffFromUnitSum(superposition, ws, largest) < from) {
                break;
            }
            unsteady--;
        }
        return unsteady;
    }

    /** The power [W] of every turbine in a steady flow case of speed index k. */
    double power(int k) {
        return curve.power(speeds[k]);
    }
}
