package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Committing shards to a run directory given as a plain local path and as a file:// URI, also concurrently. */
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

    @Test
    void concurrentAttemptsAtTheSamePartitionLeaveOneWholeShard() throws Exception {
        // Speculative execution: several attempts of one task commit the same shard at the same time.
        RunDirectory run = RunDirectory.open(dir.resolve("run").toString(), new Configuration());
        ShardName name = ShardName.base(2);
        List<ShardContents> attempts = new ArrayList<>();
        for (int seed = 0; seed < 6; seed++) {
            attempts.add(Fixtures.shard(name, Fixtures.partitionKeys(2, 8), List.of(), 16, seed));
        }
        ExecutorService pool = Executors.newFixedThreadPool(attempts.size());
        try {
            List<Future<CommittedShard>> commits = new ArrayList<>();
            for (int i = 0; i < attempts.size(); i++) {
                ShardContents shard = attempts.get(i);
                String attemptId = "attempt-" + i;
                commits.add(pool.submit(() -> new ShardCommitter(run, dir.resolve("scratch")).commit(shard, attemptId)));
            }
            for (Future<CommittedShard> commit : commits) {
                commit.get();
            }
        } finally {
            pool.shutdown();
        }
        ShardVerdict verdict = new ShardValidator(ResultCheck.NONE).validateCommitted(run, Fixtures.expectation(name, 8));
        assertEquals(ShardStatus.OK, verdict.status(), verdict.describe());
        assertTrue(attempts.contains(verdict.contents()));
        CommitContract.assertNoAttemptFilesLeft(run);
    }

    private static void assertNoChecksumSideFiles(Path shards) throws Exception {
        assertTrue(Files.exists(shards.resolve("part-00000.h5")));
        try (var files = Files.list(shards)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".crc")));
        }
    }
}
