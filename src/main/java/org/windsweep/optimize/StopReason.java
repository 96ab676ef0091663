package org.windsweep.optimize;

import java.util.Locale;

/** Why a refinement stopped; only {@link #CONVERGED_KKT} counts as converged. */
public enum StopReason {
    /**
     * The KKT test met at a feasible point: the QP subproblem predicts an objective gain (|g'd| plus the
     * complementarity sum |lambda_i c_i|) below the tolerance, i.e. less than {@link LayoutOptimizer#STATIONARITY}
     * of the AEP.
     */
    CONVERGED_KKT,
    /** Two line searches in a row (the second from a fresh Hessian) found no point that lowers the merit function. */
    LINE_SEARCH_STALLED,
    /** The iteration budget ran out first. */
    ITERATION_CAP,
    /** The time limit ran out first. */
    TIME_LIMIT,
    /** max_iterations 0: no refinement was asked for. */
    SMART_START_ONLY;

    public boolean converged() {
        return this == CONVERGED_KKT;
    }

    /** The name in JSON output and documentation: lower case with hyphens, e.g. converged-kkt. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
