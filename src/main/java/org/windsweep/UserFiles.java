package org.windsweep;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a text file the user named, with a one-line error that says what is wrong with it. */
public final class UserFiles {

    private UserFiles() {
    }

    /** @param what what the file should be, for the message, e.g. "the sweep spec" */
    public static String readText(Path file, String what) {
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a directory; give the path of " + what);
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file; give the path of " + what);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + " is not UTF-8 text; give the path of " + what);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + file + " (" + e.getMessage() + "); give the path of "
                    + what);
        }
    }
}
