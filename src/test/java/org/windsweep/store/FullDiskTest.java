package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A full disk while publishing: an IOException naming it, the target as it was, and no attempt file left behind. */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskFailsThePublishWithAnIoExceptionAndLeavesNoAttemptFile() throws Exception {
        Path runPath = dir.resolve("run");
        Files.createDirectories(runPath);
        Files.writeString(runPath.resolve("manifest.json"), "previous");
        Configuration conf = new Configuration();
        conf.set(FullDiskFileSystem.IMPL_KEY, FullDiskFileSystem.class.getName());
        conf.setBoolean(FullDiskFileSystem.NO_CACHE_KEY, true);
        RunDirectory run = RunDirectory.open(FullDiskFileSystem.SCHEME + "://" + runPath, conf);

        IOException failure = assertThrows(IOException.class,
                () -> run.publish(new byte[] {1, 2, 3}, run.manifestFile(), "manifest", readBack -> { }));
        assertTrue(failure.getMessage().contains("No space left on device"), failure.getMessage());
        assertArrayEquals("previous".getBytes(), Files.readAllBytes(runPath.resolve("manifest.json")));
        try (var attempts = Files.list(runPath.resolve("_attempts"))) {
            assertEquals(0, attempts.count(), "the 0-byte attempt file is removed");
        }
    }
}
