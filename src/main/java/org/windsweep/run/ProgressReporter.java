package org.windsweep.run;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * Logs a progress line every few seconds while a long piece of work runs: a sweep's Spark job (run, rerun) or a
 * merge. The counts are read from the work itself, on this reporter's own thread.
 */
public final class ProgressReporter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProgressReporter.class);

    private final String prefix;
    private final LongSupplier done;
    private final LongSupplier failed;
    private final long total;
    private final long startNanos = System.nanoTime();
    private final ScheduledExecutorService timer;

    /**
     * @param what   names the work at the start of each line, e.g. "merge"; empty for none
     * @param done   configs done so far (successful or not)
     * @param failed configs done without a result so far
     */
    public ProgressReporter(String what, LongSupplier done, LongSupplier failed, long total, Duration interval) {
        this.prefix = what.isEmpty() ? "" : what + ": ";
        this.done = done;
        this.failed = failed;
        this.total = total;
        this.timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "windsweep-progress");
            thread.setDaemon(true);
            return thread;
        });
        timer.scheduleAtFixedRate(() -> LOG.info(currentText()),
                interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    public ProgressLine currentLine() {
        return new ProgressLine(Math.min(done.getAsLong(), total), failed.getAsLong(), total,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The line as logged. */
    public String currentText() {
        return prefix + currentLine().format();
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
