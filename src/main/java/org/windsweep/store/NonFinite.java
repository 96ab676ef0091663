package org.windsweep.store;

import java.util.Map;
import java.util.Optional;

/** Finds NaN or infinite numbers in a result: an optimiser that diverged, or data that was damaged. */
final class NonFinite {
    private NonFinite() {
    }

    /** The first non-finite value as "name is value", or empty. */
    static Optional<String> find(StoredResult result) {
        double[] x = result.x();
        double[] y = result.y();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
                return Optional.of("turbine " + i + " is at (" + x[i] + ", " + y[i] + ")");
            }
        }
        Optional<String> scalar = firstNonFinite(Map.of(H5Names.AEP, result.aep(), H5Names.AEP_INITIAL,
                result.aepInitial(), H5Names.MAX_VIOLATION_M, result.maxViolationM(), H5Names.WALL_S,
                result.wallS(), H5Names.TIMESTAMP, result.timestamp()));
        if (scalar.isPresent()) {
            return scalar;
        }
        Optional<String> breakdown = find(result.breakdown());
        if (breakdown.isPresent()) {
            return breakdown;
        }
        for (Map.Entry<String, Object> field : result.configFields().entrySet()) {
            if (field.getValue() instanceof Double value && !Double.isFinite(value)) {
                return Optional.of(field.getKey() + " is " + value);
            }
        }
        return Optional.empty();
    }

    private static Optional<String> find(AepBreakdown breakdown) {
        if (breakdown == null) {
            return Optional.empty();
        }
        double[] perTurbine = breakdown.aepPerTurbine();
        for (int i = 0; i < perTurbine.length; i++) {
            if (!Double.isFinite(perTurbine[i])) {
                return Optional.of(H5Names.AEP_PER_TURBINE + " of turbine " + i + " is " + perTurbine[i]);
            }
        }
        Map<String, Double> scalars = breakdown.baselineAep() == null
                ? Map.of(H5Names.AEP_WAKE_FREE, breakdown.aepWakeFree())
                : Map.of(H5Names.AEP_WAKE_FREE, breakdown.aepWakeFree(), H5Names.BASELINE_AEP, breakdown.baselineAep());
        return firstNonFinite(scalars);
    }

    private static Optional<String> firstNonFinite(Map<String, Double> values) {
        return values.entrySet().stream()
                .filter(e -> !Double.isFinite(e.getValue()))
                .sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + " is " + e.getValue())
                .findFirst();
    }
}
