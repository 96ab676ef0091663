package org.windsweep.run;

import org.windsweep.optimize.Boundary;
import org.windsweep.store.ResultCheck;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Merge's content check of a stored layout against the spec: the config's turbine count, every turbine inside its
 * farm's boundary and every pair at least the minimum spacing apart, each within the optimiser's 1e-6 m tolerance.
 */
public final class LayoutFeasibilityCheck implements ResultCheck {

    static final double TOLERANCE_M = 1e-6;

    private final SweepSpec spec;
    private final Map<String, SweepConfig> configsByKey;

    public LayoutFeasibilityCheck(SweepSpec spec) {
        this.spec = spec;
        this.configsByKey = spec.configs().stream().collect(Collectors.toMap(SweepConfig::key, Function.identity()));
    }

    @Override
    public Optional<String> violation(StoredResult result) {
        SweepConfig config = configsByKey.get(result.key());
        if (config == null) {
            return Optional.of(result.key() + " is not a config of this sweep");
        }
        if (result.turbineCount() != config.nTurbines()) {
            return Optional.of(String.format(Locale.ROOT, "%s has %d turbines, its config asks for %d",
                    result.key(), result.turbineCount(), config.nTurbines()));
        }
        double[] x = result.x();
        double[] y = result.y();
        Boundary boundary = spec.farms().get(config.farmIdx()).boundary();
        for (int i = 0; i < x.length; i++) {
            double distance = boundary.signedDistance(x[i], y[i]);
            if (distance < -TOLERANCE_M) {
                return Optional.of(String.format(Locale.ROOT, "%s: turbine %d at (%.3f, %.3f) is %.3g m outside the farm boundary",
                        result.key(), i, x[i], y[i], -distance));
            }
        }
        for (int i = 0; i < x.length; i++) {
            for (int j = i + 1; j < x.length; j++) {
                double distance = Math.hypot(x[i] - x[j], y[i] - y[j]);
                if (distance < config.minSpacingM() - TOLERANCE_M) {
                    return Optional.of(String.format(Locale.ROOT, "%s: turbines %d and %d are %.3f m apart, closer than the minimum spacing %.3f m",
                            result.key(), i, j, distance, config.minSpacingM()));
                }
            }
        }
        return Optional.empty();
    }
}
