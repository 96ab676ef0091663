package org.windsweep.run;

/**
 * Spark interrupted the task (a speculative copy lost, the job was cancelled): its work is abandoned, nothing is
 * recorded as a config failure and nothing is committed.
 */
public final class TaskInterruptedException extends RuntimeException {

    public TaskInterruptedException(String message) {
        super(message);
    }
}
