package org.windsweep.store;

import io.jhdf.HdfFile;
import io.jhdf.api.Dataset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** results.h5 reads back as written, with an index whose rows follow the config groups in key order. */
class ResultsFileTest {
    @TempDir
    Path dir;

    /**
     * The reader takes a jhdf-written root's links from its object header (so that it need not keep every config
     * group parsed); a results file whose root holds its links as other writers store them (a symbol table, or a
     * fractal heap) is read through jhdf's own listing, with the same contents.
     */
    @Test
    void aResultsFileWhoseRootLinksAreStoredOtherwiseReadsTheSame() throws Exception {
        List<StoredResult> results = new ArrayList<>();
        for (int seed = 0; seed < 20; seed++) { // more than 8 links: h5py's 'latest' format puts them in a heap
            results.add(Fixtures.result(Fixtures.key(0, 0, seed), 16, 4));
        }
        ResultsFile file = new ResultsFile(Fixtures.RUN, 20, results);
        Path written = dir.resolve("results.h5");
        ResultsWriter.write(file, written);
        String python = org.windsweep.testing.ExternalTools.pythonWithH5py();
        Path script = Path.of(getClass().getResource("/store/h5py_relink_root.py").toURI());
        for (String libver : List.of("earliest", "latest")) {
            Path relinked = dir.resolve("relinked-" + libver + ".h5");
            Process process = new ProcessBuilder(python, script.toString(), written.toString(), relinked.toString(), libver)
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertEquals(0, process.waitFor(), output);
            assertEquals(file, ResultsReader.read(Files.readAllBytes(relinked)), libver);
        }
    }

    @Test
    void resultsAndIndexReadBack() throws Exception {
        List<StoredResult> results = new ArrayList<>();
        for (String key : List.of("farm1_t0_s2", "farm0_t1_s9", "farm0_t0_s3")) {
            results.add(Fixtures.result(key, 16, 4));
        }
        ResultsFile file = new ResultsFile(Fixtures.RUN, 5, results);
        Path path = dir.resolve("results.h5");
        ResultsWriter.write(file, path);
        assertEquals(file, ResultsReader.read(Files.readAllBytes(path)));

        try (HdfFile hdf = new HdfFile(path)) {
            assertArrayEquals(new String[] {"farm0_t0_s3", "farm0_t1_s9", "farm1_t0_s2"},
                    (String[]) hdf.getDatasetByPath("index/key").getData());
            assertArrayEquals(new long[] {0, 0, 1}, (long[]) hdf.getDatasetByPath("index/farm_idx").getData());
            assertArrayEquals(new long[] {3, 9, 2}, (long[]) hdf.getDatasetByPath("index/ss_seed").getData());
            assertArrayEquals(new long[] {16, 16, 16}, (long[]) hdf.getDatasetByPath("index/n_turbines").getData());
            Dataset aep = hdf.getDatasetByPath("index/aep");
            assertEquals(file.results().get(1).aep(), ((double[]) aep.getData())[1]);
            StoredResult second = file.results().get(1); // odd seed: no baseline
            assertEquals(second.breakdown().aepWakeFree(), column(hdf, "aep_wake_free")[1]);
            assertEquals(100 * (1 - second.aep() / second.breakdown().aepWakeFree()), column(hdf, "wake_loss_pct")[1], 1e-12);
            assertTrue(Double.isNaN(column(hdf, "baseline_aep")[1]));
            assertTrue(Double.isNaN(column(hdf, "gain_over_baseline_pct")[1]));
            StoredResult third = file.results().get(2); // even seed: a baseline
            assertEquals(third.breakdown().baselineAep(), column(hdf, "baseline_aep")[2]);
            assertEquals(100 * (third.aep() / third.breakdown().baselineAep() - 1),
                    column(hdf, "gain_over_baseline_pct")[2], 1e-12);
            assertArrayEquals(third.breakdown().aepPerTurbine(),
                    (double[]) hdf.getDatasetByPath("farm1_t0_s2/aep_per_turbine").getData());
            assertEquals(5, hdf.getAttribute("total_configs").getData());
            assertEquals(3, hdf.getAttribute("successful_configs").getData());
        }
    }

    private static double[] column(HdfFile hdf, String name) {
        return (double[]) hdf.getDatasetByPath("index/" + name).getData();
    }

    /** Files written before results carried their AEP breakdown (kept in src/test/resources/store/old-format). */
    @Test
    void filesWrittenBeforeTheAepBreakdownStillRead() throws Exception {
        Path old = Path.of("src/test/resources/store/old-format");
        ResultsFile results = ResultsReader.read(Files.readAllBytes(old.resolve("results.h5")));
        assertEquals(2, results.successfulConfigs());
        for (StoredResult result : results.results()) {
            assertNull(result.breakdown(), result.key());
            assertFalse(result.configFields().containsKey("aep_wake_free"));
        }
        List<String> keys = Fixtures.partitionKeys(0, 3);
        ShardVerdict shard = new ShardValidator(r -> Optional.empty()).validate(
                Files.readAllBytes(old.resolve("part-00000.h5")),
                new ShardExpectation(Fixtures.RUN_ID, ShardName.base(0), Set.copyOf(keys)));
        assertEquals(ShardStatus.PARTIAL, shard.status(), shard.describe());
        assertEquals(results.results(), shard.contents().results());
    }

    @Test
    void aRunWithoutResultsStillGivesAValidFile() throws Exception {
        ResultsFile empty = new ResultsFile(Fixtures.RUN, 10, List.of());
        Path path = dir.resolve("results.h5");
        ResultsWriter.write(empty, path);
        assertEquals(empty, ResultsReader.read(Files.readAllBytes(path)));
    }

    @Test
    void aShardIsNotAResultsFile() throws Exception {
        Path shard = dir.resolve("part-00000.h5");
        ShardWriter.write(Fixtures.okShard(0, 2), shard);
        assertThrows(LayoutException.class, () -> ResultsReader.read(Files.readAllBytes(shard)));
    }
}
