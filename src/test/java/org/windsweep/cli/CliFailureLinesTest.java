package org.windsweep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.run.RunFixture;
import org.windsweep.store.FullDiskFileSystem;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What once ended in a stack trace and exit 1 is one line: exit 2 for input, exit 1 for the machine. */
class CliFailureLinesTest {

    @TempDir
    Path dir;

    private static void assertOneLine(CliRun run, int exitCode, String expected) {
        assertEquals(exitCode, run.exitCode(), run.stderr());
        assertEquals(1, run.stderr().lines().count(), run.stderr());
        assertTrue(run.stderr().startsWith("windsweep: ") && run.stderr().contains(expected), run.stderr());
    }

    private Path spec() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, RunFixture.SPEC);
        return spec;
    }

    @Test
    void runWithOutNamingAFileOrAPlaceUnderAFileIsBadInputBeforeSparkStarts() throws Exception {
        Path file = dir.resolve("a-file");
        Files.writeString(file, "not a directory");
        assertOneLine(CliRun.of("run", spec().toString(), "--out", file.toString()), 2,
                "is a file, not a directory; give --out a new or existing run directory");
        assertOneLine(CliRun.of("run", spec().toString(), "--out", file.resolve("run").toString()), 2,
                "cannot write the run directory");
        assertEquals("not a directory", Files.readString(file));
    }

    @Test
    void statusOfADamagedManifestIsOneLineSayingToMerge() throws Exception {
        Path run = dir.resolve("run");
        RunFixture.create(run);
        Files.writeString(run.resolve("manifest.json"), "{\"partitions\": [");
        assertOneLine(CliRun.of("status", run.toString()), 2, "manifest.json is damaged");
    }

    @Test
    void aMergeOnAFullDiskIsOneLineAndLeavesTheRunAsItWas() throws Exception {
        Path run = dir.resolve("run");
        RunFixture.create(run);
        byte[] results = Files.readAllBytes(run.resolve("results.h5"));
        System.setProperty("spark.hadoop." + FullDiskFileSystem.IMPL_KEY, FullDiskFileSystem.class.getName());
        System.setProperty("spark.hadoop." + FullDiskFileSystem.NO_CACHE_KEY, "true");
        try {
            assertOneLine(CliRun.of("merge", FullDiskFileSystem.SCHEME + "://" + run), 1,
                    "merge stopped by an I/O error: No space left on device");
        } finally {
            System.clearProperty("spark.hadoop." + FullDiskFileSystem.IMPL_KEY);
            System.clearProperty("spark.hadoop." + FullDiskFileSystem.NO_CACHE_KEY);
        }
        assertTrue(java.util.Arrays.equals(results, Files.readAllBytes(run.resolve("results.h5"))));
        try (var attempts = Files.list(run.resolve("_attempts"))) {
            assertFalse(attempts.findAny().isPresent(), "no attempt file left behind");
        }
    }

    @Test
    void rerunsHelpAndOptionsAgreeAboutNoHotStart() {
        CliRun help = CliRun.of("rerun", "--help");
        assertEquals(0, help.exitCode());
        assertFalse(help.stdout().contains("--no-hot-start  "), help.stdout());
        assertOneLine(CliRun.of("rerun", dir.toString(), "--no-hot-start"), 2, "Unknown option: '--no-hot-start'");
        assertTrue(CliRun.of("run", "--help").stdout().contains("--no-hot-start"));
    }
}
