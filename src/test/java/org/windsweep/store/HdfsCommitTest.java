package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Committing and merging on HDFS (an in-process MiniDFSCluster), where rename refuses an existing target. */
class HdfsCommitTest {
    @TempDir
    static Path dir;
    private static MiniDFSCluster cluster;

    @BeforeAll
    static void startCluster() throws Exception {
        Configuration conf = new Configuration();
        conf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
        conf.setInt("dfs.namenode.safemode.extension", 0); // start-up takes seconds as it is
        conf.setLong("dfs.heartbeat.interval", 1);
        cluster = new MiniDFSCluster.Builder(conf).numDataNodes(1).build();
        cluster.waitActive();
    }

    @AfterAll
    static void stopCluster() {
        if (cluster != null) {
            cluster.shutdown();
        }
    }

    private RunDirectory run(String name) throws Exception {
        String uri = cluster.getFileSystem().getUri() + "/runs/" + name;
        return RunDirectory.open(uri, cluster.getConfiguration(0));
    }

    @Test
    void commitContractHolds() throws Exception {
        CommitContract.run(run("commit"), dir.resolve("scratch"));
    }

    @Test
    void lockContractHolds() throws Exception {
        RunLockTest.LockContract.run(run("locked")); // create-if-absent is one NameNode operation
    }

    @Test
    void aPathWithoutSchemeIsOnTheDefaultFileSystem() throws Exception {
        RunDirectory run = RunDirectory.open("/runs/plain", cluster.getConfiguration(0));
        assertEquals("hdfs", run.root().toUri().getScheme());
    }

    @Test
    void mergeWorksOnHdfs() throws Exception {
        RunDirectory run = run("merge");
        ShardCommitter committer = new ShardCommitter(run, dir.resolve("scratch"));
        for (int p = 0; p < 3; p++) {
            committer.commit(Fixtures.okShard(p, 4), "a");
        }
        Merger merger = new Merger(run, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"));
        MergeReport first = merger.merge(Fixtures.RUN, Fixtures.partitions(3, 4), true);
        assertEquals(12, first.manifest().totals().configsOk());
        MergeReport second = merger.merge(Fixtures.RUN, Fixtures.partitions(3, 4), true);
        assertEquals(12, second.manifest().totals().configsOk(), "results.h5 and manifest.json replaced in place");
        assertEquals(12, run.readResults().orElseThrow().successfulConfigs());
    }
}
