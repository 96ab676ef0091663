/**
 * One configuration's layout optimisation, as {@link org.windsweep.optimize.LayoutOptimizer#optimize} runs it:
 * <ol>
 *   <li>{@code SmartStart} places the turbines greedily on a {@code CandidateGrid} inside the
 *       {@link org.windsweep.optimize.Boundary}, scoring candidates with the physics' candidate AEP, kept up to
 *       date placement by placement ({@link org.windsweep.optimize.CandidateScores});</li>
 *   <li>each start (the strategy's {@code starts} smart starts in turn) is refined by {@code StartRefinement}:
 *       first on the model with wakes widened by each {@code wakeExpansion} factor, then on the true model (the
 *       first start also without the widened stages, as the fast strategy refines it);</li>
 *   <li>{@code Refinement} runs the SQP ({@link org.windsweep.optimize.SqpOptimizer}: QP subproblems by
 *       {@link org.windsweep.optimize.DualActiveSetQpSolver}, {@link org.windsweep.optimize.DampedBfgs},
 *       {@link org.windsweep.optimize.MeritLineSearch}) on {@code AepMaximisation}, whose constraints
 *       ({@code LayoutConstraints}: spacing pairs within reach, boundary pieces per turbine) are chosen afresh at
 *       every iterate;</li>
 *   <li>{@code TurbineRelocation} moves the least productive turbine to the best free grid spot and refinement
 *       runs again, while that pays;</li>
 *   <li>the best start is kept; {@code FeasibilityProjection} polishes its layout onto the constraints, and the result is a
 *       {@link org.windsweep.optimize.LayoutResult}.</li>
 * </ol>
 * What counts as feasible, for all of these and for merge's check of stored layouts, is
 * {@link org.windsweep.optimize.FeasibilityRule}'s to say.
 * Coordinates are metres outside and u = metres / minimum spacing inside the SQP; AEP is GWh outside and
 * -AEP / (gradient scale) inside.
 */
package org.windsweep.optimize;
