package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;
import org.windsweep.optimize.OptimizationStrategy;
import org.windsweep.optimize.OptimizerSettings;

/** The {@code optimizer:} keys: strategy, its budget keys, and their errors. */
class OptimizerSpecTest {

    @TempDir
    Path dir;

    private static final String SPEC = """
            name: strategies
            farms: [{name: round, boundary: {circle: {radius: 1300}}}]
            turbines: [IEA37_3.35MW]
            site: {sector_rose: {wd_deg: [0, 180], probability: [0.5, 0.5], ws_ms: 9.8}, ti: 0.075}
            n_turbines: 16
            optimizer: OPTIMIZER
            """;

    private OptimizerSettings settings(String optimizer) {
        return SweepSpecParser.parse(SPEC.replace("OPTIMIZER", optimizer), "spec.yaml", dir).optimizerSettings();
    }

    private String error(String optimizer) {
        return assertThrows(InvalidInputException.class, () -> settings(optimizer)).getMessage();
    }

    @Test
    void withoutAStrategyTheOptimizerIsFast() {
        assertEquals(new OptimizerSettings(200, 60), settings("{time_limit_s: 60}"));
    }

    @Test
    void aStrategyBringsItsBudgetAndKeysOverrideItOneByOne() {
        OptimizerSettings thorough = settings("{strategy: thorough}");
        assertEquals(OptimizationStrategy.THOROUGH, thorough.strategy());
        assertEquals(OptimizationStrategy.THOROUGH.starts(), thorough.starts());
        assertEquals(OptimizationStrategy.THOROUGH.wakeExpansion(), thorough.wakeExpansion());
        assertTrue(thorough.relocate());

        OptimizerSettings tuned = settings("{strategy: thorough, starts: 3, wake_expansion: [2, 1.5], relocate: false}");
        assertEquals(3, tuned.starts());
        assertEquals(List.of(2.0, 1.5), tuned.wakeExpansion());
        assertEquals(false, tuned.relocate());
        assertEquals(List.of(), settings("{strategy: thorough, wake_expansion: []}").wakeExpansion());
    }

    @Test
    void badValuesNameTheKeyAndWhatIsAllowed() {
        assertEquals("spec.yaml line 6, optimizer.strategy: found 'best'; expected one of fast, thorough",
                error("{strategy: best}"));
        assertTrue(error("{starts: 0}").startsWith("spec.yaml line 6, optimizer.starts: found '0'; expected"),
                error("{starts: 0}"));
        assertTrue(error("{wake_expansion: [1.5, 2]}").contains("optimizer.wake_expansion"));
        assertTrue(error("{wake_expansion: [3, 0.5]}").contains("factors above 1, widest first"));
        assertTrue(error("{relocate: maybe}").contains("optimizer.relocate: found 'maybe'; expected true or false"));
        assertTrue(error("{strategies: fast}").contains("unknown key 'strategies'; did you mean 'strategy'?"),
                error("{strategies: fast}"));
    }
}
