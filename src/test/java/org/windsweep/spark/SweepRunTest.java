package org.windsweep.spark;
import org.windsweep.run.RunMetadataFile;
import org.windsweep.run.RunMetadata;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.windsweep.InvalidInputException;
import org.windsweep.optimize.Cancellation;
import org.windsweep.optimize.LayoutOptimizer;
import org.windsweep.optimize.LayoutResult;
import org.windsweep.optimize.OptimizationStrategy;
import org.windsweep.store.Manifest;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.ShardStatus;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.PartitionAssignment;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.testing.ExternalTools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A sweep on local[2]: every config computed once, one committed shard per partition, merged, hot-startable. */
class SweepRunTest {

    private static JavaSparkContext spark;
    @TempDir
    static Path runs;
    private static Path run;
    private static SweepSummary summary;

    @BeforeAll
    static void runTheSmallSweep() throws Exception {
        spark = SparkTestSupport.localSpark(2, Map.of());
        run = runs.resolve("small");
        summary = RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC), run.toString(),
                SparkTestSupport.OPTIONS);
    }

    @AfterAll
    static void stopSpark() {
        spark.close();
    }

    @Test
    void computesEveryConfigOnceAndMergesThemAll() throws Exception {
        SweepSpec spec = SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC);
        assertNull(summary.jobFailure());
        assertEquals(12, summary.configsComputed());
        assertTrue(summary.complete());
        Map<String, StoredResult> results = SparkTestSupport.results(run);
        assertEquals(spec.configs().stream().map(SweepConfig::key).collect(Collectors.toSet()), results.keySet());
        for (StoredResult result : results.values()) {
            assertEquals(4, result.turbineCount());
            assertTrue(result.aep() > 0 && result.aep() >= result.aepInitial() - 1e-9,
                    result.key() + ": refinement keeps at least the smart-start AEP");
            assertTrue(result.maxViolationM() <= 1e-6, result.key() + " is feasible");
        }
        Manifest manifest = summary.merge().manifest();
        assertEquals(new Manifest.Totals(12, 12, 0, 0), manifest.totals());
        assertTrue(manifest.partitions().stream().allMatch(p -> p.status() == ShardStatus.OK));
    }

    @Test
    void commitsOneShardPerPartitionAndNothingElseUnderShards() throws Exception {
        try (var files = Files.list(run.resolve("shards"))) {
            assertEquals(Set.of("part-00000.h5", "part-00001.h5", "part-00002.h5", "part-00003.h5"),
                    files.map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
        }
        try (var attempts = Files.list(run.resolve("_attempts"))) {
            assertEquals(0, attempts.count(), "attempt files are renamed or removed");
        }
    }

    @Test
    void recordsTheRunAndItsPartitionAssignment() throws Exception {
        RunMetadata metadata = RunMetadataFile.require(RunDirectory.open(run.toString(),
                new org.apache.hadoop.conf.Configuration()));
        assertEquals("small", metadata.name());
        assertEquals(12, metadata.configCount());
        PartitionAssignment assignment = PartitionAssignment.fromRunJson(metadata.partitionAssignment());
        assertEquals(4, assignment.count());
        assertEquals(List.of("farm0_t0_s0", "farm0_t1_s1", "farm1_t0_s2"), assignment.keysOf(0),
                "round robin over the configs in spec order");
        assertEquals(SparkTestSupport.SMALL_SPEC, metadata.specYaml());
        assertEquals("run", metadata.history().get(0).command());
    }

    @Test
    void aSecondRunSkipsWhatResultsAlreadyHold() throws Exception {
        Path copy = SparkTestSupport.copyRun(run, runs.resolve("hot-start"));
        SweepSummary again = RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC), copy.toString(),
                SparkTestSupport.OPTIONS);
        assertEquals(0, again.configsComputed());
        assertTrue(again.complete());
        SparkTestSupport.assertSameLayoutsAndAep(SparkTestSupport.results(run), SparkTestSupport.results(copy));
    }

    @Test
    void runningAgainAfterACrashBeforeTheMergeComputesOnlyWhatWasNotCommitted() throws Exception {
        Path crashed = SparkTestSupport.copyRun(run, runs.resolve("crashed-at-hour-nine"));
        Files.delete(crashed.resolve("results.h5"));
        Files.delete(crashed.resolve("manifest.json"));
        Files.delete(crashed.resolve("shards/part-00002.h5")); // the partition that was running when it crashed
        SweepSummary resumed = RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC),
                crashed.toString(), SparkTestSupport.OPTIONS);
        assertEquals(3, resumed.configsComputed(), "only the uncommitted partition");
        assertTrue(resumed.complete());
        SparkTestSupport.assertSameLayoutsAndAep(SparkTestSupport.results(run), SparkTestSupport.results(crashed));
    }

    @Test
    void aRunDirectoryThatLostItsRunJsonIsNotStartedAfresh() throws Exception {
        Path orphaned = SparkTestSupport.copyRun(run, runs.resolve("lost-run-json"));
        Files.delete(orphaned.resolve("run.json"));
        InvalidInputException refused = org.junit.jupiter.api.Assertions.assertThrows(InvalidInputException.class,
                () -> RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC), orphaned.toString(),
                        SparkTestSupport.OPTIONS));
        assertTrue(refused.getMessage().contains("no run.json"), refused.getMessage());
        try (var shards = Files.list(orphaned.resolve("shards"))) {
            assertEquals(4, shards.count(), "nothing was quarantined or overwritten");
        }
    }

    @ParameterizedTest
    @EnumSource(OptimizationStrategy.class)
    void theSameConfigGivesTheSameLayoutWhateverItsPartitionAndThread(OptimizationStrategy strategy) throws Exception {
        // 8 turbines: with 4, thorough's later starts never beat its first, and a start drawn differently on another
        // thread went unseen (shown by seeding those draws from the thread's name)
        String withStrategy = SparkTestSupport.edit(SparkTestSupport.SMALL_SPEC,
                "optimizer: {", "optimizer: {strategy: " + strategy.specName() + ", ", "n_turbines: 4", "n_turbines: 8");
        String otherPartitioning = SparkTestSupport.edit(withStrategy, "partitions: 4", "partitions: 3");
        Path four = runs.resolve(strategy.specName() + "-four-partitions");
        Path three = runs.resolve(strategy.specName() + "-three-partitions");
        RunService.run(spark, SparkTestSupport.spec(withStrategy), four.toString(), SparkTestSupport.OPTIONS);
        RunService.run(spark, SparkTestSupport.spec(otherPartitioning), three.toString(), SparkTestSupport.OPTIONS);
        SparkTestSupport.assertSameLayoutsAndAep(SparkTestSupport.results(four), SparkTestSupport.results(three));

        SweepSpec spec = SparkTestSupport.spec(withStrategy);
        SweepConfig config = spec.config("farm1_t1_s2");
        LayoutResult inThisThread = LayoutOptimizer.optimize(spec.problemFor(config), spec.smartStart(),
                spec.optimizerSettings(), config.ssSeed(), Cancellation.none());
        StoredResult onSpark = SparkTestSupport.results(four).get("farm1_t1_s2");
        assertArrayEquals(inThisThread.x(), onSpark.x());
        assertArrayEquals(inThisThread.y(), onSpark.y());
    }

    @Test
    void h5pyAndH5dumpReadResultsAndEveryShardUnderTheDocumentedNames() throws Exception {
        Path script = Path.of(SweepRunTest.class.getResource("read_run_with_h5py.py").toURI());
        ExternalTools.Result read = ExternalTools.run(List.of(ExternalTools.pythonWithH5py(), script.toString(),
                run.toString()), 120);
        assertEquals(0, read.exitCode(), read.stderr());
        JsonNode seen = new ObjectMapper().readTree(read.stdout());
        Map<String, StoredResult> results = SparkTestSupport.results(run);
        assertEquals(results.size(), seen.get("results").size());
        results.forEach((key, result) -> {
            assertEquals(result.aep(), seen.get("results").get(key).get("aep").asDouble(), key);
            assertEquals(result.x()[0], seen.get("results").get(key).get("x0").asDouble(), key);
        });
        assertEquals(12, seen.get("index").get("key").size(), "/index holds one row per config");
        assertEquals(12, seen.get("root").get("total_configs").asInt());
        assertEquals(12, seen.get("root").get("successful_configs").asInt());
        int inShards = 0;
        for (JsonNode shard : seen.get("shards")) {
            inShards += shard.size();
        }
        assertEquals(12, inShards, "every config in exactly one shard");

        ExternalTools.Result dump = ExternalTools.run(List.of(ExternalTools.h5dump(), "-H",
                run.resolve("results.h5").toString()), 120);
        assertEquals(0, dump.exitCode(), dump.stderr());
        assertTrue(dump.stdout().contains("GROUP \"farm0_t0_s0\""), "h5dump lists the config groups");
    }
}
