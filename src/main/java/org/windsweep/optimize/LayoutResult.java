package org.windsweep.optimize;

import java.io.Serializable;

/**
 * One configuration's optimised layout (metres) and how it was reached.
 *
 * @param aep            AEP of the layout (GWh)
 * @param aepInitial     AEP after smart start (GWh)
 * @param iterations     SQP iterations run
 * @param converged      whether the optimiser met its stationarity test (false when a limit stopped it, and for
 *                       smart start only)
 * @param maxViolationM  largest constraint violation of the layout in metres (spacing or boundary; at most
 *                       {@link FeasibilityRule#TOLERANCE_M})
 * @param wallS          wall time of the whole configuration in seconds
 */
public record LayoutResult(double[] x, double[] y, double aep, double aepInitial, int iterations, boolean converged,
                           double maxViolationM, double wallS) implements Serializable {
}
