package org.windsweep.sweep;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** File paths in a spec are relative to the spec's own directory, so that a spec and its files move together. */
final class SpecPaths {

    private SpecPaths() {
    }

    /** The existing regular file that {@code node} names; a missing file is an error at that node. */
    static Path existingFile(SpecNode node, Path baseDir, String what) {
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
        return path;
    }
}
