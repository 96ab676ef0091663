package org.windsweep.run;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FSError;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.windsweep.InvalidInputException;
import org.windsweep.store.RunDirectory;

import java.io.IOException;
import java.util.UUID;

/**
 * The run directory that {@code run --out} names must be a directory (existing or new) this process can write: checked
 * by writing and removing a probe file under {@code _attempts/} before Spark starts, so that a file in the way, a
 * read-only place, a full disk or an existing run's unreadable run.json is one line of bad input instead of a failed job.
 */
public final class OutputLocation {

    private OutputLocation() {
    }

    public static void requireWritable(String location, Configuration hadoopConfiguration) {
        try {
            RunDirectory directory = RunDirectory.open(location, hadoopConfiguration);
            FileSystem fs = directory.fileSystem();
            if (fs.exists(directory.root()) && !fs.getFileStatus(directory.root()).isDirectory()) {
                throw new InvalidInputException(location + " is a file, not a directory; give --out a new or existing "
                        + "run directory");
            }
            RunMetadataFile.read(directory); // an existing run's run.json must be readable: refused before Spark starts
            Path probe = new Path(directory.attemptsDir(), "write-check-" + UUID.randomUUID());
            try (FSDataOutputStream out = fs.create(probe, false)) {
                out.write(1);
            }
            fs.delete(probe, false);
        } catch (IOException | FSError | IllegalArgumentException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst()
                    .orElse("");
            throw new InvalidInputException("cannot write the run directory " + location + " (" + why
                    + "); give --out a directory you can write");
        }
    }
}
