package org.windsweep.optimize;

/**
 * How long and how precisely the SQP runs.
 *
 * @param maxIterations      QP subproblems solved at most
 * @param deadlineNanos      System.nanoTime() at which to stop and return the best feasible point (soft limit)
 * @param tolerance          stationarity: stop when |g'd| + sum |lambda_i c_i| falls below it (objective units)
 * @param maxStep            largest change of any variable tried in one step (variable units)
 */
public record SqpSettings(int maxIterations, long deadlineNanos, double tolerance, double maxStep) {
}
