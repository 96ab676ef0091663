package org.windsweep.cli;

import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.nio.file.Path;

/** The spec a subcommand names, or the embedded demo spec when it names none. */
final class SpecLoader {

    private SpecLoader() {
    }

    static SweepSpec load(String pathOrNull) {
        return pathOrNull == null ? SweepSpecParser.parseDemo() : SweepSpecParser.parseFile(Path.of(pathOrNull));
    }
}
