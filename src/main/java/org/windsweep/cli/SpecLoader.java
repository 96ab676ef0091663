package org.windsweep.cli;

import org.windsweep.InvalidInputException;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Finds a sweep spec's text (a file, or the embedded demo when none is named) and parses it. */
final class SpecLoader {

    private SpecLoader() {
    }

    /** A parsed spec and the directory its relative file names resolve against. */
    record LoadedSpec(SweepSpec spec, Path baseDir) {
    }

    /** The spec at {@code pathOrNull}, or the embedded demo spec when it is null. */
    static LoadedSpec load(String pathOrNull) {
        if (pathOrNull == null) {
            Path here = Path.of("").toAbsolutePath();
            return new LoadedSpec(SweepSpecParser.parse(SweepSpecParser.demoYaml(), "embedded demo spec", here), here);
        }
        Path path = Path.of(pathOrNull).toAbsolutePath().normalize();
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return new LoadedSpec(SweepSpecParser.parse(text, pathOrNull, path.getParent()), path.getParent());
        } catch (NoSuchFileException e) {
            throw new InvalidInputException("spec file " + pathOrNull + " does not exist; give the path of a sweep spec (YAML), or none for the demo");
        } catch (IOException e) {
            throw new InvalidInputException("cannot read spec file " + pathOrNull + ": " + e.getMessage());
        }
    }
}
