package org.windsweep.optimize;

/** The QP's Hessian has lost positive definiteness (round-off in a long run of quasi-Newton updates). */
final class NotPositiveDefiniteException extends IllegalArgumentException {

    NotPositiveDefiniteException() {
        super("QP Hessian is not positive definite");
    }
}
