package org.windsweep.spark;

/**
 * Spark interrupted the task (a speculative copy lost, the job was cancelled): its work is abandoned, nothing is
 * recorded as a config failure and nothing is committed.
 */
final class TaskInterruptedException extends RuntimeException {

    TaskInterruptedException(String message) {
        super(message);
    }
}
