package org.windsweep.run;

import org.windsweep.InvalidInputException;
import org.windsweep.WindsweepVersion;
import org.windsweep.sweep.SweepSpec;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a run's results depend on, recorded in run.json as {@code inputs}: the spec text, every file it names (by
 * SHA-256 of its content), the wake model and the windsweep version. A resume ({@code run} again) or a
 * {@code rerun} against other inputs would mix two sweeps in one results file, so it is refused, saying what
 * changed.
 */
public final class InputFingerprint {
    static final String SPEC = "spec_sha256";
    static final String WAKE_MODEL = "wake_model";
    static final String VERSION = "windsweep_version";
    /** Prefix of a file's entry; the rest is its absolute path. */
    static final String FILE = "file:";

    private InputFingerprint() {
    }

    /** The fingerprint of the inputs as they are now. */
    public static Map<String, String> of(SweepSpec spec) {
        Map<String, String> inputs = new LinkedHashMap<>();
        inputs.put(SPEC, sha256(spec.yamlText().getBytes(StandardCharsets.UTF_8)));
        inputs.put(WAKE_MODEL, spec.wakeModel());
        inputs.put(VERSION, WindsweepVersion.get());
        for (String file : spec.inputFiles()) {
            inputs.put(FILE + file, fileSha256(Path.of(file)));
        }
        return inputs;
    }

    /**
     * @param recorded the run.json's {@code inputs}; empty for a run directory from before fingerprints, which is
     *                 not checked
     * @throws InvalidInputException naming what changed since the run was started
     */
    public static void requireUnchanged(Map<String, String> recorded, SweepSpec spec, String runLocation) {
        if (recorded.isEmpty()) {
            return;
        }
        Map<String, String> now = of(spec);
        List<String> changes = new ArrayList<>();
        recorded.forEach((name, value) -> {
            String current = now.get(name);
            if (!value.equals(current)) {
                changes.add(describe(name, value, current));
            }
        });
        now.keySet().stream().filter(name -> !recorded.containsKey(name))
                .forEach(name -> changes.add(describe(name, null, now.get(name))));
        if (!changes.isEmpty()) {
            throw new InvalidInputException(runLocation + " was computed from other inputs: " + String.join("; ",
                    changes) + "; restore them to finish this run, or give --out a new directory for a new run");
        }
    }

    private static String describe(String name, String recorded, String current) {
        if (name.startsWith(FILE)) {
            String file = name.substring(FILE.length());
            if (recorded == null) {
                return "the spec now reads " + file;
            }
            return current == null || current.isEmpty() ? file + " is gone" : file + " changed (its content differs)";
        }
        if (name.equals(SPEC)) {
            return "the spec text changed";
        }
        return name + " was '" + recorded + "', is now '" + current + "'";
    }

    /** The content hash of a file, or "" when it can no longer be read. */
    private static String fileSha256(Path file) {
        try {
            return sha256(Files.readAllBytes(file));
        } catch (IOException e) {
            return "";
        }
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
