package org.windsweep.testing;

import org.junit.jupiter.api.Assumptions;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Python with h5py and the HDF5 command-line tools, which tests use to prove that our files read in the tools
 * researchers use, and Chromium, which shows the report as a reader sees it. CI (.ci/run) installs them, so there a missing tool fails the test; elsewhere it is skipped.
 */
public final class ExternalTools {

    private ExternalTools() {
    }

    /** A python3 that imports h5py and numpy. */
    public static String pythonWithH5py() {
        return pythonWith("h5py", "numpy");
    }

    /** A python3 that imports these modules: Debian's first (a pyenv or venv python3 on the PATH may lack them). */
    public static String pythonWith(String... modules) {
        String imports = "import " + String.join(", ", modules);
        for (String candidate : List.of("/usr/bin/python3", "python3")) {
            try {
                if (run(List.of(candidate, "-c", imports), 60).exitCode() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed: try the next one
            }
        }
        return missing("python3 with " + String.join(", ", modules) + " (Debian: apt-get install "
                + String.join(" ", modules.length == 0 ? new String[0] : debianPackages(modules)) + ")");
    }

    private static String[] debianPackages(String[] modules) {
        return java.util.Arrays.stream(modules).map(m -> "python3-" + m.toLowerCase(java.util.Locale.ROOT)).toArray(String[]::new);
    }

    public static String h5dump() {
        for (String candidate : List.of("/usr/bin/h5dump", "h5dump")) {
            try {
                if (run(List.of(candidate, "--version"), 60).exitCode() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed: try the next one
            }
        }
        return missing("h5dump (Debian: apt-get install hdf5-tools)");
    }

    /** Debian's headless-capable Chromium, which renders the report as a reader's browser does. */
    public static String chromium() {
        for (String candidate : List.of("/usr/bin/chromium", "chromium", "chromium-browser")) {
            try {
                if (run(List.of(candidate, "--version"), 60).exitCode() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not installed: try the next one
            }
        }
        return missing("chromium (Debian: apt-get install chromium)");
    }

    private static String missing(String what) {
        if (System.getenv("CI") != null) {
            throw new AssertionError(what + " is required in CI; .ci/run installs it");
        }
        Assumptions.abort(what + " is not installed here");
        return null;
    }

    public record Result(int exitCode, String stdout, String stderr) {
    }

    public static Result run(List<String> command, long timeoutSeconds) throws IOException {
        return run(command, java.util.Map.of(), timeoutSeconds);
    }

    /** Runs a command with extra environment variables; its output goes to files, so it never blocks on a pipe. */
    public static Result run(List<String> command, java.util.Map<String, String> environment, long timeoutSeconds)
            throws IOException {
        Path out = Files.createTempFile("tool", ".out");
        Path err = Files.createTempFile("tool", ".err");
        try {
            ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(command))
                    .redirectOutput(out.toFile()).redirectError(err.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IOException(command + " did not finish within " + timeoutSeconds + " s");
            }
            return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                    Files.readString(err, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            Files.deleteIfExists(out);
            Files.deleteIfExists(err);
        }
    }
}
