package org.windsweep.store;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.WritableGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every validation class, each from the fault that causes it. */
class ShardValidatorTest {
    private static final int SIZE = 10;
    private static final ShardName NAME = ShardName.base(3);
    private static final ShardExpectation EXPECTED = Fixtures.expectation(NAME, SIZE);

    @TempDir
    Path dir;

    private final ShardValidator validator = new ShardValidator(ResultCheck.NONE);

    private byte[] bytesOf(ShardContents shard) throws Exception {
        Path file = dir.resolve("shard-" + System.nanoTime() + ".h5");
        ShardWriter.write(shard, file);
        return Files.readAllBytes(file);
    }

    private ShardContents good() {
        return Fixtures.shard(NAME, Fixtures.partitionKeys(3, SIZE), List.of(), 16, 1);
    }

    private ShardVerdict assertStatus(ShardStatus expected, byte[] bytes) {
        ShardVerdict verdict = validator.validate(bytes, EXPECTED);
        assertEquals(expected, verdict.status(), verdict.describe());
        assertTrue(!verdict.reason().isBlank() && !verdict.reason().contains("\n"), verdict.reason());
        return verdict;
    }

    @Test
    void aCompleteShardIsOkAndCarriesItsContents() throws Exception {
        ShardVerdict verdict = assertStatus(ShardStatus.OK, bytesOf(good()));
        assertEquals(good(), verdict.contents());
        assertEquals("10 configs", verdict.reason());
    }

    @Test
    void noFileIsMissing() {
        assertNull(assertStatus(ShardStatus.MISSING, null).contents());
    }

    @Test
    void zeroBytesIsEmpty() {
        assertStatus(ShardStatus.EMPTY, new byte[0]);
    }

    @Test
    void randomBytesAreNotHdf5() {
        byte[] noise = new byte[4096];
        new Random(1).nextBytes(noise);
        assertStatus(ShardStatus.NOT_HDF5, noise);
        assertStatus(ShardStatus.NOT_HDF5, "\u0089HD".getBytes());
    }

    @Test
    void aFileCutInHalfIsTruncated() throws Exception {
        byte[] whole = bytesOf(good());
        ShardVerdict verdict = assertStatus(ShardStatus.TRUNCATED, Arrays.copyOf(whole, whole.length / 2));
        assertTrue(verdict.reason().contains("cut short"), verdict.reason());
    }

    @Test
    void bytesAppendedAfterWritingAreCaught() throws Exception {
        byte[] whole = bytesOf(good());
        assertStatus(ShardStatus.TRUNCATED, Arrays.copyOf(whole, whole.length + 100));
    }

    @Test
    void aMissingDatasetIsSchema() throws Exception {
        Path file = dir.resolve("hand-made.h5");
        try (WritableHdfFile hdf = HdfFile.write(file)) {
            hdf.putAttribute("schema", H5Names.SHARD_SCHEMA);
            hdf.putAttribute("run_id", Fixtures.RUN_ID);
            hdf.putAttribute("partition", 3);
            hdf.putAttribute("supplementary", 0);
            hdf.putAttribute("config_count", 1);
            hdf.putAttribute("content_sha256", "0");
            WritableGroup group = hdf.putGroup(Fixtures.key(0, 0, 30));
            group.putDataset("layout", new double[][] {{1, 2}, {3, 4}}); // no "aep"
        }
        ShardVerdict verdict = assertStatus(ShardStatus.SCHEMA, Files.readAllBytes(file));
        assertTrue(verdict.reason().contains("aep"), verdict.reason());
    }

    @Test
    void aResultsFileOrAnotherSchemaIsSchema() throws Exception {
        Path file = dir.resolve("results.h5");
        ResultsWriter.write(new ResultsFile(Fixtures.RUN, 0, List.of()), file);
        assertStatus(ShardStatus.SCHEMA, Files.readAllBytes(file));
    }

