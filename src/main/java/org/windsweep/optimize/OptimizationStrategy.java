package org.windsweep.optimize;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.windsweep.InvalidInputException;

/**
 * A named trade of time for AEP: the defaults of the budget keys a sweep spec may still set one by one
 * ({@code optimizer: {strategy, starts, wake_expansion}}); both relocate (see {@link OptimizerSettings#relocate}).
 */
public enum OptimizationStrategy {
    /** TopFarm's way: one smart start, SQP on the true model, relocations of the weakest turbine while they pay. */
    FAST(1, List.of()),
    /**
     * Several smart starts, each refined through wake expansion continuation (widened wakes narrowed to the true
     * model) and then as {@link #FAST} does; the best start's layout is kept.
     */
    THOROUGH(6, List.of(6.0, 4.0, 3.0, 2.0, 1.5, 1.25));

    private final int starts;
    private final List<Double> wakeExpansion;

    OptimizationStrategy(int starts, List<Double> wakeExpansion) {
        this.starts = starts;
        this.wakeExpansion = wakeExpansion;
    }

    /** Smart starts refined per configuration. */
    public int starts() {
        return starts;
    }

    /** The wake widening factors of the continuation stages before the true model, widest first. */
    public List<Double> wakeExpansion() {
        return wakeExpansion;
    }

    /** The name in the sweep spec and on the command line. */
    public String specName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The strategy of that spec name; anything else is bad input naming the allowed names. */
    public static OptimizationStrategy byName(String name) {
        for (OptimizationStrategy s : values()) {
            if (s.specName().equals(name)) {
                return s;
            }
        }
        throw new InvalidInputException("optimizer.strategy: unknown strategy '" + name + "'; use one of "
                + names());
    }

    /** The spec names, comma separated. */
    public static String names() {
        return Arrays.stream(values()).map(OptimizationStrategy::specName).collect(Collectors.joining(", "));
    }
}
