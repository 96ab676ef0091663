package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToDoubleBiFunction;

/** A small dense test problem for the SQP: an objective and constraints given as functions with gradients. */
final class AnalyticProblem implements ConstrainedProblem {

    private final int n;
    private final ToDoubleBiFunction<double[], double[]> objective;
    private final List<Constraint> constraints = new ArrayList<>();

    AnalyticProblem(int n, ToDoubleBiFunction<double[], double[]> objective) {
        this.n = n;
        this.objective = objective;
    }

    /** Adds c(x) >= 0, c depending on all variables. */
    AnalyticProblem constraint(ToDoubleBiFunction<double[], double[]> c) {
        int[] all = new int[n];
        for (int i = 0; i < n; i++) {
            all[i] = i;
        }
        constraints.add(new Constraint() {
            @Override
            public int[] variables() {
                return all;
            }

            @Override
            public double value(double[] x, double[] partials) {
                return c.applyAsDouble(x, partials);
            }
        });
        return this;
    }

    @Override
    public int dimension() {
        return n;
    }

    @Override
    public double objective(double[] x, double[] gradient) {
        return objective.applyAsDouble(x, gradient);
    }

    @Override
    public List<Constraint> workingConstraints(double[] x) {
        return constraints;
    }

    @Override
    public double totalViolation(double[] x) {
        double sum = 0;
        double[] scratch = new double[n];
        for (Constraint c : constraints) {
            sum += Math.max(0, -c.value(x, scratch));
        }
        return sum;
    }

    @Override
    public boolean isFeasible(double[] x) {
        double[] scratch = new double[n];
        for (Constraint c : constraints) {
            if (c.value(x, scratch) < -1e-9) {
                return false;
            }
        }
        return true;
    }
}
