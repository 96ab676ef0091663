package org.windsweep.physics;

/**
 * Jensen's top-hat wake (NOJ, k = 0.1): wake radius Rw = k*dw + D/2, deficit 2*a_madsen(CT)*ws*(R/Rw)^2 over the
 * wake disc, times the fraction of the destination rotor the disc covers ({@link AreaOverlap}).
 */
public final class NojDeficit implements WakeDeficit {

    private static final double K = 0.1;
    private static final int TWICE_INDUCTION = 0;
    private static final int D_TWICE_INDUCTION_D_CT = 1;

    @Override
    public void prepare(WakeSource source) {
        source.coefficients[TWICE_INDUCTION] = 2 * Induction.madsen(source.ct);
        source.coefficients[D_TWICE_INDUCTION_D_CT] = 2 * Induction.madsenDerivative(source.ct);
    }

    /** The wake's radius does not depend on CT, and a_madsen grows with CT at every CT (positive coefficients). */
    @Override
    public double thrustMonotoneUpTo() {
        return Double.POSITIVE_INFINITY;
    }

    @Override
    public double deficit(WakeSource source, double dw, double cwSquared, double destRadius) {
        double radius = source.diameter / 2;
        double wakeRadius = K * dw + radius;
        double overlap = AreaOverlap.value(wakeRadius, destRadius, Math.sqrt(cwSquared));
        if (overlap == 0) {
            return 0;
        }
        double expansion = (radius / wakeRadius) * (radius / wakeRadius);
        return source.coefficients[TWICE_INDUCTION] * expansion * overlap;
    }

    @Override
    public void evaluate(WakeSource source, double dw, double cw, double destRadius, PairTerms out) {
        double radius = source.diameter / 2;
        double wakeRadius = K * dw + radius;
        AreaOverlap.compute(wakeRadius, destRadius, cw, out);
        double expansion = (radius / wakeRadius) * (radius / wakeRadius);
        double centre = source.coefficients[TWICE_INDUCTION] * expansion;
        double overlap = out.overlap;
        out.deficit = centre * overlap;
        out.dDeficitDw = (-2 * centre / wakeRadius * overlap + centre * out.dOverlapDwakeRadius) * K;
        out.dDeficitDcw = centre * out.dOverlapDdistance;
        out.dDeficitDct = source.coefficients[D_TWICE_INDUCTION_D_CT] * expansion * overlap;
        out.dDeficitDti = 0;
    }

    @Override
    public void wakeRadius(WakeSource source, double dw, PairTerms out) {
        out.wakeRadius = K * dw + source.diameter / 2;
        out.dWakeRadiusDw = K;
        out.dWakeRadiusDct = 0;
        out.dWakeRadiusDti = 0;
    }
}
