package org.windsweep.cli;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.hdfs.MiniDFSCluster;
import org.apache.hadoop.yarn.client.api.YarnClient;
import org.apache.hadoop.yarn.conf.YarnConfiguration;
import org.apache.hadoop.yarn.server.MiniYARNCluster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A one-node HDFS and a one-node YARN in this JVM, on loopback, sized for a 2-core machine: the NodeManager offers
 * 4 GB and 4 vcores, room for an ApplicationMaster (or a cluster-mode driver) and two executors of 512 MB heap. Their
 * client configuration is written as core-site.xml, hdfs-site.xml and yarn-site.xml to {@link #confDir()}, the
 * directory a user's HADOOP_CONF_DIR names.
 */
final class MiniHadoop implements AutoCloseable {

    private static final int NODE_MEMORY_MB = 4096;
    private static final int NODE_VCORES = 4;
    private static final long NODE_REGISTRATION_TIMEOUT_MS = 60_000;

    private final MiniDFSCluster hdfs;
    private final MiniYARNCluster yarn;
    private final YarnClient yarnClient;
    private final Path confDir;

    private MiniHadoop(MiniDFSCluster hdfs, MiniYARNCluster yarn, Path confDir) {
        this.hdfs = hdfs;
        this.yarn = yarn;
        this.confDir = confDir;
        this.yarnClient = YarnClient.createYarnClient();
        yarnClient.init(yarn.getConfig());
        yarnClient.start();
    }

    static MiniHadoop start(Path dir) throws Exception {
        Configuration hdfsConf = new Configuration();
        hdfsConf.set(MiniDFSCluster.HDFS_MINIDFS_BASEDIR, dir.resolve("hdfs").toString());
        MiniDFSCluster hdfs = new MiniDFSCluster.Builder(hdfsConf).numDataNodes(1).build();
        hdfs.waitActive();

        YarnConfiguration yarnConf = new YarnConfiguration(hdfs.getConfiguration(0));
        yarnConf.setInt(YarnConfiguration.NM_PMEM_MB, NODE_MEMORY_MB);
        yarnConf.setInt(YarnConfiguration.NM_VCORES, NODE_VCORES);
        yarnConf.setInt(YarnConfiguration.RM_SCHEDULER_MINIMUM_ALLOCATION_MB, 128);
        yarnConf.setInt(YarnConfiguration.RM_SCHEDULER_MAXIMUM_ALLOCATION_MB, 2048);
        yarnConf.setInt(YarnConfiguration.RM_SCHEDULER_MAXIMUM_ALLOCATION_VCORES, NODE_VCORES);
        // A JVM's virtual size says nothing about its memory use.
        yarnConf.setBoolean(YarnConfiguration.NM_VMEM_CHECK_ENABLED, false);
        // The machine's disk may be fuller than YARN's default 90 % without harm to a test.
        yarnConf.setFloat(YarnConfiguration.NM_MAX_PER_DISK_UTILIZATION_PERCENTAGE, 100.0f);
        // Containers run $JAVA_HOME/bin/java: where this JVM's environment (the NodeManager's) has no JAVA_HOME,
        // name the running JDK (only then: YARN appends an admin value to one the container already has).
        if (System.getenv("JAVA_HOME") == null) {
            yarnConf.set(YarnConfiguration.NM_ADMIN_USER_ENV, "JAVA_HOME=" + System.getProperty("java.home"));
        }
        // The shaded minicluster jar has no capacity-scheduler.xml: one queue, all of the cluster.
        yarnConf.set("yarn.scheduler.capacity.root.queues", "default");
        yarnConf.setInt("yarn.scheduler.capacity.root.default.capacity", 100);
        yarnConf.setInt("yarn.scheduler.capacity.root.default.maximum-capacity", 100);
        yarnConf.setFloat("yarn.scheduler.capacity.root.default.user-limit-factor", 1);
        yarnConf.set("yarn.scheduler.capacity.root.default.state", "RUNNING");
        yarnConf.set("yarn.scheduler.capacity.root.default.acl_submit_applications", "*");
        yarnConf.set("yarn.scheduler.capacity.root.default.acl_administer_queue", "*");
        yarnConf.setInt("yarn.scheduler.capacity.node-locality-delay", -1);
        yarnConf.set(YarnConfiguration.RM_HOSTNAME, "127.0.0.1");

        MiniYARNCluster yarn = new MiniYARNCluster("windsweep-yarn-it", 1, 1, 1, 1);
        yarn.init(yarnConf);
        yarn.start();
        if (!yarn.waitForNodeManagersToConnect(NODE_REGISTRATION_TIMEOUT_MS)) {
            throw new IllegalStateException("the NodeManager did not register within "
                    + NODE_REGISTRATION_TIMEOUT_MS / 1000 + " s");
        }
        Path confDir = Files.createDirectories(dir.resolve("hadoop-conf"));
        writeClientConfiguration(hdfs, yarn.getConfig(), confDir);
        return new MiniHadoop(hdfs, yarn, confDir);
    }

    /** What a client needs: the default file system, HDFS's replication, and every YARN setting not at its default. */
    private static void writeClientConfiguration(MiniDFSCluster hdfs, Configuration yarnConf, Path confDir)
            throws IOException {
        Configuration core = new Configuration(false);
        core.set(FileSystem.FS_DEFAULT_NAME_KEY, hdfs.getFileSystem().getUri().toString());
        write(core, confDir.resolve("core-site.xml"));

        Configuration hdfsSite = new Configuration(false);
        hdfsSite.setInt("dfs.replication", 1);
        write(hdfsSite, confDir.resolve("hdfs-site.xml"));

        Configuration defaults = new YarnConfiguration();
        Configuration yarnSite = new Configuration(false);
        for (Map.Entry<String, String> entry : yarnConf) {
            String key = entry.getKey();
            if (key.startsWith("yarn.") && !entry.getValue().equals(defaults.getRaw(key))) {
                yarnSite.set(key, yarnConf.get(key));
            }
        }
        write(yarnSite, confDir.resolve("yarn-site.xml"));
    }

    private static void write(Configuration conf, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            conf.writeXml(out);
        }
    }

    Path confDir() {
        return confDir;
    }

    FileSystem fileSystem() throws IOException {
        return hdfs.getFileSystem();
    }

    /** The HDFS URI of an absolute path, e.g. {@code hdfs://127.0.0.1:PORT/sweeps/a}. */
    String uri(String absolutePath) throws IOException {
        return hdfs.getFileSystem().getUri() + absolutePath;
    }

    Configuration hdfsConfiguration() {
        return hdfs.getConfiguration(0);
    }

    YarnClient yarnClient() {
        return yarnClient;
    }

    @Override
    public void close() throws IOException {
        yarnClient.stop();
        yarn.stop();
        hdfs.shutdown();
    }
}