    @Test
    void aNanAepIsContent() throws Exception {
        List<StoredResult> results = new ArrayList<>(good().results());
        StoredResult r = results.get(2);
        results.set(2, new StoredResult(r.key(), r.configFields(), r.x(), r.y(), Double.NaN, r.aepInitial(),
                r.iterations(), r.converged(), r.maxViolationM(), r.wallS(), r.timestamp(), r.wakeModel(), r.breakdown()));
        ShardVerdict verdict = assertStatus(ShardStatus.CONTENT,
                bytesOf(new ShardContents(Fixtures.RUN_ID, NAME, results, List.of())));
        assertTrue(verdict.reason().contains(r.key() + ": aep is NaN"), verdict.reason());
        assertEquals(Optional.of("aep is NaN"), validator.resultProblem(results.get(2)), "askable before writing");
        assertEquals(Optional.empty(), validator.resultProblem(r));
    }

    @Test
    void anAepPerTurbineThatDoesNotAddUpOrANonPositiveWakeFreeAepIsContent() throws Exception {
        List<StoredResult> results = new ArrayList<>(good().results());
        StoredResult r = results.get(1);
        double[] perTurbine = r.breakdown().aepPerTurbine();
        perTurbine[3] += 1e-3;
        results.set(1, withBreakdown(r, new AepBreakdown(perTurbine, r.breakdown().aepWakeFree(), null)));
        ShardVerdict verdict = assertStatus(ShardStatus.CONTENT,
                bytesOf(new ShardContents(Fixtures.RUN_ID, NAME, results, List.of())));
        assertTrue(verdict.reason().contains(r.key() + ": aep_per_turbine adds up to"), verdict.reason());
        StoredResult zeroWakeFree = withBreakdown(r, new AepBreakdown(r.breakdown().aepPerTurbine(), 0, null));
        assertEquals(Optional.of("aep_wake_free is 0.0, expected > 0"), validator.resultProblem(zeroWakeFree));
        StoredResult nanBaseline = withBreakdown(r, new AepBreakdown(r.breakdown().aepPerTurbine(), 400, Double.NaN));
        assertEquals(Optional.of("baseline_aep is NaN"), validator.resultProblem(nanBaseline));
    }

    private static StoredResult withBreakdown(StoredResult r, AepBreakdown breakdown) {
        return new StoredResult(r.key(), r.configFields(), r.x(), r.y(), r.aep(), r.aepInitial(), r.iterations(),
                r.converged(), r.maxViolationM(), r.wallS(), r.timestamp(), r.wakeModel(), breakdown);
    }

    @Test
    void anInfiniteCoordinateIsContent() throws Exception {
        List<StoredResult> results = new ArrayList<>(good().results());
        StoredResult r = results.get(0);
        double[] x = r.x();
        x[5] = Double.POSITIVE_INFINITY;
        results.set(0, new StoredResult(r.key(), r.configFields(), x, r.y(), r.aep(), r.aepInitial(),
                r.iterations(), r.converged(), r.maxViolationM(), r.wallS(), r.timestamp(), r.wakeModel(), r.breakdown()));
        assertStatus(ShardStatus.CONTENT, bytesOf(new ShardContents(Fixtures.RUN_ID, NAME, results, List.of())));
    }

    @Test
    void aKeyOfAnotherPartitionIsContent() throws Exception {
        List<String> keys = new ArrayList<>(Fixtures.partitionKeys(3, SIZE));
        keys.set(0, Fixtures.key(0, 0, 999));
        ShardVerdict verdict = assertStatus(ShardStatus.CONTENT, bytesOf(Fixtures.shard(NAME, keys, List.of(), 16, 1)));
        assertTrue(verdict.reason().contains("farm0_t0_s999"), verdict.reason());
    }

    @Test
    void anotherRunsOrPartitionsShardIsContent() throws Exception {
        ShardContents g = good();
        assertStatus(ShardStatus.CONTENT, bytesOf(new ShardContents("other-run", NAME, g.results(), g.failures())));
        assertStatus(ShardStatus.CONTENT,
                bytesOf(new ShardContents(Fixtures.RUN_ID, ShardName.base(4), g.results(), g.failures())));
    }

