package org.windsweep.run;

import org.windsweep.optimize.Cancellation;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

/**
 * Runs one config's work on a worker thread under its hard limit. The work gets a {@link Cancellation} that turns
 * true at the limit and is expected to stop by itself (the optimiser checks it at every iteration); work that
 * still runs a grace period later is abandoned on its daemon thread, and the next config gets a fresh thread,
 * so one hanging config cannot hold up the rest of its partition.
 */
public final class HardLimitRunner implements AutoCloseable {

    private static final Duration GRACE = Duration.ofSeconds(2);

    private ExecutorService worker = newWorker();

    /** Thrown when the work outlived its hard limit; the message says by how much it was allowed to run. */
    static final class HardLimitExceededException extends Exception {
        HardLimitExceededException(String message) {
            super(message);
        }
    }

    <T> T run(Function<Cancellation, T> work, Duration hardLimit) throws Exception {
        AtomicBoolean cancelled = new AtomicBoolean();
        CountDownLatch finished = new CountDownLatch(1);
        Callable<T> task = () -> {
            try {
                return work.apply(cancelled::get);
            } finally {
                finished.countDown();
            }
        };
        Future<T> future = worker.submit(task);
        try {
            return future.get(hardLimit.toNanos(), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        } catch (InterruptedException e) {
            // The task itself is being killed: stop the config's thread too, and let the task end.
            cancelled.set(true);
            future.cancel(true);
            worker.shutdownNow();
            worker = newWorker();
            Thread.currentThread().interrupt();
            throw new TaskInterruptedException("task interrupted while optimising a config");
        } catch (TimeoutException e) {
            cancelled.set(true);
            if (!finished.await(GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                future.cancel(true);
                worker.shutdownNow();
                worker = newWorker();
            }
            throw new HardLimitExceededException(String.format(java.util.Locale.ROOT,
                    "still running at its hard limit of %.3g s (optimizer.hard_limit_s); abandoned",
                    hardLimit.toMillis() / 1000.0));
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }

    private static ExecutorService newWorker() {
        return Executors.newSingleThreadExecutor(runnable -> {
            Thread thread = new Thread(runnable, "windsweep-config");
            thread.setDaemon(true);
            return thread;
        });
    }
}
