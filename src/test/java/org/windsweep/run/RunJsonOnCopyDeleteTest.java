package org.windsweep.run;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.store.CopyDeleteFileSystem;
import org.windsweep.store.RunDirectory;
import org.windsweep.sweep.PartitionAssignment;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** run.json written over a previous one, killed at every step of a copy-and-delete rename: always readable. */
class RunJsonOnCopyDeleteTest {
    private static final String SPEC = """
            name: copydelete
            farms:
              - {name: round, boundary: {circle: {center: [0, 0], radius: 700}}}
            turbines: [IEA37_3.35MW]
            site:
              sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.2, 0.3, 0.2, 0.3], ws_ms: 9.8}
              ti: 0.075
            n_turbines: 4
            seeds: {start: 0, count: 2}
            """;

    @TempDir
    Path dir;

    @Test
    void aRunJsonReplaceKilledAtAnyStepLeavesTheOldOrTheNewRunJson() throws Exception {
        SweepSpec spec = SweepSpecParser.parse(SPEC, "copydelete.yaml", dir);
        RunMetadata before = RunMetadataFactory.create(spec, PartitionAssignment.forSpec(spec, 2));
        RunMetadata after = before.withHistory(new RunMetadata.HistoryEntry("run", "local[2]", "a", "b", 2, 0));
        int kills = 0;
        for (int step = 1; ; step++) {
            String location = CopyDeleteFileSystem.SCHEME + "://" + dir.resolve("run-" + step).toAbsolutePath();
            RunDirectory run = RunDirectory.open(location, CopyDeleteFileSystem.configuration());
            RunMetadataFile.write(run, before);
            CopyDeleteFileSystem.killAtStep(step);
            try {
                RunMetadataFile.write(run, after);
            } catch (CopyDeleteFileSystem.Killed expected) {
                // the process died here
            }
            if (!CopyDeleteFileSystem.revive()) {
                break;
            }
            kills++;
            RunMetadata read = RunMetadataFile.read(RunDirectory.open(location, CopyDeleteFileSystem.configuration()))
                    .orElseThrow(() -> new AssertionError("no run.json after a kill"));
            assertEquals(before.runId(), read.runId());
            assertTrue(read.history().equals(before.history()) || read.history().equals(after.history()),
                    "killed at step " + step + ": the old or the new run.json");
        }
        assertTrue(kills >= 5, "the replace has steps to be killed at: " + kills);
    }
}
