package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exact rotor average of a Gaussian over an offset disc, against brute-force quadrature and finite differences. */
class GaussianOverlapTest {

    private final GaussianOverlap overlap = new GaussianOverlap();

    private double[] evaluate(double r, double c) {
        PairTerms out = new PairTerms();
        overlap.shape(r, c, out);
        return new double[] {out.shape, out.dShapeDr, out.dShapeDc};
    }

    /** (1/(pi r^2)) * integral over the disc, in polar coordinates about the disc centre: Simpson in s, trapezoid in angle. */
    private static double quadrature(double r, double c) {
        int radial = 4000;
        int angular = 256;
        double h = r / radial;
        double total = 0;
        for (int a = 0; a <= radial; a++) {
            double s = a * h;
            double ring = 0;
            for (int b = 0; b < angular; b++) {
                double phi = 2 * Math.PI * b / angular;
                ring += Math.exp(-0.5 * (s * s + c * c + 2 * s * c * Math.cos(phi)));
            }
            ring *= 2 * Math.PI / angular * s;
            double weight = a == 0 || a == radial ? 1 : (a % 2 == 1 ? 4 : 2);
            total += weight * ring;
        }
        return total * h / 3 / (Math.PI * r * r);
    }

    @ParameterizedTest(name = "r={0}, c={1}")
    @CsvSource({"0.05, 0", "0.5, 0", "1.3, 0", "2, 0", "0.05, 1", "0.5, 0.3", "1, 1", "1.3, 2.5", "2, 4", "0.8, 6", "1.5, 9"})
    void matchesQuadratureOfTheGaussianOverTheDisc(double r, double c) {
        double exact = evaluate(r, c)[0];
        assertEquals(quadrature(r, c), exact, 1e-11 * Math.max(exact, 1e-30) + 1e-14);
    }

    @ParameterizedTest(name = "r={0}")
    @CsvSource({"0.01", "0.7", "1.9"})
    void centredDiscHasTheClosedForm(double r) {
        double closedForm = 2 / (r * r) * -Math.expm1(-r * r / 2);
        assertEquals(closedForm, evaluate(r, 0)[0], 1e-15);
    }

    @ParameterizedTest(name = "r={0}, c={1}")
    @CsvSource({"0.5, 0.3", "1, 1", "1.3, 2.5", "2, 4", "0.8, 6"})
    void partialsMatchCentralDifferences(double r, double c) {
        double h = 1e-6;
        double[] at = evaluate(r, c);
        double dr = (evaluate(r + h, c)[0] - evaluate(r - h, c)[0]) / (2 * h);
        double dc = (evaluate(r, c + h)[0] - evaluate(r, c - h)[0]) / (2 * h);
        assertEquals(dr, at[1], 1e-8 * Math.max(1, Math.abs(dr)));
        assertEquals(dc, at[2], 1e-8 * Math.max(1, Math.abs(dc)));
    }
}
