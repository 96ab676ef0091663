package org.windsweep.optimize;

import java.io.Serializable;

/**
 * One configuration's optimised layout (metres) and how it was reached.
 *
 * @param aep            AEP of the layout (GWh)
 * @param aepInitial     AEP after (the first) smart start (GWh)
 * @param iterations     SQP iterations run, over all starts and stages
 * @param stopReason     why the refinement of the kept layout stopped
 * @param maxViolationM  largest constraint violation of the layout in metres (spacing or boundary; at most
 *                       {@link FeasibilityRule#TOLERANCE_M})
 * @param wallS          wall time of the whole configuration in seconds
 */
public record LayoutResult(double[] x, double[] y, double aep, double aepInitial, int iterations,
                           StopReason stopReason, double maxViolationM, double wallS) implements Serializable {

    /** Whether the optimiser met its KKT test (false when a limit stopped it, and for smart start only). */
    public boolean converged() {
        return stopReason.converged();
    }
}
