package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Merge: every partition classified, bad shards set aside with a reason, nothing valid lost, results repeatable. */
class MergerTest {
    private static final int SIZE = 5;

    @TempDir
    Path dir;
    private Path runPath;
    private RunDirectory run;
    private ShardCommitter committer;
    private Merger merger;

    @BeforeEach
    void openRun() throws IOException {
        runPath = dir.resolve("run");
        run = RunDirectory.open(runPath.toString(), new Configuration());
        committer = new ShardCommitter(run, dir.resolve("scratch"));
        merger = new Merger(run, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"));
    }

    private void commitAll(int partitions) throws IOException {
        for (int p = 0; p < partitions; p++) {
            committer.commit(Fixtures.okShard(p, SIZE), "a0");
        }
    }

    private MergeReport merge(int partitions, boolean hotStart) throws IOException {
        return merger.merge(Fixtures.RUN, Fixtures.partitions(partitions, SIZE), hotStart);
    }

    private Path shardPath(ShardName name) {
        return runPath.resolve("shards").resolve(name.fileName());
    }

    private void overwriteShard(int partition, byte[] bytes) throws IOException {
        Files.write(shardPath(ShardName.base(partition)), bytes);
    }

    private static Map<Integer, ShardStatus> statuses(Manifest manifest) {
        return manifest.partitions().stream().collect(Collectors.toMap(Manifest.Partition::id, Manifest.Partition::status));
    }

    @Test
    void neverStopsAtABadShardAndLosesNothingValid() throws Exception {
        commitAll(8);
        byte[] good = Files.readAllBytes(shardPath(ShardName.base(1)));
        overwriteShard(1, new byte[0]);
        byte[] noise = new byte[3000];
        new Random(5).nextBytes(noise);
        overwriteShard(2, noise);
        overwriteShard(3, Arrays.copyOf(good, good.length / 2));
        Path notAShard = dir.resolve("results-as-shard.h5");
        ResultsWriter.write(new ResultsFile(Fixtures.RUN, 0, List.of()), notAShard);
        overwriteShard(4, Files.readAllBytes(notAShard));
        List<StoredResult> withNan = new ArrayList<>(Fixtures.okShard(5, SIZE).results());
        StoredResult r = withNan.get(0);
        withNan.set(0, new StoredResult(r.key(), r.configFields(), r.x(), r.y(), Double.NaN, r.aepInitial(),
                r.iterations(), r.converged(), r.maxViolationM(), r.wallS(), r.timestamp(), r.wakeModel(), r.breakdown()));
        committer.commit(new ShardContents(Fixtures.RUN_ID, ShardName.base(5), withNan, List.of()), "a1");
        Files.delete(shardPath(ShardName.base(6)));
        List<String> keys7 = Fixtures.partitionKeys(7, SIZE);
        committer.commit(Fixtures.shard(ShardName.base(7), keys7, List.of(keys7.get(0), keys7.get(3)), 16, 1), "a1");

        MergeReport report = merge(8, true);
        Manifest manifest = report.manifest();

        assertEquals(Map.of(0, ShardStatus.OK, 1, ShardStatus.EMPTY, 2, ShardStatus.NOT_HDF5, 3, ShardStatus.TRUNCATED,
                4, ShardStatus.SCHEMA, 5, ShardStatus.CONTENT, 6, ShardStatus.MISSING, 7, ShardStatus.PARTIAL),
                statuses(manifest));
        assertEquals(new Manifest.Totals(40, 8, 2, 30), manifest.totals());
        Manifest.Partition partial = manifest.partition(7).orElseThrow();
        assertEquals(List.of(keys7.get(0), keys7.get(3)), partial.failed().stream().map(Manifest.FailedConfig::key).toList());
        assertEquals("OptimizationCancelledException: hard limit of 40 s reached", partial.failed().get(0).reason());
        assertEquals(List.of("part-00007.h5"), partial.shards());
        assertEquals(List.of(keys7.get(0), keys7.get(3)), partial.keysToRerun());
        assertFalse(partial.needsWholeRerun());
        for (int p = 1; p <= 6; p++) {
            assertTrue(manifest.partition(p).orElseThrow().needsWholeRerun(), "partition " + p);
        }

        ResultsFile results = run.readResults().orElseThrow();
        List<StoredResult> expected = new ArrayList<>(Fixtures.okShard(0, SIZE).results());
        expected.addAll(Fixtures.shard(ShardName.base(7), keys7, List.of(keys7.get(0), keys7.get(3)), 16, 1).results());
        assertEquals(new ResultsFile(Fixtures.RUN, 40, expected), results);

        for (int p = 1; p <= 5; p++) {
            String name = ShardName.base(p).fileName();
            assertFalse(Files.exists(shardPath(ShardName.base(p))), name + " left shards/");
            assertTrue(Files.exists(runPath.resolve("quarantine").resolve(name)), name + " quarantined");
            String reason = Files.readString(runPath.resolve("quarantine").resolve(name + ".reason.txt"));
            assertTrue(reason.startsWith(name + ": " + manifest.partition(p).orElseThrow().status()), reason);
        }
        assertEquals(5, manifest.quarantined().size());
        assertEquals(manifest, run.readManifest().orElseThrow());
    }

    @Test
    void aPreviousResultsFileOfAnotherRunIsSetAsideNotMerged() throws Exception {
        Path other = dir.resolve("other-results.h5");
        List<StoredResult> foreign = Fixtures.okShard(0, SIZE).results();
        ResultsWriter.write(new ResultsFile(new RunInfo("another-run", 18, 30.0), SIZE, foreign), other);
        Files.createDirectories(runPath);
        Files.copy(other, runPath.resolve("results.h5"));
        commitAll(2);
        MergeReport report = merge(2, true);
        assertEquals(0, report.previousResultsRead(), "nothing of another run is hot-started");
        assertTrue(report.manifest().quarantined().stream().anyMatch(q -> q.file().contains("results.h5")
                && q.reason().contains("another-run")), report.manifest().quarantined().toString());
        assertEquals(2 * SIZE, report.manifest().totals().configsOk(), "this run's shards are merged");
    }

    /**
     * An overloaded driver that cannot validate in time must not condemn good shards to quarantine. The validation
     * here cannot finish before its time limit whatever the machine's speed: its result check waits until the merge
     * has returned.
     */
    @Test
    void aShardThatCannotBeValidatedInTimeIsLeftInPlaceNotQuarantined() throws Exception {
        commitAll(2);
        CountDownLatch mergeReturned = new CountDownLatch(1);
        ResultCheck stuck = result -> {
            awaitUninterruptibly(mergeReturned);
            return Optional.empty();
        };
        Merger hurried = new Merger(run, new ShardValidator(stuck, Duration.ofMillis(50)), dir.resolve("scratch"));
        MergeReport report;
        try {
            report = hurried.merge(Fixtures.RUN, Fixtures.partitions(2, SIZE), true);
        } finally {
            mergeReturned.countDown();
        }
        assertTrue(report.manifest().quarantined().isEmpty(), report.manifest().quarantined().toString());
        assertTrue(Files.exists(shardPath(ShardName.base(0))) && Files.exists(shardPath(ShardName.base(1))));
        assertTrue(report.notes().stream().anyMatch(note -> note.contains("could not be validated")), report.notes().toString());

        MergeReport unhurried = merge(2, true);
        assertEquals(2 * SIZE, unhurried.manifest().totals().configsOk(), "the next merge trusts them");
    }

    /** What a progress line reads while a merge runs: configs of the partitions taken in, and those without result. */
    @Test
    void progressCountsEveryExpectedConfigAndThoseLeftWithoutAResult() throws Exception {
        commitAll(2);
        List<String> keys = Fixtures.partitionKeys(2, SIZE);
        committer.commit(Fixtures.shard(ShardName.base(2), keys, List.of(keys.get(1)), 16, 1), "a0");
        assertEquals(0, merger.configsExamined());

        merge(4, true); // partition 3 has no shard
        assertEquals(4 * SIZE, merger.configsExamined());
        assertEquals(1 + SIZE, merger.configsWithoutResult());

        merge(4, true);
        assertEquals(4 * SIZE, merger.configsExamined(), "a second merge counts from zero");
        assertEquals(1 + SIZE, merger.configsWithoutResult());
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    @Test
    void mergingTwiceGivesTheSameFile() throws Exception {
        commitAll(4);
        merge(4, true);
        byte[] first = Files.readAllBytes(runPath.resolve("results.h5"));
        merge(4, true);
        assertArrayEquals(first, Files.readAllBytes(runPath.resolve("results.h5")));
        merge(4, false);
        assertArrayEquals(first, Files.readAllBytes(runPath.resolve("results.h5")));
    }

    @Test
    void supplementaryShardsCompleteAPartialPartition() throws Exception {
        List<String> keys = Fixtures.partitionKeys(0, SIZE);
        committer.commit(Fixtures.shard(ShardName.base(0), keys, List.of(keys.get(1), keys.get(2)), 16, 1), "a");
        MergeReport before = merge(1, true);
        assertEquals(ShardStatus.PARTIAL, before.manifest().partition(0).orElseThrow().status());

        ShardName r1 = ShardName.supplementary(0, run.nextSupplementaryIndex(0));
        committer.commit(Fixtures.shard(r1, keys.subList(1, 3), List.of(), 16, 9), "rerun");
        Manifest after = merge(1, true).manifest();
        Manifest.Partition partition = after.partition(0).orElseThrow();
        assertEquals(ShardStatus.OK, partition.status(), partition.reason());
        assertEquals(List.of("part-00000.h5", "part-00000.r1.h5"), partition.shards());
        assertEquals(new Manifest.Totals(5, 5, 0, 0), after.totals());
    }

    @Test
    void theNewestResultOfAKeyWinsAndTheDuplicateIsReported() throws Exception {
        List<String> keys = Fixtures.partitionKeys(0, SIZE);
        committer.commit(Fixtures.shard(ShardName.base(0), keys, List.of(), 16, 1), "a");
        // seed 5 gives a later timestamp (Fixtures: 1.7e9 + seed) and different layouts
        ShardContents rerun = Fixtures.shard(ShardName.supplementary(0, 1), keys.subList(0, 1), List.of(), 16, 5);
        committer.commit(rerun, "b");
        MergeReport report = merge(1, true);
        assertEquals(1, report.duplicates().size());
        assertTrue(report.duplicates().get(0).contains("kept part-00000.r1.h5 (newer timestamp)"),
                report.duplicates().get(0));
        StoredResult kept = run.readResults().orElseThrow().results().get(0);
        assertEquals(rerun.results().get(0), kept);
    }

    @Test
    void hotStartKeepsEarlierResultsUnlessDisabled() throws Exception {
        commitAll(2);
        merge(2, true);
        Files.delete(shardPath(ShardName.base(0)));

        Manifest kept = merge(2, true).manifest();
        assertEquals(ShardStatus.OK, kept.partition(0).orElseThrow().status());
        assertTrue(kept.partition(0).orElseThrow().reason().contains("5 from the previous results.h5"));
        assertEquals(10, run.readResults().orElseThrow().successfulConfigs());

        Manifest fresh = merge(2, false).manifest();
        assertEquals(ShardStatus.MISSING, fresh.partition(0).orElseThrow().status());
        assertEquals(5, run.readResults().orElseThrow().successfulConfigs());
        assertEquals(10, ResultsReader.read(Files.readAllBytes(runPath.resolve("quarantine/results.h5")))
                .successfulConfigs(), "the previous results.h5, the only copy of partition 0, is set aside");
    }

    /** The finding: a damaged shard's configs survive in results.h5 only; --no-hot-start must not drop them. */
    @Test
    void noHotStartNeverDropsConfigsWhoseOnlyCopyIsTheResultsFileItReplaces() throws Exception {
        commitAll(2);
        merge(2, true);
        byte[] shard = Files.readAllBytes(shardPath(ShardName.base(0)));
        shard[shard.length / 2] ^= 0x10; // one flipped bit
        overwriteShard(0, shard);
        Manifest quarantinedShard = merge(2, true).manifest();
        assertEquals(ShardStatus.OK, quarantinedShard.partition(0).orElseThrow().status(), "kept from results.h5");
        assertEquals(1, quarantinedShard.quarantined().size());

        Manifest fresh = merge(2, false).manifest();
        assertEquals(ShardStatus.MISSING, fresh.partition(0).orElseThrow().status());
        assertEquals(List.of("quarantine/results.h5"), fresh.quarantined().stream().map(Manifest.Quarantined::file)
                .filter(file -> file.contains("results")).toList());
        ResultsFile setAside = ResultsReader.read(Files.readAllBytes(runPath.resolve("quarantine/results.h5")));
        assertTrue(setAside.results().containsAll(Fixtures.okShard(0, SIZE).results()),
                "partition 0's only intact copy is kept");

        Manifest again = merge(2, false).manifest();
        assertTrue(again.quarantined().stream().noneMatch(q -> q.file().contains("results")),
                "a results.h5 whose configs are all in shards is simply replaced");
    }

    @Test
    void anUnreadablePreviousResultsFileIsQuarantinedNotLost() throws Exception {
        commitAll(1);
        Files.write(runPath.resolve("results.h5"), new byte[] {1, 2, 3});
        MergeReport report = merge(1, true);
        assertTrue(Files.exists(runPath.resolve("quarantine/results.h5")));
        assertEquals(1, report.notes().size(), report.notes().toString());
        assertEquals(5, run.readResults().orElseThrow().successfulConfigs());
    }

    @Test
    void aMergeThatFailsWhilePublishingLeavesThePreviousResults() throws Exception {
        commitAll(2);
        merge(2, true);
        byte[] before = Files.readAllBytes(runPath.resolve("results.h5"));
        committer.commit(Fixtures.okShard(2, SIZE), "late");
        // Publishing needs _attempts/ as a directory: a file in its way makes the merge fail halfway.
        Files.write(runPath.resolve("_attempts.tmp"), new byte[0]);
        deleteRecursively(runPath.resolve("_attempts"));
        Files.move(runPath.resolve("_attempts.tmp"), runPath.resolve("_attempts"));

        assertThrows(IOException.class, () -> merge(3, true));
        assertArrayEquals(before, Files.readAllBytes(runPath.resolve("results.h5")));
    }

    @Test
    void shardsOfUnexpectedPartitionsAreLeftAloneAndNoted() throws Exception {
        commitAll(3);
        MergeReport report = merge(2, true);
        assertEquals(List.of("shards/part-00002.h5 belongs to no expected partition; left alone"), report.notes());
        assertTrue(Files.exists(shardPath(ShardName.base(2))));
    }

    @Test
    void aShardThatCannotBeReadIsUnreadableLeftInPlaceAndValidatedAgainByTheNextMerge() throws Exception {
        commitAll(2);
        RunDirectory faulty = RunDirectory.open(ReadFaultFileSystem.SCHEME + "://" + runPath.toAbsolutePath(),
                ReadFaultFileSystem.configuration());
        Merger faultyMerger = new Merger(faulty, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"));
        ReadFaultFileSystem.FAILING.add(ShardName.base(1).fileName());
        MergeReport report;
        try {
            report = faultyMerger.merge(Fixtures.RUN, Fixtures.partitions(2, SIZE), true);
        } finally {
            ReadFaultFileSystem.FAILING.clear();
        }
        Manifest.Partition unreadable = report.manifest().partition(1).orElseThrow();
        assertEquals(ShardStatus.UNREADABLE, unreadable.status());
        assertTrue(unreadable.reason().contains("injected read fault"), unreadable.reason());
        assertEquals(ShardStatus.OK, report.manifest().partition(0).orElseThrow().status());
        assertTrue(Files.isRegularFile(shardPath(ShardName.base(1))), "left in place");
        assertEquals(List.of(), report.manifest().quarantined());

        MergeReport next = faultyMerger.merge(Fixtures.RUN, Fixtures.partitions(2, SIZE), true);
        assertEquals(ShardStatus.OK, next.manifest().partition(1).orElseThrow().status(), "read again, trusted");
    }

    @Test
    void aDirectoryNamedLikeAShardIsNotAFileAndQuarantined() throws Exception {
        commitAll(2);
        Files.delete(shardPath(ShardName.base(1)));
        Files.createDirectory(shardPath(ShardName.base(1)));
        MergeReport report = merge(2, true);
        Manifest.Partition notAFile = report.manifest().partition(1).orElseThrow();
        assertEquals(ShardStatus.NOT_A_FILE, notAFile.status());
        assertTrue(notAFile.reason().contains("is a directory"), notAFile.reason());
        assertEquals(ShardStatus.OK, report.manifest().partition(0).orElseThrow().status());
        assertFalse(Files.exists(shardPath(ShardName.base(1))), "moved to quarantine, so rerun can recompute it");
        assertTrue(Files.isDirectory(runPath.resolve("quarantine").resolve(ShardName.base(1).fileName())));
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (Files.isDirectory(path)) {
            try (var children = Files.list(path)) {
                for (Path child : children.toList()) {
                    deleteRecursively(child);
                }
            }
        }
        Files.deleteIfExists(path);
    }
}
