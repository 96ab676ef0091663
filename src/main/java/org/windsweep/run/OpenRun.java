package org.windsweep.run;

import org.apache.hadoop.conf.Configuration;
import org.windsweep.InvalidInputException;
import org.windsweep.store.ExpectedPartition;
import org.windsweep.store.RunDirectory;
import org.windsweep.sweep.PartitionAssignment;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An existing run directory with what its run.json says: the metadata and the spec rebuilt from the YAML it
 * recorded (file names in it resolve against the spec's original directory), so merge and rerun see exactly the
 * configs and the partition assignment of the run.
 */
public record OpenRun(RunDirectory directory, RunMetadata metadata, SweepSpec spec, PartitionAssignment assignment) {

    /** A run directory and its run.json; the partition assignment is read back (and checked) from it. */
    public static OpenRun of(RunDirectory directory, RunMetadata metadata, SweepSpec spec) {
        return new OpenRun(directory, metadata, spec, PartitionAssignment.fromRunJson(metadata.partitionAssignment()));
    }

    public static OpenRun open(String location, Configuration hadoopConfiguration) throws IOException {
        RunDirectory directory = RunDirectory.open(location, hadoopConfiguration);
        RunMetadata metadata = RunMetadataFile.require(directory);
        SweepSpec spec = SweepSpecParser.parseRecorded(metadata.specYaml(), metadata.specSource(),
                Path.of(metadata.specBaseDir()));
        if (spec.configs().size() != metadata.configCount()) {
            throw new InvalidInputException(directory + "/run.json records " + metadata.configCount()
                    + " configs but its spec now expands to " + spec.configs().size()
                    + " (a file it names changed?); start a new run directory for the changed spec");
        }
        return of(directory, metadata, spec);
    }

    /**
     * Refuses to add to this run from inputs other than those it started from (see {@link InputFingerprint}):
     * resume and rerun call it before they compute anything.
     */
    public void requireSameInputs() {
        InputFingerprint.requireUnchanged(metadata.inputs(), spec, directory.toString());
    }

    /** Every partition of the assignment with the keys it holds, as merge expects them. */
    List<ExpectedPartition> expectedPartitions() {
        List<ExpectedPartition> partitions = new ArrayList<>();
        for (int p = 0; p < assignment.count(); p++) {
            partitions.add(new ExpectedPartition(p, assignment.keysOf(p)));
        }
        return partitions;
    }
}
