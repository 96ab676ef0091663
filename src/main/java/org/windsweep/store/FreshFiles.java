package org.windsweep.store;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Writing a whole HDF5 file with jhdf, which only ever writes complete files to new paths. */
final class FreshFiles {
    private FreshFiles() {
    }

    /**
     * Builds the file's contents in {@code contents} and writes it to {@code file}, which must not exist (jhdf
     * does not truncate). A failed write leaves no file behind.
     */
    static void writeWithJhdf(Path file, Consumer<WritableHdfFile> contents) throws IOException {
        if (Files.exists(file)) {
            throw new IOException(file + " already exists; HDF5 files are only written to fresh paths");
        }
        try (WritableHdfFile hdf = HdfFile.write(file)) { // data reaches the disk at close()
            contents.accept(hdf);
        } catch (RuntimeException e) {
            Files.deleteIfExists(file);
            throw new IOException("could not write " + file + ": " + e.getMessage(), e);
        }
    }
}
