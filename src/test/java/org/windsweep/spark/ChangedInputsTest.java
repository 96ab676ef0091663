package org.windsweep.spark;

import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;
import org.windsweep.store.Manifest;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The scenario: a run whose turbine is a file, a shard and results.h5 lost, the turbine file edited. Resuming
 * would mix two turbines in one sweep, so run and rerun are refused naming the file, and write nothing; with the file
 * restored the run resumes and finishes.
 */
class ChangedInputsTest {

    private static final String TURBINE = """
            name: Small2MW
            diameter: 90
            hub_height: 80
            ws: [3, 10, 25]
            power: [0, 2.0e6, 2.0e6]
            ct: [0.8, 0.8, 0.3]
            """;

    @TempDir
    Path dir;

    @Test
    void aResumeOrRerunAfterATurbineFileChangedIsRefusedNamingIt() throws Exception {
        Path turbineFile = dir.resolve("t.yaml");
        Files.writeString(turbineFile, TURBINE);
        String yaml = SparkTestSupport.edit(SparkTestSupport.SMALL_SPEC,
                "turbines: [IEA37_3.35MW, V80]", "turbines: [IEA37_3.35MW, {file: t.yaml}]");
        Path run = dir.resolve("run");
        try (JavaSparkContext spark = SparkTestSupport.localSpark(2, Map.of())) {
            SweepSummary first = RunService.run(spark, spec(yaml), run.toString(), SparkTestSupport.OPTIONS);
            assertEquals(new Manifest.Totals(12, 12, 0, 0), first.merge().manifest().totals());

            Files.delete(run.resolve("shards/part-00000.h5"));
            Files.delete(run.resolve("results.h5"));
            Files.writeString(turbineFile, SparkTestSupport.edit(TURBINE,
                    "power: [0, 2.0e6, 2.0e6]", "power: [0, 4.0e6, 4.0e6]"));
            byte[] runJson = Files.readAllBytes(run.resolve("run.json"));

            InvalidInputException resume = assertThrows(InvalidInputException.class,
                    () -> RunService.run(spark, spec(yaml), run.toString(), SparkTestSupport.OPTIONS));
            assertTrue(resume.getMessage().endsWith("/run/ was computed from other inputs: " + turbineFile
                    + " changed (its content differs); restore them to finish this run, or give --out a new directory "
                    + "for a new run"), resume.getMessage());
            InvalidInputException rerun = assertThrows(InvalidInputException.class,
                    () -> RerunService.rerun(spark, run.toString(), SparkTestSupport.OPTIONS));
            assertEquals(resume.getMessage(), rerun.getMessage());
            assertArrayEquals(runJson, Files.readAllBytes(run.resolve("run.json")), "nothing written");
            assertFalse(Files.exists(run.resolve("shards/part-00000.h5")), "nothing computed");

            Files.writeString(turbineFile, TURBINE);
            SweepSummary resumed = RunService.run(spark, spec(yaml), run.toString(), SparkTestSupport.OPTIONS);
            assertEquals(new Manifest.Totals(12, 12, 0, 0), resumed.merge().manifest().totals());
            assertTrue(resumed.configsComputed() > 0 && resumed.configsComputed() < 12, "only the lost partition");
        }
    }

    private SweepSpec spec(String yaml) {
        return SweepSpecParser.parse(yaml, "spec.yaml", dir);
    }
}
