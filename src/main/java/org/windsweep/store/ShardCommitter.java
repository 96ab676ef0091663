package org.windsweep.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Commits one partition's shard to its run directory: writes it locally, publishes it through
 * {@code _attempts/} to {@code shards/part-NNNNN[.rK].h5} after a full read-back (see {@link RunDirectory#publish}).
 * Speculative or retried attempts may commit the same shard twice; the last rename wins and both are whole.
 * One committer per task: jhdf writers are not shared between threads.
 */
public final class ShardCommitter {
    private final RunDirectory run;
    private final Path localScratch;

    /** @param localScratch a local directory for the file before it is copied (e.g. Spark's local dir) */
    public ShardCommitter(RunDirectory run, Path localScratch) {
        this.run = run;
        this.localScratch = localScratch;
    }

    /**
     * @param attemptId identifies the attempt in the attempt file's name, e.g. Spark's task attempt id
     * @return the committed file
     * @throws IOException when writing, reading back or renaming failed; nothing was committed then
     */
    public CommittedShard commit(ShardContents shard, String attemptId) throws IOException {
        byte[] bytes = writeLocally(shard);
        org.apache.hadoop.fs.Path target = run.shardFile(shard.name());
        String prefix = shard.name().stem() + "-" + attemptId.replaceAll("[^A-Za-z0-9._-]", "_");
        run.publish(bytes, target, prefix, readBack -> verifyReadBack(shard, readBack));
        return new CommittedShard(shard.name(), target.toString(), bytes.length, shard.configCount());
    }

    private byte[] writeLocally(ShardContents shard) throws IOException {
        Files.createDirectories(localScratch);
        Path dir = Files.createTempDirectory(localScratch, "windsweep-" + shard.name().stem() + "-");
        Path file = dir.resolve(shard.name().fileName());
        try {
            ShardWriter.write(shard, file);
            return Files.readAllBytes(file);
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(dir);
        }
    }

    private static void verifyReadBack(ShardContents written, byte[] readBack) throws IOException {
        FileIntegrity.Problem problem = FileIntegrity.check(readBack);
        if (problem != null) {
            throw new IOException(written.name() + " reads back " + problem.status() + ": " + problem.reason());
        }
        try {
            ShardReader.DecodedShard decoded = ShardReader.read(readBack);
            if (!decoded.contents().equals(written) || !decoded.digestMatches()) {
                throw new IOException(written.name() + " reads back with different contents");
            }
        } catch (LayoutException | RuntimeException e) {
            throw new IOException(written.name() + " does not read back: " + e.getMessage(), e);
        }
    }
}
