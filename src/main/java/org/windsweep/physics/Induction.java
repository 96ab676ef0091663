package org.windsweep.physics;

/** Axial induction from a thrust coefficient: Madsen's polynomial fit (MODELS.md "Induction helpers"). */
final class Induction {

    private Induction() {
    }

    static double madsen(double ct) {
        return ct * (0.2460 + ct * (0.0586 + ct * 0.0883));
    }

    static double madsenDerivative(double ct) {
        return 0.2460 + ct * (2 * 0.0586 + ct * 3 * 0.0883);
    }
}
