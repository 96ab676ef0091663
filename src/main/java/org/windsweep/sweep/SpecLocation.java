package org.windsweep.sweep;

import java.io.Serializable;
import org.windsweep.InvalidInputException;

/**
 * Where a value sits in a sweep spec: the file, the key path (such as {@code farms[2].boundary.polygon}) and the
 * 1-based line. Every spec error is raised through {@link #error} so that all of them read alike:
 * {@code spec.yaml line 14, farms[2].boundary.polygon: has 2 points; expected at least 3 [x, y] points}.
 */
public record SpecLocation(String source, String path, int line) implements Serializable {

    public InvalidInputException error(String problem) {
        return new InvalidInputException(describe() + ": " + problem);
    }

    /** Wraps a message from another layer (physics, optimize, inputs), which does not know where in the spec it is. */
    public InvalidInputException error(String problem, Throwable cause) {
        return new InvalidInputException(describe() + ": " + problem, cause);
    }

    public String describe() {
        String where = source + " line " + line;
        return path.isEmpty() ? where : where + ", " + path;
    }

    /** The location of a key of the mapping at this location (used for keys that are missing, so have no line). */
    SpecLocation child(String key) {
        return new SpecLocation(source, path.isEmpty() ? key : path + "." + key, line);
    }
}
