package org.windsweep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.run.RunFixture;
import org.windsweep.store.FullDiskFileSystem;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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

    /**
     * A FIFO in place of run.json would make any read of it wait forever for a writer; a device never ends; a huge
     * sparse file would be read into memory. Each is one line naming run.json, exit 2, for every command that reads
     * run.json, and nothing in the run directory changes.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 5, unit = java.util.concurrent.TimeUnit.MINUTES) // a hang guard only
    void aFifoADeviceADirectoryOrAHugeFileInPlaceOfRunJsonIsOneLineExitTwoAndChangesNothing() throws Exception {
        Path run = dir.resolve("run");
        RunFixture.create(run);
        Path runJson = run.resolve("run.json");
        Path spec = spec();
        for (String kind : List.of("fifo", "device", "directory", "huge")) {
            Files.delete(runJson);
            switch (kind) {
                case "fifo" -> assertEquals(0, new ProcessBuilder("mkfifo", runJson.toString()).start().waitFor());
                case "device" -> Files.createSymbolicLink(runJson, Path.of("/dev/zero"));
                case "directory" -> Files.createDirectory(runJson);
                default -> {
                    try (var file = new java.io.RandomAccessFile(runJson.toFile(), "rw")) {
                        file.setLength(3L << 30); // sparse: no disk used
                    }
                }
            }
            Map<String, String> before = snapshot(run);
            String expected = kind.equals("huge") ? "run.json is 3221225472 bytes" : "run.json";
            for (String[] command : List.of(new String[] {"status", run.toString()},
                    new String[] {"validate", run.toString()}, new String[] {"merge", run.toString()},
                    new String[] {"report", run.toString()}, new String[] {"rerun", run.toString()},
                    new String[] {"run", spec.toString(), "--out", run.toString()})) {
                CliRun result = CliRun.of(command);
                assertOneLine(result, 2, expected);
                assertTrue(result.stderr().contains("restore it"), kind + ", " + command[0] + ": " + result.stderr());
                assertEquals(before, snapshot(run), kind + ", " + command[0] + " changed the run directory");
            }
        }
    }

    /** Every file and directory under {@code root} with its size and modification time. */
    private static Map<String, String> snapshot(Path root) throws java.io.IOException {
        Map<String, String> files = new java.util.TreeMap<>();
        try (var walk = Files.walk(root)) {
            for (Path path : walk.toList()) {
                var attributes = Files.readAttributes(path, java.nio.file.attribute.BasicFileAttributes.class,
                        java.nio.file.LinkOption.NOFOLLOW_LINKS);
                files.put(root.relativize(path).toString(), attributes.size() + " " + attributes.lastModifiedTime());
            }
        }
        return files;
    }

    /**
     * Found in the adversarial round: status during a directory's first run said to run merge, which the run's
     * lock refuses. It names the running command instead; without a live lock the advice is still to merge.
     */
    @Test
    void statusOfARunNotMergedYetNamesTheCommandWorkingOnItInsteadOfAdvisingAMerge() throws Exception {
        Path run = dir.resolve("run");
        RunFixture.create(run);
        Files.delete(run.resolve("manifest.json"));
        org.windsweep.store.RunDirectory directory = org.windsweep.store.RunDirectory.open(run.toString(),
                new org.apache.hadoop.conf.Configuration());
        try (org.windsweep.store.RunLock held = directory.lock("run")) {
            CliRun status = CliRun.of("status", run.toString());
            assertOneLine(status, 2, "has not been merged yet: 'windsweep run' (pid " + ProcessHandle.current().pid());
            assertTrue(status.stderr().contains("wait for it to end"), status.stderr());
            assertFalse(status.stderr().contains("run 'windsweep merge"), status.stderr());
        }
        assertOneLine(CliRun.of("status", run.toString()), 2, "has not been merged yet: run 'windsweep merge ");
    }

    @Test
    void mergeTakesTheProgressIntervalOfRunAndRerun() throws Exception {
        Path run = dir.resolve("run");
        RunFixture.create(run);
        assertOneLine(CliRun.of("merge", run.toString(), "--progress-interval", "0"), 2,
                "--progress-interval must be a positive number of seconds, got 0.0");
        assertEquals(0, CliRun.of("merge", run.toString(), "--progress-interval", "0.5").exitCode());
        assertTrue(CliRun.of("merge", "--help").stdout().contains("--progress-interval"));
    }

    @Test
    void rerunsHelpAndOptionsAgreeAboutNoHotStart() {
        CliRun help = CliRun.of("rerun", "--help");
        assertEquals(0, help.exitCode());
        assertFalse(help.stdout().contains("--no-hot-start  "), help.stdout());
        assertOneLine(CliRun.of("rerun", dir.toString(), "--no-hot-start"), 2, "Unknown option: '--no-hot-start'");
        assertTrue(CliRun.of("run", "--help").stdout().contains("--no-hot-start"));
    }

    /** Hadoop refuses an empty path with an IllegalArgumentException: that was a stack trace and exit 1. */
    @Test
    void anEmptyPathIsOneLineExitTwoForEveryCommandThatTakesOne() {
        for (String command : List.of("validate", "status", "merge", "report", "rerun")) {
            assertOneLine(CliRun.of(command, ""), 2, "'' is not a path");
        }
        assertOneLine(CliRun.of("aep", "--case", ""), 2, "an empty path was given; give the path of an AEP case file");
        assertOneLine(CliRun.of("optimize", "--spec", ""), 2, "an empty path was given; give the path of a sweep spec");
    }

    /** An export never writes over a directory: Spark's overwrite mode replaced the run being read, or wrote at /. */
    @Test
    void aParquetExportOntoExistingTablesOrAnEmptyPathIsRefusedBeforeSparkStarts() throws Exception {
        Path holder = dir.resolve("holder");
        Path run = holder.resolve("results");
        RunFixture.create(run);
        byte[] results = Files.readAllBytes(run.resolve("results.h5"));
        assertOneLine(CliRun.of("status", run.toString(), "--parquet", holder.toString()), 2,
                "/holder/results already exists; give a directory without results, partitions or failed in it");
        assertArrayEquals(results, Files.readAllBytes(run.resolve("results.h5")));
        assertOneLine(CliRun.of("status", run.toString(), "--parquet", ""), 2, "--parquet: an empty path was given");
        assertOneLine(CliRun.of("status", run.toString(), "--sql", "select 1", "--json"), 2,
                "--json does not apply with --sql or --parquet");
    }

    /** Each subcommand's --help lists -V, which printed nothing below the top level. */
    @Test
    void everySubcommandPrintsTheVersionItsHelpOffers() {
        String version = CliRun.of("--version").stdout();
        assertTrue(version.startsWith("windsweep "), version);
        for (String[] command : new String[][] {{"optimize", "-V"}, {"status", "--version"}, {"bench", "aep", "-V"}}) {
            CliRun run = CliRun.of(command);
            assertEquals(0, run.exitCode(), run.stderr());
            assertEquals(version, run.stdout(), String.join(" ", command));
        }
    }

    /** picocli read an argument starting with @ as a file of arguments: a spec's YAML became the command line. */
    @Test
    void anArgumentStartingWithAtIsAPath() throws Exception {
        Path at = dir.resolve("@spec.yaml");
        Files.writeString(at, RunFixture.SPEC);
        CliRun run = CliRun.of("validate", at.toString());
        assertTrue(run.stdout().contains("@spec.yaml: OK"), run.stdout() + run.stderr());
        assertOneLine(CliRun.of("optimize", "--spec", "@" + spec()), 2, "no such file");
    }

    /** A scheme whose file system is not on the class path was Hadoop's ClassNotFoundException trace, exit 1. */
    @Test
    void aRunOnAFileSystemThatIsNotAvailableIsOneLine() {
        assertOneLine(CliRun.of("status", "s3a://bucket/run"), 2, "cannot open 's3a://bucket/run' "
                + "(ClassNotFoundException: Class org.apache.hadoop.fs.s3a.S3AFileSystem not found)");
    }

    /** validate --json printed a spec's verdict as text, and a spec named in capitals was read as an HDF5 file. */
    @Test
    void validateTakesJsonAndAnyCaseOfTheSpecExtension() throws Exception {
        Path upper = dir.resolve("SPEC.YAML");
        Files.writeString(upper, RunFixture.SPEC);
        CliRun json = CliRun.of("validate", "--json", upper.toString());
        assertEquals(0, json.exitCode(), json.stderr());
        assertTrue(json.stdout().startsWith("{\"file\":") && json.stdout().contains("\"kind\":\"spec\",\"status\":\"OK\""),
                json.stdout());
    }

    /** --case takes every argument after it: a mistyped option was "no such file". */
    @Test
    void aMistypedOptionAfterCaseIsAnUnknownOption() {
        assertOneLine(CliRun.of("aep", "--case", "examples/aep-case-hornsrev1-v80-16.json", "--graident"), 2,
                "unknown option '--graident' (see 'windsweep aep --help')");
    }

    /** The command a message suggests can be copied: a location with a space is quoted. */
    @Test
    void aSuggestedCommandQuotesALocationWithASpace() throws Exception {
        Path run = dir.resolve("sp ace").resolve("run");
        RunFixture.create(run);
        Files.delete(run.resolve("manifest.json"));
        assertOneLine(CliRun.of("status", run.toString()), 2, "run 'windsweep merge \"" + run + "\"' first");
    }
}
