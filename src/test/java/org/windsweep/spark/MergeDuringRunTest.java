package org.windsweep.spark;
import org.windsweep.run.TestFaults;
import org.windsweep.run.MergeService;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.store.Manifest;
import org.windsweep.store.RunLockedException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One writer per run directory, with two real commands: while a run is going, a merge and a second run of the same
 * directory are refused with one line naming the run that holds it, and the run finishes with everything. On one
 * core the partitions run in order, and a config of the last one hangs until its hard limit, which keeps the run
 * going for seconds after it took its lock whatever the machine's speed.
 */
class MergeDuringRunTest {

    private static final String SPEC = SparkTestSupport.withShortHardLimit(SparkTestSupport.edit(
            SparkTestSupport.SMALL_SPEC,
            "name: small", "name: watched",
            "n_turbines: 4", "n_turbines: 9",
            "radius: 700", "radius: 1100",
            "[[0, 0], [1600, 0], [0, 1600]]", "[[0, 0], [2600, 0], [0, 2600]]",
            "seeds: {start: 0, count: 3}", "seeds: {start: 0, count: 6}",
            "partitions: 4", "partitions: 8"));

    @TempDir
    Path runs;

    @Test
    void aMergeOrASecondRunDuringARunIsRefusedNamingItAndTheRunFinishesWithEverything() throws Exception {
        Path run = runs.resolve("watched");
        try (JavaSparkContext spark = SparkTestSupport.localSpark(1, Map.of(TestFaults.SPARK_KEY, "farm1_t1_s5=hang"))) {
            CompletableFuture<SweepSummary> sweep = CompletableFuture.supplyAsync(() -> {
                try {
                    return RunService.run(spark, SparkTestSupport.spec(SPEC), run.toString(), SparkTestSupport.OPTIONS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            Path holder = run.resolve("_lock/holder.json");
            while (!Files.exists(run.resolve("shards")) && !sweep.isDone()) {
                Thread.sleep(50); // waiting for the run to be under way, not for an order of events
            }
            assertTrue(Files.exists(holder), "the run holds its lock while it commits shards");
            RunLockedException merge = assertThrows(RunLockedException.class,
                    () -> MergeService.merge(run.toString(), new Configuration(), true, java.time.Duration.ofSeconds(5)));
            assertTrue(merge.getMessage().contains(" is in use by 'windsweep run' (pid "), merge.getMessage());
            RunLockedException second = assertThrows(RunLockedException.class, () -> RunService.run(spark,
                    SparkTestSupport.spec(SPEC), run.toString(), SparkTestSupport.OPTIONS));
            assertTrue(second.getMessage().contains(" is in use by 'windsweep run' (pid "), second.getMessage());

            SweepSummary summary = sweep.get();
            assertEquals(new Manifest.Totals(24, 23, 1, 0), summary.merge().manifest().totals(),
                    "all but the hung config: the refused commands changed nothing");
            assertTrue(summary.merge().manifest().quarantined().isEmpty());
        }
        assertTrue(Files.notExists(run.resolve("_lock/holder.json")), "the run released its lock");
    }
}
