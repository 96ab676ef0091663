package org.windsweep.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.store.Manifest;
import org.windsweep.store.StoredResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Executors as separate JVMs (local-cluster): one is killed with SIGKILL in the middle of a task, after the first
 * shard is committed. Spark retries the lost tasks, and every config ends up in results.h5 exactly once, with the
 * layouts of an undisturbed run.
 */
class ExecutorKillTest {

    /** 24 configs of 9 turbines in 8 partitions: long enough per partition that a kill lands mid-task. */
    private static final String SPEC = SparkTestSupport.edit(SparkTestSupport.SMALL_SPEC,
            "n_turbines: 4", "n_turbines: 9",
            "radius: 700", "radius: 1100",
            "[[0, 0], [1600, 0], [0, 1600]]", "[[0, 0], [2600, 0], [0, 2600]]",
            "seeds: {start: 0, count: 3}", "seeds: {start: 0, count: 6}",
            "partitions: 4", "partitions: 8");

    @TempDir
    Path runs;

    @Test
    void aKilledExecutorJvmCostsNothing() throws Exception {
        Path sparkHome = Path.of(System.getenv("SPARK_HOME"));
        Files.createDirectories(sparkHome.resolve("jars"));
        Path run = runs.resolve("killed");
        AtomicLong killedPid = new AtomicLong(-1);
        SweepSummary summary;
        try (JavaSparkContext cluster = SparkTestSupport.localSpark(0, Map.of(
                "spark.master", "local-cluster[2,1,1024]",
                "spark.executor.extraClassPath", System.getProperty("java.class.path")))) {
            Thread killer = new Thread(() -> killAnExecutorOnceAShardIsCommitted(run, killedPid), "executor-killer");
            killer.setDaemon(true);
            killer.start();
            summary = RunService.run(cluster, SparkTestSupport.spec(SPEC), run.toString(),
                    SparkTestSupport.OPTIONS);
            killer.join(10_000);
        }
        assertTrue(killedPid.get() > 0, "an executor JVM was killed mid-run");
        assertTrue(summary.complete(), String.valueOf(summary.jobFailure()));
        assertEquals(new Manifest.Totals(24, 24, 0, 0), summary.merge().manifest().totals());
        try (var shards = Files.list(run.resolve("shards"))) {
            assertEquals(8, shards.count(), "one shard per partition, whatever was retried");
        }

        Map<String, StoredResult> results = SparkTestSupport.results(run);
        try (JavaSparkContext local = SparkTestSupport.localSpark(2, Map.of())) {
            Path undisturbed = runs.resolve("undisturbed");
            RunService.run(local, SparkTestSupport.spec(SPEC), undisturbed.toString(),
                    SparkTestSupport.OPTIONS);
            SparkTestSupport.assertSameLayoutsAndAep(SparkTestSupport.results(undisturbed), results);
        }
    }

    private static void killAnExecutorOnceAShardIsCommitted(Path run, AtomicLong killedPid) {
        long deadline = System.currentTimeMillis() + 300_000;
        try {
            while (System.currentTimeMillis() < deadline) {
                Path shards = run.resolve("shards");
                if (Files.isDirectory(shards)) {
                    try (var committed = Files.list(shards)) {
                        if (committed.findAny().isPresent()) {
                            Optional<ProcessHandle> executor = executorJvms().stream().findFirst();
                            if (executor.isPresent()) {
                                killedPid.set(executor.get().pid());
                                executor.get().destroyForcibly(); // SIGKILL: no shutdown hooks, no cleanup
                                return;
                            }
                        }
                    }
                }
                Thread.sleep(50);
            }
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<ProcessHandle> executorJvms() {
        return ProcessHandle.current().descendants().filter(ExecutorKillTest::isExecutor).toList();
    }

    /** Reads /proc directly: ProcessHandle.Info gives up on command lines as long as an executor's classpath. */
    private static boolean isExecutor(ProcessHandle process) {
        try {
            return new String(Files.readAllBytes(Path.of("/proc", Long.toString(process.pid()), "cmdline")))
                    .contains("CoarseGrainedExecutorBackend");
        } catch (java.io.IOException e) {
            return false; // already gone
        }
    }
}
