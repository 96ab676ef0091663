package org.windsweep.run;

import org.windsweep.optimize.LayoutOptimizer;
import org.windsweep.optimize.LayoutProblem;
import org.windsweep.optimize.LayoutResult;
import org.windsweep.store.AepBreakdown;
import org.windsweep.store.StoredFailure;
import org.windsweep.store.ShardValidator;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.BaselineLayout;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;

import java.time.Duration;
import java.util.Optional;

/**
 * Optimises one config and turns whatever happens into a stored outcome: its result, or a failure with the
 * exception's class and message. A config that throws, or outlives its hard limit, fails alone; the rest of its
 * partition goes on.
 */
public final class ConfigRunner {

    private final SweepSpec spec;
    private final TestFaults faults;
    private final HardLimitRunner hardLimit = new HardLimitRunner();
    private final ShardValidator validator;

    public ConfigRunner(SweepSpec spec, TestFaults faults) {
        this.spec = spec;
        this.faults = faults;
        this.validator = new ShardValidator(new LayoutFeasibilityCheck(spec));
    }

    public ConfigOutcome run(SweepConfig config) {
        long start = System.nanoTime();
        try {
            LayoutProblem problem = spec.problemFor(config);
            LayoutResult result = hardLimit.run(cancellation -> {
                faults.inject(config.key());
                return LayoutOptimizer.optimize(problem, spec.smartStart(), spec.optimizerSettings(), config.ssSeed(),
                        cancellation);
            }, Duration.ofNanos(LayoutOptimizer.nanos(spec.optimizer().hardLimitS())));
            BaselineLayout baseline = spec.farms().get(config.farmIdx()).baseline();
            AepBreakdown breakdown = AepBreakdowns.of(problem.model(), result.x(), result.y(),
                    baseline == null ? null : new double[][] {baseline.x(), baseline.y()});
            StoredResult stored = new StoredResult(config.key(), config.fields(), result.x(), result.y(), result.aep(),
                    result.aepInitial(), result.iterations(), result.converged(), result.maxViolationM(),
                    result.wallS(), System.currentTimeMillis() / 1000.0, spec.wakeModel(), breakdown);
            // A result merge would reject fails alone here, rather than condemning its whole shard.
            Optional<String> rejection = validator.resultProblem(stored);
            return rejection.isPresent() ? failure(config, "InvalidResult", rejection.get(), start)
                    : new ConfigOutcome.Computed(stored);
        } catch (TaskInterruptedException e) {
            throw e;
        } catch (HardLimitRunner.HardLimitExceededException e) {
            return failure(config, "HardLimitExceeded", e.getMessage(), start);
        } catch (Exception | StackOverflowError e) {
            return failure(config, e.getClass().getSimpleName(), String.valueOf(e.getMessage()), start);
        }
    }

    private static ConfigOutcome failure(SweepConfig config, String errorClass, String message, long startNanos) {
        return new ConfigOutcome.Failed(new StoredFailure(config.key(), config.fields(), errorClass, message,
                (System.nanoTime() - startNanos) / 1e9));
    }

    public void close() {
        hardLimit.close();
    }
}
