package org.windsweep.spark;
import org.windsweep.run.TestFaults;
import org.windsweep.run.MergeService;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.store.Manifest;
import org.windsweep.store.MergeReport;
import org.windsweep.store.ShardStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Merge while the run is still going, as a user watching a long sweep would: every committed shard is already
 * merged and reported OK, the partitions still computing are MISSING, nothing is quarantined. On one core the
 * partitions run in order, and a config of the last one hangs until its hard limit, which keeps the run half done
 * for seconds whatever the machine's speed.
 */
class MergeDuringRunTest {

    private static final String SPEC = SparkTestSupport.SMALL_SPEC
            .replace("name: small", "name: watched")
            .replace("n_turbines: 4", "n_turbines: 9")
            .replace("radius: 700", "radius: 1100")
            .replace("[[0, 0], [1600, 0], [0, 1600]]", "[[0, 0], [2600, 0], [0, 2600]]")
            .replace("seeds: {start: 0, count: 3}", "seeds: {start: 0, count: 6}")
            .replace("partitions: 4", "partitions: 8");

    @TempDir
    Path runs;

    @Test
    void mergingDuringTheRunReportsWhatIsCommittedAndTrustsNothingElse() throws Exception {
        Path run = runs.resolve("watched");
        List<MergeReport> midRun = new ArrayList<>();
        try (JavaSparkContext spark = SparkTestSupport.localSpark(1, Map.of(TestFaults.SPARK_KEY, "farm1_t1_s5=hang"))) {
            CompletableFuture<SweepSummary> sweep = CompletableFuture.supplyAsync(() -> {
                try {
                    return RunService.run(spark, SparkTestSupport.spec(SPEC), run.toString(), SparkTestSupport.OPTIONS);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            while (!sweep.isDone()) {
                if (Files.exists(run.resolve("run.json"))) {
                    midRun.add(MergeService.merge(run.toString(), new Configuration(), true));
                }
                Thread.sleep(100);
            }
            SweepSummary summary = sweep.get();
            assertEquals(new Manifest.Totals(24, 23, 1, 0), summary.merge().manifest().totals(),
                    "all but the hung config");
        }
        assertTrue(midRun.stream().anyMatch(report -> report.manifest().totals().configsOk() > 0
                        && report.manifest().totals().configsMissing() > 0),
                "some merge saw the run half done: " + midRun.stream().map(MergeReport::summary).toList());
        for (MergeReport report : midRun) {
            assertTrue(report.manifest().quarantined().isEmpty(), "nothing in flight is mistaken for a bad shard");
            for (Manifest.Partition partition : report.manifest().partitions()) {
                boolean hungPartitionDone = partition.id() == 7 && partition.status() == ShardStatus.PARTIAL;
                assertTrue(partition.status() == ShardStatus.OK || partition.status() == ShardStatus.MISSING
                        || hungPartitionDone, partition.id() + ": " + partition.status() + " " + partition.reason());
            }
        }
    }
}
