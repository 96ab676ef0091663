package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

class SettingsTest {

    @Test
    void settingsOutOfRangeNameTheSpecKeyAndWhatIsExpected() {
        assertMessage(() -> new SmartStartSettings(1, 30), "smart_start.grid_size must be at least 2");
        assertMessage(() -> new SmartStartSettings(18, 120), "smart_start.random_pct must be a percentage");
        assertMessage(() -> new SmartStartSettings(18, Double.NaN), "smart_start.random_pct");
        assertMessage(() -> new OptimizerSettings(-1, 10), "optimizer.max_iterations");
        assertMessage(() -> new OptimizerSettings(100, 0), "optimizer.time_limit_s must be a positive");
    }

    @Test
    void aDeadlineCancellationFiresOnceItsTimeHasPassed() throws InterruptedException {
        assertFalse(Cancellation.afterSeconds(60).isCancelled());
        Cancellation soon = Cancellation.afterSeconds(0.01);
        Thread.sleep(20);
        assertTrue(soon.isCancelled());
        assertThrows(OptimizationCancelledException.class, soon::check);
        assertFalse(Cancellation.none().isCancelled());
    }

    private static void assertMessage(Runnable construct, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, construct::run);
        assertTrue(e.getMessage().startsWith(expected), e.getMessage());
    }
}
