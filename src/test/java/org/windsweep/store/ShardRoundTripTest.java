package org.windsweep.store;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A shard reads back exactly as it was written, failures and every config field type included. */
class ShardRoundTripTest {
    @TempDir
    Path dir;

    private int filesWritten;

    private ShardContents writeAndRead(ShardContents shard) throws Exception {
        Path file = dir.resolve(++filesWritten + "-" + shard.name().fileName());
        ShardWriter.write(shard, file);
        ShardReader.DecodedShard decoded = ShardReader.read(Files.readAllBytes(file));
        assertTrue(decoded.digestMatches());
        assertEquals(shard.configCount(), decoded.declaredConfigCount());
        return decoded.contents();
    }

    @Test
    void successesAndFailuresReadBackEqual() throws Exception {
        List<String> keys = Fixtures.partitionKeys(3, 20);
        ShardContents shard = Fixtures.shard(ShardName.base(3), keys, List.of(keys.get(4), keys.get(17)), 16, 7);
        ShardContents back = writeAndRead(shard);
        assertEquals(shard, back);
        assertEquals(18, back.results().size());
        assertEquals("OptimizationCancelledException: hard limit of 40 s reached", back.failures().get(0).reason());
    }

    @Test
    void configFieldTypesReadBackAsWritten() throws Exception {
        StoredResult result = Fixtures.result(Fixtures.key(1, 2, 3), 5, 1);
        Map<String, Object> fields = back(result).configFields();
        assertEquals(1, fields.get("farm_idx"));
        assertEquals(3L, fields.get("ss_seed"));
        assertEquals(130.0, fields.get("diameter"));
        assertEquals("iea37-cs1", fields.get("farm_name"));
        assertEquals(Boolean.TRUE, fields.get("fixed_hub"));
    }

    private StoredResult back(StoredResult result) throws Exception {
        ShardContents shard = new ShardContents("r", ShardName.supplementary(0, 2), List.of(result), List.of());
        return writeAndRead(shard).results().get(0);
    }

    @Test
    void onlyFailuresAndEmptyShardsReadBack() throws Exception {
        List<String> keys = Fixtures.partitionKeys(1, 3);
        ShardContents allFailed = Fixtures.shard(ShardName.base(1), keys, keys, 16, 1);
        assertEquals(allFailed, writeAndRead(allFailed));
        ShardContents empty = new ShardContents("r", ShardName.base(2), List.of(), List.of());
        assertEquals(empty, writeAndRead(empty));
    }

    @Test
    void aFailureWrittenAfterManyResultsDoesNotCorruptTheFile() throws Exception {
        // Guards the jhdf 0.13.0 write-order bug (see H5Names.ERROR): groups in hash order, datasets before groups.
        for (int size = 1; size < 40; size += 3) {
            List<String> keys = Fixtures.partitionKeys(size, size);
            ShardContents shard = Fixtures.shard(ShardName.base(size), keys, List.of(keys.get(size / 2)), 4, size);
            assertEquals(shard, writeAndRead(shard), "size " + size);
        }
    }

    @Test
    void randomShapesOfShardsAndResultsFilesReadBackEqual() throws Exception {
        // jhdf writes groups in hash order of their names; many random names and shapes cover many orders.
        Random random = new Random(11);
        for (int i = 0; i < 150; i++) {
            int partition = random.nextInt(1000);
            List<String> keys = new ArrayList<>();
            for (int k = random.nextInt(12); k > 0; k--) {
                keys.add(Fixtures.key(random.nextInt(5), random.nextInt(3), random.nextInt(100_000)));
            }
            keys = keys.stream().distinct().toList();
            List<String> failed = keys.stream().filter(k -> random.nextInt(3) == 0).toList();
            ShardName name = random.nextBoolean() ? ShardName.base(partition) : ShardName.supplementary(partition, 1 + i);
            ShardContents shard = Fixtures.shard(name, keys, failed, 1 + random.nextInt(40), i);
            assertEquals(shard, writeAndRead(shard), "shard " + i);

            ResultsFile results = new ResultsFile(Fixtures.RUN, keys.size(), shard.results());
            Path file = dir.resolve("results-" + i + ".h5");
            ResultsWriter.write(results, file);
            assertEquals(results, ResultsReader.read(Files.readAllBytes(file)), "results " + i);
        }
    }

    @Test
    void namesThatWouldCorruptTheFileAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> withKey("farm0/t0"));
        assertThrows(IllegalArgumentException.class, () -> withKey("_failed"));
        assertThrows(IllegalArgumentException.class, () -> withKey("index"));
        assertThrows(IllegalArgumentException.class, () -> new StoredResult("k", Map.of("wall_s", 1.0),
                new double[] {1}, new double[] {2}, 1, 1, 1, true, 0, 1, 1, "NOJ", null));
        assertThrows(IllegalArgumentException.class, () -> new StoredResult("k", Map.of("bad", new int[] {1}),
                new double[] {1}, new double[] {2}, 1, 1, 1, true, 0, 1, 1, "NOJ", null));
        StoredResult once = withKey("k");
        assertThrows(IllegalArgumentException.class,
                () -> new ShardContents("r", ShardName.base(0), List.of(once), List.of(new StoredFailure("k", Map.of(), "E", "m", 1))));
    }

    private static StoredResult withKey(String key) {
        return new StoredResult(key, Map.of(), new double[] {1}, new double[] {2}, 1, 1, 1, true, 0, 1, 1, "NOJ", null);
    }

    @Test
    void refusesToWriteOverAnExistingFile() throws IOException {
        Path existing = Files.writeString(dir.resolve("old.h5"), "old contents");
        assertThrows(IOException.class, () -> ShardWriter.write(Fixtures.okShard(0, 2), existing));
        assertEquals("old contents", Files.readString(existing));
    }

    @Test
    void messagesWithNulAndEmptyMessagesSurvive() throws Exception {
        StoredFailure odd = new StoredFailure("k", Map.of(), "E", "a\0b", 1);
        StoredFailure empty = new StoredFailure("j", Map.of(), "E", null, 1);
        ShardContents shard = new ShardContents("r", ShardName.base(0), List.of(), List.of(odd, empty));
        assertEquals(shard, writeAndRead(shard));
        assertEquals("E", empty.reason());
    }

    @Test
    void shardNamesRoundTrip() {
        assertEquals("part-00042.h5", ShardName.base(42).fileName());
        assertEquals("part-00042.r3.h5", ShardName.supplementary(42, 3).fileName());
        assertEquals(ShardName.supplementary(42, 3), ShardName.parse("part-00042.r3.h5").orElseThrow());
        assertEquals(ShardName.base(123456), ShardName.parse("part-123456.h5").orElseThrow());
        assertTrue(ShardName.parse("part-00042.r0.h5").isEmpty());
        assertTrue(ShardName.parse("part-00042.h5.crc").isEmpty());
    }
}
