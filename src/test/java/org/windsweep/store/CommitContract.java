package org.windsweep.store;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What committing must do on every FileSystem; run against the local FS and against HDFS. */
final class CommitContract {
    private CommitContract() {
    }

    static void run(RunDirectory run, java.nio.file.Path scratch) throws Exception {
        commitsUnderTheFinalName(run, scratch);
        aSecondCommitReplacesTheFirst(run, scratch);
        aFailedReadBackCommitsNothing(run);
        supplementaryShardsGetTheirOwnNames(run, scratch);
    }

    private static void commitsUnderTheFinalName(RunDirectory run, java.nio.file.Path scratch) throws Exception {
        ShardContents shard = Fixtures.okShard(0, 5);
        CommittedShard committed = new ShardCommitter(run, scratch).commit(shard, "task-0-attempt-0");
        assertEquals(run.shardFile(ShardName.base(0)).toString(), committed.path());
        assertEquals(5, committed.configCount());
        ShardVerdict verdict = new ShardValidator(ResultCheck.NONE)
                .validateCommitted(run, Fixtures.expectation(ShardName.base(0), 5));
        assertEquals(ShardStatus.OK, verdict.status(), verdict.describe());
        assertEquals(shard, verdict.contents());
        assertNoAttemptFilesLeft(run);
        try (var leftovers = Files.list(scratch)) {
            assertEquals(0, leftovers.count(), "local scratch files are removed");
        }
    }

    private static void aSecondCommitReplacesTheFirst(RunDirectory run, java.nio.file.Path scratch) throws Exception {
        // A speculative or retried attempt commits the same partition again: rename onto an existing shard.
        ShardName name = ShardName.base(1);
        ShardContents first = Fixtures.shard(name, Fixtures.partitionKeys(1, 4), List.of(), 16, 1);
        ShardContents second = Fixtures.shard(name, Fixtures.partitionKeys(1, 4), List.of(), 16, 2);
        ShardCommitter committer = new ShardCommitter(run, scratch);
        committer.commit(first, "attempt-0");
        committer.commit(second, "attempt-1");
        ShardVerdict verdict = new ShardValidator(ResultCheck.NONE).validateCommitted(run, Fixtures.expectation(name, 4));
        assertEquals(second, verdict.contents());
        assertNoAttemptFilesLeft(run);
    }

    private static void aFailedReadBackCommitsNothing(RunDirectory run) throws Exception {
        Path target = new Path(run.root(), "published.bin");
        byte[] bytes = "contents".getBytes();
        assertThrows(IOException.class, () -> run.publish(bytes, target, "published", readBack -> {
            throw new IOException("simulated: read back differs");
        }));
        assertFalse(run.fileSystem().exists(target));
        assertNoAttemptFilesLeft(run);
        run.publish(bytes, target, "published", readBack -> { });
        assertArrayEquals(bytes, run.readIfExists(target));
    }

    private static void supplementaryShardsGetTheirOwnNames(RunDirectory run, java.nio.file.Path scratch)
            throws Exception {
        ShardName r1 = ShardName.supplementary(0, run.nextSupplementaryIndex(0));
        assertEquals(1, r1.supplementary());
        new ShardCommitter(run, scratch).commit(
                Fixtures.shard(r1, Fixtures.partitionKeys(0, 5).subList(0, 1), List.of(), 16, 3), "rerun");
        assertTrue(run.fileSystem().exists(run.shardFile(r1)));
        assertEquals(List.of(ShardName.base(0), r1), run.listShards().get(0));
        assertEquals(2, run.nextSupplementaryIndex(0));
    }

    static void assertNoAttemptFilesLeft(RunDirectory run) throws IOException {
        if (run.fileSystem().exists(run.attemptsDir())) {
            FileStatus[] left = run.fileSystem().listStatus(run.attemptsDir());
            assertEquals(0, left.length, "attempt files left: " + Arrays.toString(left));
        }
    }
}
