package org.windsweep.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobEnd;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.scheduler.SparkListenerTaskStart;

import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

/**
 * Knows when every task of a job group has ended, not only the job. A job that fails (one task out of retries)
 * returns while its other tasks still run; Spark kills them, but one may be committing its shard, and a shard that
 * lands after the merge would be missed by it. The driver waits here before merging.
 *
 * <p>Spark posts a task's start before the job's end for every task launched before the job ended (launching stops
 * when the job fails), and the listener bus delivers events in order: after the job's end, the count of started
 * but not ended tasks only goes down.
 */
final class JobTasks extends SparkListener implements AutoCloseable {
    private final JavaSparkContext spark;
    private final String jobGroup;
    private final Set<Integer> jobs = new HashSet<>();
    private final Set<Integer> stages = new HashSet<>();
    private int running;
    private boolean jobEnded;

    JobTasks(JavaSparkContext spark, String jobGroup) {
        this.spark = spark;
        this.jobGroup = jobGroup;
        spark.sc().addSparkListener(this);
    }

    @Override
    public synchronized void onJobStart(SparkListenerJobStart jobStart) {
        if (jobStart.properties() != null
                && jobGroup.equals(jobStart.properties().getProperty("spark.jobGroup.id"))) {
            jobs.add(jobStart.jobId());
            jobStart.stageInfos().foreach(stage -> stages.add(stage.stageId()));
        }
    }

    @Override
    public synchronized void onTaskStart(SparkListenerTaskStart taskStart) {
        if (stages.contains(taskStart.stageId())) {
            running++;
        }
    }

    @Override
    public synchronized void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        if (stages.contains(taskEnd.stageId())) {
            running--;
            notifyAll();
        }
    }

    @Override
    public synchronized void onJobEnd(SparkListenerJobEnd jobEnd) {
        if (jobs.contains(jobEnd.jobId())) {
            jobEnded = true;
            notifyAll();
        }
    }

    /**
     * Waits until the job has ended and none of its tasks runs any more.
     *
     * @param limit how long a killed task may still take (it stops after its current config)
     * @return false when the limit passed first
     */
    synchronized boolean awaitAllEnded(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!(jobEnded && running <= 0)) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return true;
    }

    @Override
    public void close() {
        spark.sc().removeSparkListener(this);
    }
}
