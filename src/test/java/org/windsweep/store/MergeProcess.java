package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;

import java.nio.file.Path;

/**
 * A merge in its own JVM, so that {@link KilledMergeTest} can kill it mid-write.
 * Arguments: RUN_DIR PARTITIONS CONFIGS_PER_PARTITION SCRATCH_DIR.
 */
public final class MergeProcess {
    private MergeProcess() {
    }

    public static void main(String[] args) throws Exception {
        RunDirectory run = RunDirectory.open(args[0], new Configuration());
        Merger merger = new Merger(run, new ShardValidator(ResultCheck.NONE), Path.of(args[3]));
        MergeReport report = merger.merge(Fixtures.RUN,
                Fixtures.partitions(Integer.parseInt(args[1]), Integer.parseInt(args[2])), true);
        System.out.println(report.summary());
    }
}
