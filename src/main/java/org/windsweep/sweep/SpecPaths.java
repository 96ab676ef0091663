package org.windsweep.sweep;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * File paths in a spec are relative to the spec's own directory, so that a spec and its files move together. Every
 * file the spec names (turbine, site, boundary and baseline-layout files) is resolved here, so this is also where the
 * list of a spec's input files comes from: what a run fingerprints to notice when one of them changes.
 */
final class SpecPaths {

    private final Path baseDir;
    private final Set<Path> named = new LinkedHashSet<>();

    SpecPaths(Path baseDir) {
        this.baseDir = baseDir;
    }

    /** The existing regular file that {@code node} names; a missing file is an error at that node. */
    Path existingFile(SpecNode node, String what) {
        String text = node.asText("the path of " + what + ", relative to the spec's directory");
        Path path;
        try {
            path = baseDir.resolve(text).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            throw node.error("expected the path of " + what + " (" + e.getReason() + ")");
        }
        if (Files.exists(path) && !Files.isRegularFile(path)) {
            throw node.location().error(path + " is a directory or a device, not a file; expected " + what);
        }
        if (!Files.isRegularFile(path)) {
            throw node.location().error("no such file: " + path + "; expected " + what
                    + " (relative paths are read from the spec's directory " + baseDir.toAbsolutePath().normalize() + ")");
        }
        named.add(path);
        return path;
    }

    /** Every file resolved so far, each once, in the order the spec names them. */
    List<Path> named() {
        return List.copyOf(named);
    }
}
