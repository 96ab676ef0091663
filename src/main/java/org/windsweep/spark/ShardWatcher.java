package org.windsweep.spark;
import org.windsweep.run.PartitionTask;

import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.windsweep.store.ResultCheck;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.ShardExpectation;
import org.windsweep.store.ShardStatus;
import org.windsweep.store.ShardValidator;
import org.windsweep.store.ShardVerdict;
import org.windsweep.sweep.SweepConfig;

import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Validates each shard on the driver as soon as its task reports success, while the rest of the run goes on, so
 * that a bad shard is reported within seconds instead of at the final merge (the merge validates it again).
 */
final class ShardWatcher extends SparkListener implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ShardWatcher.class);

    private final JavaSparkContext spark;
    private final RunDirectory run;
    private final String runId;
    private final List<PartitionTask> tasks;
    private final ShardValidator validator;
    private final ExecutorService validations = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "windsweep-shard-watcher");
        thread.setDaemon(true);
        return thread;
    });

    ShardWatcher(JavaSparkContext spark, RunDirectory run, String runId, List<PartitionTask> tasks, ResultCheck check) {
        this.spark = spark;
        this.run = run;
        this.runId = runId;
        this.tasks = tasks;
        this.validator = new ShardValidator(check);
        spark.sc().addSparkListener(this);
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
        int index = taskEnd.taskInfo().index();
        if (!taskEnd.taskInfo().successful() || index < 0 || index >= tasks.size()) {
            return;
        }
        PartitionTask task = tasks.get(index);
        try {
            validations.execute(() -> validate(task));
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // the job already ended and merge validates every shard anyway
        }
    }

    private void validate(PartitionTask task) {
        HashSet<String> keys = new HashSet<>();
        task.configs().stream().map(SweepConfig::key).forEach(keys::add);
        try {
            ShardVerdict verdict = validator.validateCommitted(run, new ShardExpectation(runId, task.shard(), keys));
            if (verdict.status() == ShardStatus.OK) {
                LOG.debug("committed {}: OK", task.shard().fileName());
            } else if (verdict.status() == ShardStatus.PARTIAL) {
                LOG.warn("committed {}: {}", task.shard().fileName(), verdict.describe());
            } else {
                LOG.error("committed {} is not valid: {} (merge will quarantine it; rerun recomputes it)",
                        task.shard().fileName(), verdict.describe());
            }
        } catch (Exception e) {
            LOG.error("could not validate committed {}: {}", task.shard().fileName(), e.getMessage());
        }
    }

    @Override
    public void close() {
        spark.sc().removeSparkListener(this);
        validations.shutdown();
    }
}
