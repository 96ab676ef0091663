package org.windsweep.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.AccumulableInfo;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerExecutorMetricsUpdate;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.util.LongAccumulator;
import scala.Tuple4;
import scala.jdk.javaapi.CollectionConverters;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts finished and failed configs while a sweep job runs. Executors add to two accumulators after every
 * config; Spark folds a task's counts into the driver's accumulators only when the task succeeds, so the
 * counts of running tasks are taken from the executors' heartbeats and dropped when a task ends
 * (a failed attempt's partial counts then vanish, and its retry counts again from zero).
 */
final class SweepProgress extends SparkListener implements AutoCloseable {

    private final LongAccumulator done;
    private final LongAccumulator failed;
    /** taskId -> {done, failed} of a running task, from its latest heartbeat. */
    private final Map<Long, long[]> runningTasks = new ConcurrentHashMap<>();
    /** Tasks that ended: a heartbeat sent before the end may arrive after it and must not count them again. */
    private final Set<Long> endedTasks = ConcurrentHashMap.newKeySet();
    private final JavaSparkContext sparkContext;

    SweepProgress(JavaSparkContext sparkContext) {
        this.sparkContext = sparkContext;
        this.done = sparkContext.sc().longAccumulator("windsweep.configs.done");
        this.failed = sparkContext.sc().longAccumulator("windsweep.configs.failed");
        sparkContext.sc().addSparkListener(this);
    }

    /** The accumulators executors add to: one per config finished (successful or not), one per config failed. */
    LongAccumulator doneAccumulator() {
        return done;
    }

    LongAccumulator failedAccumulator() {
        return failed;
    }

    long configsDone() {
        return done.value() + runningTasks.values().stream().mapToLong(counts -> counts[0]).sum();
    }

    long configsFailed() {
        return failed.value() + runningTasks.values().stream().mapToLong(counts -> counts[1]).sum();
    }

    @Override
    public void onExecutorMetricsUpdate(SparkListenerExecutorMetricsUpdate update) {
        for (Tuple4<Object, Object, Object, scala.collection.immutable.Seq<AccumulableInfo>> task
                : CollectionConverters.asJava(update.accumUpdates())) {
            long taskId = (Long) task._1();
            if (endedTasks.contains(taskId)) {
                continue;
            }
            long[] counts = runningTasks.computeIfAbsent(taskId, id -> new long[2]);
            List<AccumulableInfo> infos = CollectionConverters.asJava(task._4());
            for (AccumulableInfo info : infos) {
                if (info.update().isEmpty()) {
                    continue;
                }
                long value = ((Number) info.update().get()).longValue();
                if (info.id() == done.id()) {
                    counts[0] = value;
                } else if (info.id() == failed.id()) {
                    counts[1] = value;
                }
            }
        }
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        endedTasks.add(taskEnd.taskInfo().taskId());
        runningTasks.remove(taskEnd.taskInfo().taskId());
    }

    @Override
    public void close() {
        sparkContext.sc().removeSparkListener(this);
    }
}
