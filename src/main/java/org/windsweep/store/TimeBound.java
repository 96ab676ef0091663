package org.windsweep.store;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a parse of untrusted bytes with a time limit. A crafted file could make a parser loop (cyclic addresses) and
 * a Java thread cannot be stopped, so the work runs on a daemon thread that is abandoned when the limit passes.
 */
final class TimeBound {
    private static final ExecutorService THREADS = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "windsweep-store-validate");
        thread.setDaemon(true);
        return thread;
    });

    private TimeBound() {
    }

    /**
     * @throws TimeoutException   when the task takes longer than {@code limit} (it is interrupted and abandoned)
     * @throws ExecutionException with whatever the task threw, Errors included
     */
    static <T> T call(Callable<T> task, Duration limit) throws TimeoutException, ExecutionException {
        Future<T> future = THREADS.submit(task);
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw new ExecutionException("interrupted while waiting for validation", e);
        } catch (TimeoutException e) {
            future.cancel(true);
            throw e;
        }
    }
}
