package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Committing shards to a run directory given as a plain local path and as a file:// URI. */
class LocalCommitTest {
    @TempDir
    Path dir;

    @Test
    void plainLocalPath() throws Exception {
        RunDirectory run = RunDirectory.open(dir.resolve("run").toString(), new Configuration());
        CommitContract.run(run, dir.resolve("scratch"));
        assertNoChecksumSideFiles(dir.resolve("run/shards"));
    }

    @Test
    void fileUri() throws Exception {
        RunDirectory run = RunDirectory.open(dir.resolve("run").toUri().toString(), new Configuration());
        CommitContract.run(run, dir.resolve("scratch"));
    }

    private static void assertNoChecksumSideFiles(Path shards) throws Exception {
        assertTrue(Files.exists(shards.resolve("part-00000.h5")));
        try (var files = Files.list(shards)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".crc")));
        }
    }
}
