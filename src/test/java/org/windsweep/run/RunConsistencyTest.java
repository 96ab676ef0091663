package org.windsweep.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;
import org.windsweep.store.Manifest;
import org.windsweep.store.ShardName;
import org.windsweep.store.ShardStatus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** run.json, manifest.json, results.h5, shards/ and quarantine/ must tell one story; where they do not, say so. */
class RunConsistencyTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    private Path runPath;

    @BeforeEach
    void createRun() throws Exception {
        runPath = dir.resolve("run");
        RunFixture.create(runPath);
    }

    private String statusError() {
        return assertThrows(InvalidInputException.class,
                () -> RunStatus.of(runPath.toString(), new Configuration())).getMessage();
    }

    private void editJson(String file, String field, Object value) throws Exception {
        ObjectNode json = (ObjectNode) JSON.readTree(runPath.resolve(file).toFile());
        if (field.contains(".")) {
            String[] parts = field.split("\\.");
            ((ObjectNode) json.get(parts[0])).putPOJO(parts[1], value);
        } else {
            json.putPOJO(field, value);
        }
        JSON.writeValue(runPath.resolve(file).toFile(), json);
    }

    @Test
    void statusRefusesAManifestWhoseTotalsWereEdited() throws Exception {
        assertEquals(RunFixture.configCount(), RunStatus.of(runPath.toString(), new Configuration()).totals().configsOk());
        editJson("manifest.json", "totals.configs_ok", 999);
        String message = statusError();
        assertTrue(message.contains("manifest.json does not describe the run as it is"), message);
        assertTrue(message.contains("run 'windsweep merge"), message);
    }

    @Test
    void statusRefusesAManifestWhoseShardsAreGoneAndCountsNewShards() throws Exception {
        Path shard = runPath.resolve("shards").resolve(ShardName.base(0).fileName());
        Path aside = dir.resolve("aside.h5");
        Files.move(shard, aside);
        assertTrue(statusError().contains("shards/part-00000.h5 it merged is gone"));
        Files.move(aside, shard);
        Files.copy(shard, runPath.resolve("shards").resolve(ShardName.supplementary(0, 1).fileName()));
        assertEquals(1, RunStatus.of(runPath.toString(), new Configuration()).shardsSinceMerge());
    }

    @Test
    void aDamagedManifestIsOneLineSayingToMerge() throws Exception {
        Files.writeString(runPath.resolve("manifest.json"), "{\"run_id\": 5, \"partitions\": [");
        String message = statusError();
        assertTrue(message.matches(".*/manifest.json is damaged \\(.*\\); run 'windsweep merge .*' to rebuild it from "
                + "the shards"), message);
        assertFalse(message.contains("\n"), message);
    }

    @Test
    void anEditedRunIdIsRefusedByMergeBeforeAnythingIsQuarantined() throws Exception {
        byte[] results = Files.readAllBytes(runPath.resolve("results.h5"));
        editJson("run.json", "run_id", "edited-run-id");
        OpenRun edited = OpenRun.open(runPath.toString(), new Configuration());
        String message = assertThrows(InvalidInputException.class, () -> RunFixture.merge(edited)).getMessage();
        assertTrue(message.contains("run.json is of run edited-run-id but its last merge (manifest.json) was of run"),
                message);
        assertFalse(Files.exists(runPath.resolve("quarantine")), "nothing quarantined");
        assertArrayEquals(results, Files.readAllBytes(runPath.resolve("results.h5")));
        assertEquals(RunFixture.PARTITIONS, Files.list(runPath.resolve("shards")).count());
    }

    @Test
    void statusListsQuarantineFromTheDirectoryEvenWhenAManifestLostTheRecord() throws Exception {
        Path shard = runPath.resolve("shards").resolve(ShardName.base(1).fileName());
        Files.write(shard, new byte[0]);
        OpenRun run = OpenRun.open(runPath.toString(), new Configuration());
        assertEquals(1, RunFixture.merge(run).manifest().quarantined().size());
        // A second merge that read the run before the first quarantined anything publishes a manifest without it.
        Manifest withRecord = run.directory().readManifest().orElseThrow();
        Manifest withoutRecord = new Manifest(withRecord.runId(), withRecord.mergedAt(), withRecord.totals(),
                withRecord.partitions(), List.of());
        Files.write(runPath.resolve("manifest.json"), withoutRecord.toJson());

        List<Manifest.Quarantined> quarantined = RunStatus.of(runPath.toString(), new Configuration()).quarantined();
        assertEquals(1, quarantined.size(), quarantined.toString());
        assertEquals("quarantine/part-00001.h5", quarantined.get(0).file());
        assertEquals(ShardStatus.EMPTY, quarantined.get(0).status());
    }
}
