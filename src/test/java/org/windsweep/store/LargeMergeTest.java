package org.windsweep.store;

import java.util.Locale;
import org.windsweep.testing.ExternalTools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sweep-sized merge: 3000 configs of 16 turbines in 64 shards, every one merged. Prints the merge's times (and
 * the original h5py approach's on the same shards, as a notebook user of the original script would have merged
 * them); it asserts no time: the figures are for reading, the machine's load is not the test's business.
 */
class LargeMergeTest {
    private static final int PARTITIONS = 64;
    private static final int PER_PARTITION = 47; // 64 x 47 = 3008 configs
    private static final int TURBINES = 16;

    @TempDir
    static Path dir;
    private static Path runPath;
    private static RunDirectory run;

    @BeforeAll
    static void commitShards() throws IOException {
        runPath = dir.resolve("run");
        run = RunDirectory.open(runPath.toString(), new Configuration());
        ShardCommitter committer = new ShardCommitter(run, dir.resolve("scratch"));
        for (int p = 0; p < PARTITIONS; p++) {
            ShardName name = ShardName.base(p);
            committer.commit(Fixtures.shard(name, Fixtures.partitionKeys(p, PER_PARTITION), List.of(), TURBINES, 1), "a");
        }
    }

    @Test
    void mergingThreeThousandConfigsKeepsEveryOne() throws Exception {
        Merger merger = new Merger(run, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"));
        List<ExpectedPartition> partitions = Fixtures.partitions(PARTITIONS, PER_PARTITION);
        MergeReport cold = merger.merge(Fixtures.RUN, partitions, false);
        MergeReport warm = merger.merge(Fixtures.RUN, partitions, false);
        MergeReport hot = merger.merge(Fixtures.RUN, partitions, true);
        assertEquals(PARTITIONS * PER_PARTITION, hot.manifest().totals().configsOk());
        System.out.printf(Locale.ROOT, "merge of %d configs in %d shards: first %d ms, again %d ms, with hot start %d ms;"
                        + " results.h5 %d bytes%n", PARTITIONS * PER_PARTITION, PARTITIONS, cold.elapsedMillis(),
                warm.elapsedMillis(), hot.elapsedMillis(), Files.size(runPath.resolve("results.h5")));
        assertEquals(PARTITIONS * PER_PARTITION, run.readResults().orElseThrow().successfulConfigs());
        assertEquals(cold.manifest().totals(), warm.manifest().totals());
    }

    @Test
    void theOriginalH5pyMergeOnTheSameShards() throws Exception {
        String python = ExternalTools.pythonWithH5py();
        Path script = Path.of(getClass().getResource("/store/h5py_merge_baseline.py").toURI());
        List<String> command = new ArrayList<>(List.of(python, script.toString(), dir.resolve("baseline.h5").toString()));
        try (var shards = Files.list(runPath.resolve("shards"))) {
            shards.sorted().forEach(s -> command.add(s.toString()));
        }
        long start = System.nanoTime();
        JsonNode result = new ObjectMapper().readTree(output(command));
        long wallMillis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(PARTITIONS * PER_PARTITION, result.get("configs").asInt());
        System.out.printf(Locale.ROOT, "h5py baseline (copy groups, no validation) of %d configs: %.0f ms merging, %d ms with"
                + " interpreter start%n", result.get("configs").asInt(), result.get("seconds").asDouble() * 1000, wallMillis);
    }

    private static String output(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, process.exitValue(), text);
        return text;
    }
}
