package org.windsweep.run;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.windsweep.optimize.FeasibilityRule;
import org.windsweep.store.ResultCheck;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;

/**
 * Merge's content check of a stored layout against the spec: the config's turbine count, and the optimiser's own
 * {@link FeasibilityRule} for the config's farm boundary and minimum spacing.
 */
public final class LayoutFeasibilityCheck implements ResultCheck {

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
        FeasibilityRule rule = new FeasibilityRule(spec.farms().get(config.farmIdx()).boundary(), config.minSpacingM());
        return rule.firstViolation(result.x(), result.y()).map(violation -> result.key() + ": " + violation);
    }
}
