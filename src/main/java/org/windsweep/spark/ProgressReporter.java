package org.windsweep.spark;
import org.windsweep.run.ProgressLine;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Logs a progress line every few seconds while a sweep job runs, and a summary when it ends. */
final class ProgressReporter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final SweepProgress progress;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    ProgressReporter(SweepProgress progress, long total, Duration interval) {
        this.progress = progress;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "windsweep-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> LOG.info(currentLine().format()),
                interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    ProgressLine currentLine() {
        return new ProgressLine(Math.min(progress.configsDone(), total), progress.configsFailed(), total,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
