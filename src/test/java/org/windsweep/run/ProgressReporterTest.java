package org.windsweep.run;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The progress lines of runs, reruns and merges: one printer, the work named at the start of a merge's lines. */
class ProgressReporterTest {
    /** The timer never fires within a test: lines are taken directly. */
    private static final Duration NEVER = Duration.ofDays(1);

    @Test
    void aMergesLineNamesTheMergeAndCountsItsConfigs() {
        AtomicLong done = new AtomicLong(40);
        AtomicLong failed = new AtomicLong(3);
        try (ProgressReporter reporter = new ProgressReporter("merge", done::get, failed::get, 100, NEVER)) {
            String line = reporter.currentText();
            assertTrue(line.startsWith("merge: 40/100 configs done (3 failed), "), line);
            assertTrue(line.matches(".*, [0-9.]+ configs/min, elapsed \\S+, ETA \\S+"), line);

            done.set(100);
            failed.set(7);
            assertTrue(reporter.currentText().startsWith("merge: 100/100 configs done (7 failed), "));
            assertTrue(reporter.currentText().endsWith("ETA -"), "nothing left: no ETA");
        }
    }

    @Test
    void aSweepsLineIsTheProgressLineAloneAndNeverCountsPastTheTotal() {
        try (ProgressReporter reporter = new ProgressReporter("", () -> 13, () -> 0, 12, NEVER)) {
            String line = reporter.currentText();
            assertTrue(line.matches("12/12 configs done \\(0 failed\\), [0-9.]+ configs/min, elapsed \\S+, ETA -"), line);
            assertEquals(12, reporter.currentLine().done(), "a retried task's configs are not counted twice");
        }
    }

    @Test
    void theEtaIsTheRemainingConfigsAtTheRateSoFar() {
        ProgressLine halfway = new ProgressLine(50, 0, 100, Duration.ofMinutes(2));
        assertEquals("50/100 configs done (0 failed), 25.0 configs/min, elapsed 2m00s, ETA 2m00s", halfway.format());
    }
}
