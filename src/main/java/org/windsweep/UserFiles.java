package org.windsweep;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reads a text file the user named, with a one-line error that says what is wrong with it. */
public final class UserFiles {

    private UserFiles() {
    }

    /**
     * The most a text input (case, turbine, boundary, layout, wind rose) may hold: far above any real one (the
     * full-resolution AEP case, 360 x 23 bins, is 181 kB), and low enough that its text and parsed tree fit a default
     * heap; a larger file, or a device such as /dev/zero, is bad input rather than an OutOfMemoryError.
     */
    public static final int MAX_TEXT_BYTES = 64 << 20;

    /** @param what what the file should be, for the message, e.g. "the sweep spec" */
    public static String readText(Path file, String what) {
        return readText(file, what, MAX_TEXT_BYTES);
    }

    /**
     * Like {@link #readText(Path, String)}, but refuses a file of more than {@code maxBytes} after reading at most
     * one byte more (also from a pipe, whose size is not known beforehand).
     */
    public static String readText(Path file, String what, int maxBytes) {
        if (file.toString().isEmpty()) {
            throw new InvalidInputException("an empty path was given; give the path of " + what);
        }
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(file + " is a directory; give the path of " + what);
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw new InvalidInputException(file + " is larger than " + maxBytes + " bytes, the most " + what
                        + " may have; put large data in the files it names");
            }
            return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
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
