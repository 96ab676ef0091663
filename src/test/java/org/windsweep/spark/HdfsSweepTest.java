package org.windsweep.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.store.LayoutException;
import org.windsweep.store.Manifest;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.RunLock;
import org.windsweep.store.RunLockedException;
import org.windsweep.store.StoredResult;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The same sweep with its run directory on HDFS (a MiniDFSCluster in this JVM) gives the same results as on disk. */
class HdfsSweepTest {

    @TempDir
    static Path dir;
    private static MiniDFSCluster hdfs;
    private static JavaSparkContext spark;

    @BeforeAll
    static void start() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
        hdfs = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        hdfs.waitActive();
        spark = SparkTestSupport.localSpark(2, Map.of());
    }

    @AfterAll
    static void stop() {
        spark.close();
        hdfs.shutdown();
    }

    @Test
    void runsMergesAndRerunsOnHdfs() throws Exception {
        String onHdfs = hdfs.getFileSystem().getUri() + "/sweeps/small";
        SweepSummary summary = RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC),
                onHdfs, SparkTestSupport.OPTIONS);
        assertTrue(summary.complete());
        assertEquals(new Manifest.Totals(12, 12, 0, 0), summary.merge().manifest().totals());

        Path local = dir.resolve("local");
        RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC),
                local.toString(), SparkTestSupport.OPTIONS);
        SparkTestSupport.assertSameLayoutsAndAep(SparkTestSupport.results(local), resultsOn(onHdfs));

        // a run that lost a shard before its first merge: rerun finds it and recomputes that partition there too
        RunDirectory run = RunDirectory.open(onHdfs, hdfs.getConfiguration(0));
        run.fileSystem().delete(new org.apache.hadoop.fs.Path(run.shardsDir(), "part-00002.h5"), false);
        run.fileSystem().delete(run.resultsFile(), false);
        run.fileSystem().delete(run.manifestFile(), false);
        SweepSummary rerun = RerunService.rerun(spark, onHdfs, SparkTestSupport.OPTIONS);
        assertEquals(3, rerun.configsComputed());
        assertTrue(rerun.complete());
        SparkTestSupport.assertSameLayoutsAndAep(SparkTestSupport.results(local), resultsOn(onHdfs));
    }

    @Test
    void aSecondCommandOnAnHdfsRunDirectoryInUseIsRefusedNamingTheHolder() throws Exception {
        String onHdfs = hdfs.getFileSystem().getUri() + "/sweeps/contended";
        RunDirectory directory = RunDirectory.open(onHdfs, hdfs.getConfiguration(0));
        try (RunLock first = directory.lock("run")) {
            RunLockedException refused = assertThrows(RunLockedException.class, () -> RunService.run(spark,
                    SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC), onHdfs, SparkTestSupport.OPTIONS));
            assertTrue(refused.getMessage().startsWith(directory + " is in use by 'windsweep run' (pid "
                    + ProcessHandle.current().pid() + " on "), refused.getMessage());
            assertFalse(directory.fileSystem().exists(new org.apache.hadoop.fs.Path(directory.root(), "run.json")),
                    "the refused run wrote nothing");
        }
        SweepSummary summary = RunService.run(spark, SparkTestSupport.spec(SparkTestSupport.SMALL_SPEC), onHdfs,
                SparkTestSupport.OPTIONS);
        assertEquals(new Manifest.Totals(12, 12, 0, 0), summary.merge().manifest().totals());
    }

    private static Map<String, StoredResult> resultsOn(String location) throws Exception {
        try {
            Map<String, StoredResult> byKey = new TreeMap<>();
            RunDirectory.open(location, hdfs.getConfiguration(0)).readResults().orElseThrow().results()
                    .forEach(result -> byKey.put(result.key(), result));
            return byKey;
        } catch (LayoutException e) {
            throw new AssertionError(e);
        }
    }
}
