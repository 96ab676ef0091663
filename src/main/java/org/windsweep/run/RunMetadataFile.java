package org.windsweep.run;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.Path;
import org.windsweep.InvalidInputException;
import org.windsweep.store.NotARegularFileException;
import org.windsweep.store.RunDirectory;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.util.Optional;

/** Reads and writes RUN/run.json; a write replaces the file in one step (written aside, read back, renamed). */
public final class RunMetadataFile {

    static final String NAME = "run.json";
    /**
     * Far above any real run.json: the spec is at most {@link org.windsweep.sweep.SpecLimits#MAX_SPEC_BYTES} and is
     * kept twice (as written and resolved), beside farms, turbines and a history of one line per command.
     */
    static final long MAX_BYTES = 64L << 20;

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private RunMetadataFile() {
    }

    /**
     * @throws InvalidInputException when run.json is not the file windsweep wrote: no regular file (a FIFO, whose read
     *                               would never end, a directory, a device), far larger than any run.json, or not a
     *                               readable run.json
     */
    public static Optional<RunMetadata> read(RunDirectory run) throws IOException {
        byte[] bytes;
        try {
            requirePlausibleSize(run);
            bytes = run.readPublished(path(run), whole -> MAPPER.readValue(whole, RunMetadata.class));
        } catch (NotARegularFileException e) {
            throw new InvalidInputException(e.getMessage() + ": run.json must be the file windsweep wrote; restore it "
                    + "from a backup or start a new run directory");
        }
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            RunMetadata metadata = MAPPER.readValue(bytes, RunMetadata.class);
            if (!RunMetadata.SCHEMA.equals(metadata.schema())) {
                throw new InvalidInputException(path(run) + ": schema is '" + metadata.schema() + "', expected '"
                        + RunMetadata.SCHEMA + "'; is this a windsweep run directory?");
            }
            return Optional.of(metadata);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new InvalidInputException(path(run) + " is not a readable run.json (" + e.getOriginalMessage()
                    + "); restore it from a backup or start a new run directory");
        }
    }

    /** Checked before reading: a huge file (e.g. a sparse one) is not read into memory to find it is not ours. */
    private static void requirePlausibleSize(RunDirectory run) throws IOException {
        FileStatus status;
        try {
            status = run.fileSystem().getFileStatus(path(run));
        } catch (FileNotFoundException e) {
            return;
        }
        if (status.isFile() && status.getLen() > MAX_BYTES) {
            throw new InvalidInputException(path(run) + " is " + status.getLen() + " bytes, more than any run.json "
                    + "windsweep writes (at most " + MAX_BYTES + "); restore it from a backup or start a new run "
                    + "directory");
        }
    }

    /** The run.json of a run directory that must already exist. */
    public static RunMetadata require(RunDirectory run) throws IOException {
        if (!run.fileSystem().exists(run.root())) {
            throw new InvalidInputException(run + " does not exist; give the --out directory of a 'windsweep run'");
        }
        return read(run).orElseThrow(() -> new InvalidInputException(run + " has no run.json: it is not a windsweep "
                + "run directory; give the --out directory of a 'windsweep run'"));
    }

    public static void write(RunDirectory run, RunMetadata metadata) throws IOException {
        byte[] bytes = MAPPER.writeValueAsBytes(metadata);
        run.publish(bytes, path(run), "run", readBack -> MAPPER.readValue(readBack, RunMetadata.class));
    }

    static Path path(RunDirectory run) {
        return new Path(run.root(), NAME);
    }
}
