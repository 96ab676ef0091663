package org.windsweep.spark;
import org.windsweep.run.TestFaults;
import org.windsweep.run.MergeService;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.windsweep.store.Manifest;
import org.windsweep.store.MergeReport;
import org.windsweep.store.ShardStatus;
import org.windsweep.store.StoredResult;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The failure that created the project, and its relatives: each fault is injected into a finished run (or into the
 * computation itself), merge reports it by class and reason without losing anything valid, and rerun then merge
 * give results bit-identical, layout and AEP, to the run without faults.
 */
class FaultInjectionTest {

    private static final Configuration HADOOP = new Configuration();
    /** The partition the shard faults hit: farm0_t0_s1, farm0_t1_s2, farm1_t1_s0. */
    private static final int BROKEN = 1;

    @TempDir
    static Path runs;
    private static JavaSparkContext spark;
    private static Path reference;
    private static Map<String, StoredResult> referenceResults;

    @BeforeAll
    static void runWithoutFaults() throws Exception {
        spark = SparkTestSupport.localSpark(2, Map.of());
        reference = runs.resolve("reference");
        RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC), reference.toString(),
                SparkTestSupport.OPTIONS);
        referenceResults = SparkTestSupport.results(reference);
        assertEquals(12, referenceResults.size());
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    enum ShardFault {
        ZERO_BYTES(ShardStatus.EMPTY),
        RANDOM_BYTES(ShardStatus.NOT_HDF5),
        TRUNCATED_AT_HALF(ShardStatus.TRUNCATED),
        MISSING_DATASET(ShardStatus.SCHEMA),
        NAN_AEP(ShardStatus.CONTENT),
        KEY_OF_ANOTHER_PARTITION(ShardStatus.CONTENT),
        DELETED(ShardStatus.MISSING);

        final ShardStatus expected;

        ShardFault(ShardStatus expected) {
            this.expected = expected;
        }

        void inject(Path shard) throws Exception {
            switch (this) {
                case ZERO_BYTES -> ShardFaults.empty(shard);
                case RANDOM_BYTES -> ShardFaults.randomBytes(shard, 42);
                case TRUNCATED_AT_HALF -> ShardFaults.truncateToHalf(shard);
                case MISSING_DATASET -> ShardFaults.dropFirstAepDataset(shard);
                case NAN_AEP -> ShardFaults.rewriteResults(shard, results -> {
                    results.set(0, ShardFaults.withAep(results.get(0), Double.NaN));
                    return results;
                });
                case KEY_OF_ANOTHER_PARTITION -> ShardFaults.rewriteResults(shard, results -> {
                    results.add(referenceResults.get("farm0_t0_s0")); // partition 0's
                    return results;
                });
                case DELETED -> Files.delete(shard);
            }
        }
    }

    /**
     * The original's failure: the run crashed before any merge (no results.h5 yet) and one shard is bad. Merge
     * classifies it, quarantines it, merges every other config; rerun recomputes that partition alone.
     */
    @ParameterizedTest
    @EnumSource(ShardFault.class)
    void aBadShardCostsOnlyItsOwnPartitionAndRerunRestoresIt(ShardFault fault) throws Exception {
        Path run = SparkTestSupport.copyRun(reference, runs.resolve("crashed-" + fault));
        Files.delete(run.resolve("results.h5"));
        Files.delete(run.resolve("manifest.json"));
        Path shard = run.resolve("shards/part-0000" + BROKEN + ".h5");
        fault.inject(shard);

        MergeReport report = MergeService.merge(run.toString(), HADOOP, true, java.time.Duration.ofSeconds(5));
        Manifest.Partition broken = report.manifest().partition(BROKEN).orElseThrow();
        assertEquals(fault.expected, broken.status(), broken.reason());
        assertFalse(broken.reason().isBlank(), "a reason for " + fault);
        for (Manifest.Partition partition : report.manifest().partitions()) {
            if (partition.id() != BROKEN) {
                assertEquals(ShardStatus.OK, partition.status(), "partition " + partition.id());
            }
        }
        assertEquals(new Manifest.Totals(12, 9, 0, 3), report.manifest().totals(), "every valid config merged");
        Map<String, StoredResult> merged = SparkTestSupport.results(run);
        referenceResults.forEach((key, result) -> {
            if (!List.of("farm0_t0_s1", "farm0_t1_s2", "farm1_t1_s0").contains(key)) {
                assertTrue(merged.containsKey(key), key + " survives");
            }
        });
        if (fault != ShardFault.DELETED) {
            assertFalse(Files.exists(shard), "an untrusted shard leaves shards/");
            try (var quarantined = Files.list(run.resolve("quarantine"))) {
                assertTrue(quarantined.anyMatch(p -> p.getFileName().toString().endsWith(".reason.txt")));
            }
        }

        SweepSummary rerun = RerunService.rerun(spark, run.toString(), SparkTestSupport.OPTIONS);
        assertEquals(3, rerun.configsComputed(), "only the broken partition is recomputed");
        assertTrue(rerun.complete());
        assertTrue(Files.exists(shard), "recomputed whole into its base shard");
        SparkTestSupport.assertSameLayoutsAndAep(referenceResults, SparkTestSupport.results(run));
    }

    @Test
    void aBadShardAfterAMergeLosesNothingThanksToHotStart() throws Exception {
        Path run = SparkTestSupport.copyRun(reference, runs.resolve("after-merge"));
        ShardFaults.empty(run.resolve("shards/part-00002.h5"));
        MergeReport report = MergeService.merge(run.toString(), HADOOP, true, java.time.Duration.ofSeconds(5));
        Manifest.Quarantined quarantined = report.manifest().quarantined().get(0);
        assertEquals(ShardStatus.EMPTY, quarantined.status(), "the fault is reported by class");
        assertTrue(quarantined.file().contains("part-00002.h5"), quarantined.file());
        Manifest.Partition partition = report.manifest().partition(2).orElseThrow();
        assertEquals(ShardStatus.OK, partition.status(), "every config of it still has its result");
        assertTrue(partition.reason().contains("previous results.h5"), partition.reason());
        SparkTestSupport.assertSameLayoutsAndAep(referenceResults, SparkTestSupport.results(run));
    }

    @Test
    void aConfigThatThrowsFailsAloneAndRerunComputesOnlyIt() throws Exception {
        Path run = runs.resolve("throws");
        SweepSummary summary = withFaults("farm1_t0_s1=throw", () -> RunService.run(spark,
                SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC), run.toString(), SparkTestSupport.OPTIONS));
        assertPartialWithOneFailure(summary, "farm1_t0_s1", "fault injected");

        SweepSummary rerun = RerunService.rerun(spark, run.toString(), SparkTestSupport.OPTIONS);
        assertEquals(1, rerun.configsComputed());
        assertTrue(rerun.complete());
        assertTrue(Files.exists(run.resolve("shards/part-00003.r1.h5")), "into a supplementary shard");
        SparkTestSupport.assertSameLayoutsAndAep(referenceResults, SparkTestSupport.results(run));
    }

    @Test
    void aConfigThatHangsPastItsHardLimitIsAbandonedAndTheRestOfItsPartitionFinishes() throws Exception {
        Path run = runs.resolve("hangs");
        SweepSummary summary = withFaults("farm0_t1_s0=hang", () -> RunService.run(spark,
                SparkTestSupport.spec(SparkTestSupport.withShortHardLimit(SparkTestSupport.SMALL_SPEC)),
                run.toString(), SparkTestSupport.OPTIONS));
        assertPartialWithOneFailure(summary, "farm0_t1_s0", "hard limit");

        SweepSummary rerun = RerunService.rerun(spark, run.toString(), SparkTestSupport.OPTIONS);
        assertEquals(1, rerun.configsComputed());
        assertTrue(rerun.complete());
        SparkTestSupport.assertSameLayoutsAndAep(referenceResults, SparkTestSupport.results(run));
    }

    @Test
    void aTaskThatFailsPastItsRetriesFailsTheJobButTheRestIsMergedAndRerunFinishesIt() throws Exception {
        Path run = runs.resolve("aborted");
        SweepSummary summary = withFaults("farm0_t0_s1=abort", () -> RunService.run(spark,
                SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC), run.toString(), SparkTestSupport.OPTIONS));
        assertTrue(summary.jobFailure() != null && summary.jobFailure().contains("Job aborted"), summary.jobFailure());
        assertFalse(summary.complete(), "a sweep that lost a partition is not a success");
        Manifest manifest = summary.merge().manifest();
        assertEquals(ShardStatus.MISSING, manifest.partition(BROKEN).orElseThrow().status(), "the aborted task's");
        long committed = manifest.partitions().stream().filter(p -> p.status() == ShardStatus.OK).count();
        assertEquals(3 * committed, manifest.totals().configsOk(), "every partition committed before Spark stopped "
                + "the job is merged; the others are MISSING, none half-written");
        assertEquals(manifest.partitions().size() - committed,
                manifest.partitions().stream().filter(p -> p.status() == ShardStatus.MISSING).count());

        SweepSummary rerun = RerunService.rerun(spark, run.toString(), SparkTestSupport.OPTIONS);
        assertEquals(12 - 3 * committed, rerun.configsComputed(), "exactly the partitions the job did not commit");
        assertTrue(rerun.complete());
        SparkTestSupport.assertSameLayoutsAndAep(referenceResults, SparkTestSupport.results(run));
    }

    /** A partition whose base shard broke after some of its configs reached results.h5 recomputes only the rest. */
    @Test
    void rerunRecomputesOnlyConfigsWithoutAResult() throws Exception {
        Path run = runs.resolve("partial-then-truncated");
        withFaults("farm0_t1_s2=throw", () -> RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC),
                run.toString(), SparkTestSupport.OPTIONS));
        ShardFaults.truncateToHalf(run.resolve("shards/part-0000" + BROKEN + ".h5"));
        SweepSummary rerun = RerunService.rerun(spark, run.toString(), SparkTestSupport.OPTIONS);
        assertEquals(1, rerun.configsComputed(), "the two others of the partition are in results.h5");
        assertTrue(rerun.complete());
        SparkTestSupport.assertSameLayoutsAndAep(referenceResults, SparkTestSupport.results(run));
    }

    private static void assertPartialWithOneFailure(SweepSummary summary, String key, String reasonPart) {
        assertFalse(summary.complete(), "a run with a failed config is not a success");
        Manifest manifest = summary.merge().manifest();
        assertEquals(new Manifest.Totals(12, 11, 1, 0), manifest.totals());
        Manifest.Partition partial = manifest.partitions().stream()
                .filter(p -> p.status() == ShardStatus.PARTIAL).findFirst().orElseThrow();
        assertEquals(key, partial.failed().get(0).key());
        assertTrue(partial.failed().get(0).reason().contains(reasonPart), partial.failed().get(0).reason());
        assertEquals(2, partial.configsOk(), "the other configs of the partition finished");
    }

    private interface SweepCall {
        SweepSummary call() throws Exception;
    }

    private static SweepSummary withFaults(String faults, SweepCall call) throws Exception {
        spark.setLocalProperty(TestFaults.SPARK_KEY, faults);
        try {
            return call.call();
        } finally {
            spark.setLocalProperty(TestFaults.SPARK_KEY, null);
        }
    }
}
