package org.windsweep.optimize;

/**
 * Turbines i and j at least s apart, written (d^2 - s^2) / (2s) &gt;= 0: smooth even where the turbines coincide,
 * equal to d - s to first order at the limit, and convex, so a linearised step never brings a pair closer than s
 * allows. Variables are laid out as [x_0..x_{n-1}, y_0..y_{n-1}].
 */
final class SpacingConstraint implements Constraint {

    private final int[] variables;
    private final double spacing;

    SpacingConstraint(int i, int j, int nTurbines, double spacing) {
        this.variables = new int[] {i, nTurbines + i, j, nTurbines + j};
        this.spacing = spacing;
    }

    @Override
    public int[] variables() {
        return variables;
    }

    @Override
    public double value(double[] u, double[] partials) {
        double dx = u[variables[0]] - u[variables[2]];
        double dy = u[variables[1]] - u[variables[3]];
        partials[0] = dx / spacing;
        partials[1] = dy / spacing;
        partials[2] = -dx / spacing;
        partials[3] = -dy / spacing;
        return (dx * dx + dy * dy - spacing * spacing) / (2 * spacing);
    }
}
