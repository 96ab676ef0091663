package org.windsweep.optimize;

/**
 * A row with few non-zeros: the gradient of one constraint, which involves only one or two turbines' coordinates.
 * Kept sparse because the QP solver multiplies it with dense matrices many times.
 */
public record SparseRow(int[] index, double[] value) {

    public double dot(double[] dense) {
        double sum = 0;
        for (int k = 0; k < index.length; k++) {
            sum += value[k] * dense[index[k]];
        }
        return sum;
    }
}
