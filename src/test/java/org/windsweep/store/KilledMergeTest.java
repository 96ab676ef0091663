package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A merge killed (SIGKILL, in a child JVM) while it writes results.h5 leaves the previous results.h5 intact. */
class KilledMergeTest {
    private static final int PARTITIONS = 8;
    private static final int PER_PARTITION = 40;
    private static final int TURBINES = 16;

    @TempDir
    Path dir;

    @Test
    void aMergeKilledWhileWritingResultsLeavesThePreviousFile() throws Exception {
        Path runPath = dir.resolve("run");
        RunDirectory run = RunDirectory.open(runPath.toString(), new Configuration());
        ShardCommitter committer = new ShardCommitter(run, dir.resolve("scratch"));
        for (int p = 0; p < PARTITIONS; p++) {
            committer.commit(Fixtures.shard(ShardName.base(p), Fixtures.partitionKeys(p, PER_PARTITION), List.of(),
                    TURBINES, 1), "a");
        }
        Merger merger = new Merger(run, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"));
        List<ExpectedPartition> partitions = Fixtures.partitions(PARTITIONS, PER_PARTITION);
        merger.merge(Fixtures.RUN, partitions, true);

        boolean caughtWriting = false;
        for (int attempt = 1; attempt <= 3 && !caughtWriting; attempt++) {
            ResultsFile before = run.readResults().orElseThrow();
            // A late rerun with newer results, so that a merge that got to the end would change results.h5.
            committer.commit(Fixtures.shard(ShardName.supplementary(0, attempt),
                    Fixtures.partitionKeys(0, PER_PARTITION), List.of(), TURBINES, 100 + attempt), "late");
            Process child = new ProcessBuilder(javaCommand(runPath, dir.resolve("child-scratch")))
                    .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
            caughtWriting = killOnceResultsAreBeingWritten(child, runPath, Duration.ofSeconds(60));
            ResultsFile after = run.readResults().orElseThrow(); // a damaged results.h5 would throw here
            if (caughtWriting) {
                assertEquals(before, after, "results.h5 is still the previous, whole file");
                System.out.println("child merge killed while writing results.h5 on attempt " + attempt);
            }
        }
        assertTrue(caughtWriting, "a child merge was caught and killed while writing results.h5");

        MergeReport next = merger.merge(Fixtures.RUN, partitions, true);
        assertEquals(PARTITIONS * PER_PARTITION, next.manifest().totals().configsOk());
        assertEquals(next.manifest().totals().configsOk(), run.readResults().orElseThrow().successfulConfigs());
    }

    /** Kills the child (SIGKILL) as soon as its results.h5 attempt file appears; false if it never did. */
    private static boolean killOnceResultsAreBeingWritten(Process child, Path runPath, Duration limit)
            throws Exception {
        Path attempts = runPath.resolve(RunDirectory.ATTEMPTS);
        long deadline = System.nanoTime() + limit.toNanos();
        try {
            while (child.isAlive() && System.nanoTime() < deadline) {
                if (Files.isDirectory(attempts)) {
                    try (var files = Files.list(attempts)) {
                        if (files.anyMatch(f -> f.getFileName().toString().startsWith("results-"))) {
                            return true;
                        }
                    }
                }
                Thread.sleep(1);
            }
            return false;
        } finally {
            child.destroyForcibly().waitFor();
        }
    }

    private static List<String> javaCommand(Path runDir, Path scratch) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return List.of(java, "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                MergeProcess.class.getName(), runDir.toString(), String.valueOf(PARTITIONS),
                String.valueOf(PER_PARTITION), scratch.toString());
    }
}
