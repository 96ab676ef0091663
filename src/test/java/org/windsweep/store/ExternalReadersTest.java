package org.windsweep.store;

import org.windsweep.testing.ExternalTools;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The files are for people too: h5py (as a notebook uses it) and h5dump find every config's layout (2 x N) and
 * aep under the names docs/STORE.md documents, in a shard and in results.h5.
 */
class ExternalReadersTest {
    private static final int TURBINES = 16;

    @TempDir
    Path dir;

    private ShardContents shard() {
        List<String> keys = Fixtures.partitionKeys(0, 6);
        return Fixtures.shard(ShardName.base(0), keys, List.of(keys.get(2), keys.get(5)), TURBINES, 3);
    }

    /** Commits the shard, merges, and returns {shard file, results.h5}. */
    private Path[] files() throws IOException {
        RunDirectory run = RunDirectory.open(dir.resolve("run").toString(), new Configuration());
        new ShardCommitter(run, dir).commit(shard(), "a");
        new Merger(run, new ShardValidator(ResultCheck.NONE), dir)
                .merge(Fixtures.RUN, List.of(new ExpectedPartition(0, Fixtures.partitionKeys(0, 6))), true);
        return new Path[] {dir.resolve("run/shards/part-00000.h5"), dir.resolve("run/results.h5")};
    }

    @Test
    void h5pyFindsEveryConfig() throws Exception {
        String python = ExternalTools.pythonWithH5py();
        Path script = Path.of(getClass().getResource("/store/h5py_summary.py").toURI());
        Path[] files = files();
        for (Path file : files) {
            JsonNode summary = new ObjectMapper().readTree(run(List.of(python, script.toString(), file.toString())));
            JsonNode configs = summary.get("configs");
            assertEquals(shard().results().size(), configs.size(), file.toString());
            for (StoredResult result : shard().results()) {
                JsonNode config = configs.get(result.key());
                assertEquals("[2,16]", config.get("layout_shape").toString());
                assertEquals("float64", config.get("layout_dtype").asText());
                assertEquals(result.aep(), config.get("aep").asDouble());
                assertEquals(result.x()[0], config.get("x0").asDouble());
                assertEquals(result.y()[0], config.get("y0").asDouble());
                assertEquals("uint8", config.get("converged_dtype").asText());
                assertEquals(result.aep(), config.get("aep_per_turbine_sum").asDouble(), 1e-9 * result.aep());
                assertEquals("float64", config.get("aep_per_turbine_dtype").asText());
                assertEquals(result.breakdown().aepWakeFree(), config.get("aep_wake_free").asDouble());
                Double baseline = result.breakdown().baselineAep();
                assertEquals(baseline == null, config.get("baseline_aep").isNull(), result.key());
            }
        }
        JsonNode shardSummary = new ObjectMapper().readTree(run(List.of(python, script.toString(), files[0].toString())));
        assertEquals("windsweep-shard/1", shardSummary.get("attrs").get("schema").asText());
        assertEquals(2, shardSummary.get("failed").size());
        JsonNode results = new ObjectMapper().readTree(run(List.of(python, script.toString(), files[1].toString())));
        assertEquals("windsweep-results/1", results.get("attrs").get("schema").asText());
        assertEquals(6, results.get("attrs").get("total_configs").asInt());
        assertEquals(4, results.get("attrs").get("successful_configs").asInt());
        List<String> keys = new ArrayList<>();
        results.get("index").get("key").forEach(k -> keys.add(k.asText()));
        assertEquals(shard().results().stream().map(StoredResult::key).toList(), keys);
        for (int i = 0; i < keys.size(); i++) {
            StoredResult result = shard().results().get(i);
            assertEquals(result.breakdown().wakeLossPct(result.aep()),
                    results.get("index").get("wake_loss_pct").get(i).asDouble(), 1e-12);
            assertEquals(result.breakdown().baselineAep() == null,
                    results.get("index").get("gain_over_baseline_pct").get(i).isNull(), result.key() + " NaN without baseline");
        }
    }

    @Test
    void h5dumpFindsEveryConfig() throws Exception {
        String h5dump = ExternalTools.h5dump();
        for (Path file : files()) {
            String header = run(List.of(h5dump, "-H", file.toString()));
            for (StoredResult result : shard().results()) {
                Matcher group = Pattern.compile("GROUP \"" + result.key() + "\" \\{(.*?)\\n   }\\n", Pattern.DOTALL)
                        .matcher(header);
                assertTrue(group.find(), result.key() + " in " + file);
                String body = group.group(1);
                assertTrue(body.matches("(?s).*DATASET \"layout\" \\{\\s*DATATYPE\\s+H5T_IEEE_F64LE\\s*"
                        + "DATASPACE\\s+SIMPLE \\{ \\( 2, 16 \\) / \\( 2, 16 \\) }.*"), body);
                assertTrue(body.matches("(?s).*DATASET \"aep\" \\{\\s*DATATYPE\\s+H5T_IEEE_F64LE\\s*DATASPACE\\s+SCALAR.*"),
                        body);
            }
            StoredResult first = shard().results().get(0);
            String aep = run(List.of(h5dump, "-m", "%.17g", "-d", "/" + first.key() + "/aep", file.toString()));
            Matcher value = Pattern.compile("\\(0\\): (\\S+)").matcher(aep);
            assertTrue(value.find(), aep);
            assertEquals(first.aep(), Double.parseDouble(value.group(1)));
        }
    }

    private static String run(List<String> command) throws IOException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "timed out: " + command);
            assertEquals(0, process.exitValue(), command + " failed:\n" + output);
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
