package org.windsweep.run;

import org.apache.hadoop.conf.Configuration;
import org.windsweep.store.MergeReport;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.ShardCommitter;
import org.windsweep.store.ShardContents;
import org.windsweep.store.ShardName;
import org.windsweep.store.StoredFailure;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.PartitionAssignment;
import org.windsweep.sweep.SweepConfig;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A small, real run directory made without Spark: the configs of {@link #SPEC} computed in this JVM by
 * {@link ConfigRunner} (smart start only, so it takes a second), committed as one shard per partition as the Spark
 * job would, then merged. For tests of what merge, status and validate make of damaged or hostile run directories.
 */
public final class RunFixture {

    public static final int PARTITIONS = 3;

    public static final String SPEC = """
            name: fixture
            farms:
              - name: round
                boundary: {circle: {center: [0, 0], radius: 600}}
            turbines: [IEA37_3.35MW]
            wake_model: IEA37SimpleBastankhahGaussian
            site:
              sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.25, 0.25, 0.25, 0.25], ws_ms: 9.8}
              ti: 0.075
            n_turbines: 3
            seeds: {start: 0, count: 6}
            smart_start: {grid_size: 6, random_pct: 30}
            optimizer: {max_iterations: 0}
            partitions: 3
            """;

    private RunFixture() {
    }

    /** Creates, computes and merges the run in {@code directory} (which must not hold a run yet). */
    public static OpenRun create(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path specFile = directory.resolveSibling(directory.getFileName() + ".yaml");
        Files.writeString(specFile, SPEC);
        SweepSpec spec = SweepSpecParser.parseFile(specFile);
        RunDirectory run = RunDirectory.open(directory.toString(), new Configuration());
        PartitionAssignment assignment = PartitionAssignment.forSpec(spec, 1);
        RunMetadata metadata = RunMetadataFactory.create(spec, assignment);
        RunMetadataFile.write(run, metadata);
        OpenRun open = OpenRun.of(run, metadata, spec);
        ConfigRunner runner = new ConfigRunner(spec, TestFaults.none());
        try {
            for (int p = 0; p < assignment.count(); p++) {
                List<StoredResult> results = new ArrayList<>();
                List<StoredFailure> failures = new ArrayList<>();
                for (String key : assignment.keysOf(p)) {
                    SweepConfig config = spec.config(key);
                    ConfigOutcome outcome = runner.run(config);
                    if (outcome instanceof ConfigOutcome.Computed computed) {
                        results.add(computed.result());
                    } else if (outcome instanceof ConfigOutcome.Failed failed) {
                        failures.add(failed.failure());
                    }
                }
                new ShardCommitter(run, directory.resolveSibling("scratch"))
                        .commit(new ShardContents(metadata.runId(), ShardName.base(p), results, failures), "fixture");
            }
        } finally {
            runner.close();
        }
        merge(open);
        return open;
    }

    public static MergeReport merge(OpenRun run) throws IOException {
        return MergeService.merge(run, true, java.time.Duration.ofSeconds(5));
    }

    public static int configCount() {
        return SweepSpecParser.parse(SPEC, "fixture.yaml", Path.of("")).configs().size();
    }
}
