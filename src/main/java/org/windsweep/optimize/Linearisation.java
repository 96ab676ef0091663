package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;

/** Constraints c_i(x) &gt;= 0 linearised at a point: c_i(x + d) ~ values[i] + rows[i]'d. */
record Linearisation(List<SparseRow> rows, double[] values) {

    static Linearisation at(List<Constraint> constraints, double[] x) {
        List<SparseRow> rows = new ArrayList<>(constraints.size());
        double[] values = new double[constraints.size()];
        for (int i = 0; i < constraints.size(); i++) {
            Constraint c = constraints.get(i);
            double[] partials = new double[c.variables().length];
            values[i] = c.value(x, partials);
            rows.add(new SparseRow(c.variables(), partials));
        }
        return new Linearisation(rows, values);
    }

    /**
     * The same constraints asking only a fraction keep of the repair of those violated now (keep = 0: just do not
     * make them worse), so that the subproblem has a solution when the full linearisation has none.
     */
    double[] relaxedValues(double keep) {
        double[] relaxed = values.clone();
        for (int i = 0; i < relaxed.length; i++) {
            if (relaxed[i] < 0) {
                relaxed[i] *= keep;
            }
        }
        return relaxed;
    }
}
