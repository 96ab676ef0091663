package org.windsweep.optimize;

/** Turbine i on the inside of one boundary piece, in the optimiser's scaled coordinates (metres / scale). */
final class BoundaryConstraint implements Constraint {

    private final int[] variables;
    private final BoundaryPiece piece;
    private final double scale;
    private final double[] gradient = new double[2];

    BoundaryConstraint(int i, int nTurbines, BoundaryPiece piece, double scale) {
        this.variables = new int[] {i, nTurbines + i};
        this.piece = piece;
        this.scale = scale;
    }

    @Override
    public int[] variables() {
        return variables;
    }

    @Override
    public double value(double[] u, double[] partials) {
        double v = piece.value(u[variables[0]] * scale, u[variables[1]] * scale, gradient);
        partials[0] = gradient[0];
        partials[1] = gradient[1];
        return v / scale;
    }
}
