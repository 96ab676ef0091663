package org.windsweep.optimize;

/**
 * The questions the optimiser asks the physics (all answered by {@code WindFarmModel}); an interface of its own so
 * that the optimiser is tested on analytic stand-ins as well.
 */
public interface FarmAep {

    /** Total AEP (GWh) of the layout; writes its exact gradient (GWh/m). */
    double aepWithGradient(double[] x, double[] y, double[] dAepDx, double[] dAepDy);

    /** The AEP (GWh) a turbine at each candidate position would produce in the wakes of the placed turbines. */
    double[] candidateAep(double[] placedX, double[] placedY, double[] candX, double[] candY);

    /** candidateAep for these candidates, kept up to date as turbines are placed one at a time (smart start). */
    CandidateScores candidateScores(double[] candX, double[] candY);
}