    @Test
    void aConstraintViolationFoundByTheCallersCheckIsContent() throws Exception {
        ResultCheck boundary = r -> r.x()[0] > 600 ? Optional.of("turbine 0 is outside the boundary") : Optional.empty();
        ShardVerdict verdict = new ShardValidator(boundary).validate(bytesOf(good()), EXPECTED);
        boolean anyOutside = good().results().stream().anyMatch(r -> r.x()[0] > 600);
        assertEquals(anyOutside ? ShardStatus.CONTENT : ShardStatus.OK, verdict.status(), verdict.describe());
        ShardVerdict throwing = new ShardValidator(r -> {
            throw new IllegalStateException("check bug");
        }).validate(bytesOf(good()), EXPECTED);
        assertEquals(ShardStatus.CONTENT, throwing.status());
        assertTrue(throwing.reason().contains("check bug"));
    }

    @Test
    void aFlippedBitInTheDataIsCaughtByTheChecksum() throws Exception {
        byte[] bytes = bytesOf(good());
        double target = good().results().get(0).aep();
        int at = indexOfDouble(bytes, target);
        bytes[at] ^= 0x01; // still a plausible AEP: only the content checksum notices
        ShardVerdict verdict = assertStatus(ShardStatus.CONTENT, bytes);
        assertTrue(verdict.reason().contains("checksum"), verdict.reason());
    }

    @Test
    void failedConfigsMakeItPartial() throws Exception {
        List<String> keys = Fixtures.partitionKeys(3, SIZE);
        ShardVerdict verdict = assertStatus(ShardStatus.PARTIAL,
                bytesOf(Fixtures.shard(NAME, keys, List.of(keys.get(1), keys.get(7)), 16, 1)));
        assertNotNull(verdict.contents());
        assertTrue(verdict.reason().startsWith("2 of 10 configs failed (first: farm0_t0_s31: "), verdict.reason());
    }

    @Test
    void absentConfigsMakeItPartial() throws Exception {
        List<String> keys = Fixtures.partitionKeys(3, SIZE).subList(0, 8);
        ShardVerdict verdict = assertStatus(ShardStatus.PARTIAL, bytesOf(Fixtures.shard(NAME, keys, List.of(), 16, 1)));
        assertTrue(verdict.reason().contains("2 configs absent: farm0_t0_s38, farm0_t0_s39"), verdict.reason());
    }

    @Test
    void aSupplementaryShardNeedsOnlyTheKeysItWasGiven() throws Exception {
        ShardName r1 = ShardName.supplementary(3, 1);
        List<String> keys = Fixtures.partitionKeys(3, SIZE).subList(0, 2);
        ShardVerdict verdict = validator.validate(bytesOf(Fixtures.shard(r1, keys, List.of(), 16, 1)),
                Fixtures.expectation(r1, SIZE));
        assertEquals(ShardStatus.OK, verdict.status(), verdict.describe());
    }

    @Test
    void aLoneFileIsCheckedAgainstItself() throws Exception {
        ShardContents otherRun = new ShardContents("some-run", NAME, good().results(), good().failures());
        ShardVerdict verdict = validator.validateAlone(bytesOf(otherRun), NAME);
        assertEquals(ShardStatus.OK, verdict.status(), verdict.describe());
        assertEquals(ShardStatus.CONTENT, validator.validateAlone(bytesOf(otherRun), ShardName.base(4)).status());
        assertEquals(ShardStatus.EMPTY, validator.validateAlone(new byte[0], NAME).status());
    }

    /** Where the little-endian bytes of {@code value} start in the file. */
    private static int indexOfDouble(byte[] bytes, double value) {
        long bits = Double.doubleToLongBits(value);
        outer:
        for (int i = 0; i + 8 <= bytes.length; i++) {
            for (int b = 0; b < 8; b++) {
                if (bytes[i + b] != (byte) (bits >>> (8 * b))) {
                    continue outer;
                }
            }
            return i;
        }
        throw new AssertionError("value not found in file");
    }
}
