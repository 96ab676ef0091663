package org.windsweep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On a file system whose rename copies then deletes (as object stores do), a merge killed at any step leaves
 * results.h5 and manifest.json readable, each the previous or the new version, and the next merge loses nothing.
 */
class CopyDeleteRenameTest {
    private static final int PARTITIONS = 3;
    private static final int PER_PARTITION = 4;

    @TempDir
    Path dir;

    private RunDirectory open(String name) throws Exception {
        return RunDirectory.open(CopyDeleteFileSystem.SCHEME + "://" + dir.resolve(name).toAbsolutePath(),
                CopyDeleteFileSystem.configuration());
    }

    @Test
    void aMergeKilledAtAnyStepLeavesReadableResultsAndManifestAndLosesNothing() throws Exception {
        List<ExpectedPartition> partitions = Fixtures.partitions(PARTITIONS, PER_PARTITION);
        int killedAt = 0;
        for (int step = 1; ; step++) {
            RunDirectory run = open("run-" + step);
            ShardCommitter committer = new ShardCommitter(run, dir.resolve("scratch"));
            for (int p = 0; p < PARTITIONS - 1; p++) {
                committer.commit(Fixtures.okShard(p, PER_PARTITION), "a");
            }
            Merger merger = new Merger(run, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"));
            MergeReport first = merger.merge(Fixtures.RUN, partitions, true);
            ResultsFile firstResults = run.readResults().orElseThrow();
            committer.commit(Fixtures.okShard(PARTITIONS - 1, PER_PARTITION), "a");

            CopyDeleteFileSystem.killAtStep(step);
            try {
                merger.merge(Fixtures.RUN, partitions, true);
            } catch (CopyDeleteFileSystem.Killed expected) {
                // the process died here
            }
            if (!CopyDeleteFileSystem.revive()) {
                assertTrue(step > 5, "the merge has several steps to be killed at");
                break;
            }
            killedAt++;
            RunDirectory reopened = open("run-" + step);
            ResultsFile results = reopened.readResults().orElseThrow(() -> new AssertionError("no results.h5"));
            Manifest manifest = reopened.readManifest().orElseThrow(() -> new AssertionError("no manifest.json"));
            assertTrue(results.equals(firstResults) || results.successfulConfigs() == PARTITIONS * PER_PARTITION,
                    "killed at step " + step + ": results.h5 is the previous or the new version");
            assertTrue(manifest.equals(first.manifest())
                    || manifest.totals().configsOk() == PARTITIONS * PER_PARTITION, "killed at step " + step);

            MergeReport next = new Merger(reopened, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"))
                    .merge(Fixtures.RUN, partitions, true);
            assertEquals(PARTITIONS * PER_PARTITION, next.manifest().totals().configsOk(), "killed at step " + step);
            assertEquals(PARTITIONS * PER_PARTITION, reopened.readResults().orElseThrow().successfulConfigs());
            assertTrue(next.manifest().quarantined().isEmpty(), "killed at step " + step);
            assertFalse(reopened.fileSystem().exists(RunDirectory.previousOf(reopened.resultsFile())),
                    "a finished replace leaves no previous version behind");
        }
        System.out.println("merge killed at each of its " + killedAt + " steps; every time readable, nothing lost");
    }
}
