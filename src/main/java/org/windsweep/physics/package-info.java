/**
 * The physics core: turbines, sites, wake models and the farm solution, matching PyWake (commit b81c149) as
 * {@code reference/MODELS.md} specifies.
 *
 * <p>A {@link org.windsweep.physics.WakeModel} is composed the PyWake way from parts with one job each: a
 * {@link org.windsweep.physics.WakeDeficit} (Gaussian deficits give a centre value and a width, averaged over the
 * destination rotor by a {@link org.windsweep.physics.RotorAverage}; NOJ is a top-hat with an area overlap), a
 * {@link org.windsweep.physics.Superposition}, a {@link org.windsweep.physics.GroundModel} and a
 * {@link org.windsweep.physics.TurbulenceModel}. {@link org.windsweep.physics.WakeModels} names the compositions.
 *
 * <p>{@link org.windsweep.physics.WindFarmModel} walks the turbines once per flow case in downwind order
 * (package-private {@code FarmSolver}). Every part has a value-only method (for AEP) and one that also gives partial
 * derivatives (for the gradient); the gradient is an adjoint sweep back over the walk, so it costs about one more AEP
 * rather than 2n of them. Pairs whose deficit would be below 1e-16 of the free-stream speed are skipped before they
 * are evaluated.
 */
package org.windsweep.physics;
