package org.windsweep.run;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.store.Manifest;
import org.windsweep.store.MergeReport;
import org.windsweep.store.ShardName;
import org.windsweep.store.ShardStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Files in a run directory that are not what their names say: merge and validate classify them in one line and go
 * on, and never open anything that is not a regular file (a FIFO's read would wait for a writer forever). The
 * time-outs only turn a regression into a failure instead of a hung build; nothing here depends on timing.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class HostileRunDirectoryTest {

    @TempDir
    Path dir;
    private Path runPath;
    private OpenRun run;

    @BeforeEach
    void createRun() throws Exception {
        runPath = dir.resolve("run");
        run = RunFixture.create(runPath);
    }

    private Path shard(int partition) {
        return runPath.resolve("shards").resolve(ShardName.base(partition).fileName());
    }

    private static void mkfifo(Path path) throws Exception {
        Process mkfifo = new ProcessBuilder("mkfifo", path.toString()).inheritIO().start();
        assertEquals(0, mkfifo.waitFor(), "mkfifo " + path);
    }

    @Test
    void aFifoNamedLikeAShardIsNotAFileForMergeAndValidate() throws Exception {
        Files.delete(shard(1));
        mkfifo(shard(1));

        List<RunValidation.FileLine> lines = RunValidation.validate(runPath.toString(), new Configuration());
        RunValidation.FileLine fifoLine = lines.stream()
                .filter(line -> line.file().equals("shards/" + ShardName.base(1).fileName())).findFirst().orElseThrow();
        assertEquals(ShardStatus.NOT_A_FILE, fifoLine.status(), fifoLine.reason());
        assertEquals(ShardStatus.NOT_A_FILE, RunValidation.validate(shard(1).toString(), new Configuration())
                .get(0).status(), "the FIFO validated on its own");

        MergeReport report = RunFixture.merge(run);
        Manifest.Partition partition = report.manifest().partition(1).orElseThrow();
        assertEquals(ShardStatus.OK, partition.status(), "its configs are still in results.h5: " + partition.reason());
        assertTrue(report.manifest().quarantined().stream().anyMatch(q -> q.status() == ShardStatus.NOT_A_FILE),
                report.manifest().quarantined().toString());
        assertFalse(Files.exists(shard(1)), "moved to quarantine/, not opened");
    }

    @Test
    void aDirectoryNamedLikeAShardIsALineOfValidateNotAnAbort() throws Exception {
        Files.delete(shard(2));
        Files.createDirectory(shard(2));
        List<RunValidation.FileLine> lines = RunValidation.validate(runPath.toString(), new Configuration());
        assertEquals(RunFixture.PARTITIONS + 1, lines.size(), lines.toString());
        RunValidation.FileLine line = lines.get(2);
        assertEquals(ShardStatus.NOT_A_FILE, line.status(), line.reason());
        assertTrue(line.reason().contains("is a directory"), line.reason());
    }

    @Test
    void aFifoInPlaceOfResultsIsQuarantinedAndResultsAreRebuiltFromTheShards() throws Exception {
        Files.delete(runPath.resolve("results.h5"));
        mkfifo(runPath.resolve("results.h5"));

        List<RunValidation.FileLine> lines = RunValidation.validate(runPath.toString(), new Configuration());
        assertEquals(ShardStatus.NOT_A_FILE, lines.get(lines.size() - 1).status());

        MergeReport report = RunFixture.merge(run);
        assertEquals(RunFixture.configCount(), report.manifest().totals().configsOk());
        assertTrue(Files.isRegularFile(runPath.resolve("results.h5")));
    }
}
