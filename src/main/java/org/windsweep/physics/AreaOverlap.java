package org.windsweep.physics;

/**
 * The fraction of a rotor (radius R) covered by a wake disc (radius Rw) whose centre lies d away, exactly as PyWake
 * computes it (MODELS.md "Area-overlap factor"): 1 inside, 0 outside, else
 * (alpha*Rmax^2 + beta*Rmin^2 - sin(alpha)*Rw*d)/(pi*R^2) with clipped acos arguments, clamped at 0 because round-off
 * at exact tangency makes it slightly negative.
 */
final class AreaOverlap {

    private static final double ACOS_LIMIT = 1 - 2 * Math.ulp(1.0);

    private AreaOverlap() {
    }

    static double value(double wakeRadius, double rotorRadius, double d) {
        if (d <= Math.abs(wakeRadius - rotorRadius)) {
            return 1;
        }
        if (d >= wakeRadius + rotorRadius) {
            return 0;
        }
        double rMax = Math.max(wakeRadius, rotorRadius);
        double rMin = Math.min(wakeRadius, rotorRadius);
        double alpha = Math.acos(clip((rMax * rMax + d * d - rMin * rMin) / (2 * rMax * d)));
        double beta = Math.acos(clip((rMin * rMin + d * d - rMax * rMax) / (2 * rMin * d)));
        double numerator = alpha * rMax * rMax + beta * rMin * rMin - Math.sin(alpha) * wakeRadius * d;
        return Math.max(0, numerator / (Math.PI * rotorRadius * rotorRadius));
    }

    /** Writes out.overlap and its partials in the wake radius and the distance. */
    static void compute(double wakeRadius, double rotorRadius, double d, PairTerms out) {
        out.overlap = value(wakeRadius, rotorRadius, d);
        out.dOverlapDwakeRadius = 0;
        out.dOverlapDdistance = 0;
        boolean partial = d > Math.abs(wakeRadius - rotorRadius) && d < wakeRadius + rotorRadius;
        if (!partial || out.overlap == 0) {
            return;
        }
        boolean wakeIsLarger = wakeRadius >= rotorRadius;
        double rMax = wakeIsLarger ? wakeRadius : rotorRadius;
        double rMin = wakeIsLarger ? rotorRadius : wakeRadius;
        double p = (rMax * rMax + d * d - rMin * rMin) / (2 * rMax * d);
        double q = (rMin * rMin + d * d - rMax * rMax) / (2 * rMin * d);
        double alpha = Math.acos(clip(p));
        double beta = Math.acos(clip(q));
        double sinAlpha = Math.sin(alpha);
        double area = Math.PI * rotorRadius * rotorRadius;

        // Partials of the acos angles in (rMax, rMin, d); zero where the argument was clipped.
        double dAlphaDp = clip(p) == p ? -1 / Math.sqrt(1 - p * p) : 0;
        double dBetaDq = clip(q) == q ? -1 / Math.sqrt(1 - q * q) : 0;
        double dAlphaDrMax = dAlphaDp * (rMax * rMax - d * d + rMin * rMin) / (2 * rMax * rMax * d);
        double dAlphaDrMin = dAlphaDp * (-rMin / (rMax * d));
        double dAlphaDd = dAlphaDp * (d * d - rMax * rMax + rMin * rMin) / (2 * rMax * d * d);
        double dBetaDrMin = dBetaDq * (rMin * rMin - d * d + rMax * rMax) / (2 * rMin * rMin * d);
        double dBetaDrMax = dBetaDq * (-rMax / (rMin * d));
        double dBetaDd = dBetaDq * (d * d - rMin * rMin + rMax * rMax) / (2 * rMin * d * d);
        double cosAlphaRwD = Math.cos(alpha) * wakeRadius * d;
        double dNumDrMax = dAlphaDrMax * rMax * rMax + 2 * alpha * rMax + dBetaDrMax * rMin * rMin - cosAlphaRwD * dAlphaDrMax;
        double dNumDrMin = dAlphaDrMin * rMax * rMax + dBetaDrMin * rMin * rMin + 2 * beta * rMin - cosAlphaRwD * dAlphaDrMin;
        double dNumDd = dAlphaDd * rMax * rMax + dBetaDd * rMin * rMin - cosAlphaRwD * dAlphaDd - sinAlpha * wakeRadius;
        // The explicit Rw in sin(alpha)*Rw*d, plus Rw's role as rMax or rMin.
        double dNumDwakeRadius = (wakeIsLarger ? dNumDrMax : dNumDrMin) - sinAlpha * d;
        out.dOverlapDwakeRadius = dNumDwakeRadius / area;
        out.dOverlapDdistance = dNumDd / area;
    }

    private static double clip(double cosine) {
        return Math.max(-ACOS_LIMIT, Math.min(ACOS_LIMIT, cosine));
    }
}
