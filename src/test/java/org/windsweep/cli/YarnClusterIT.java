package org.windsweep.cli;

import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.yarn.api.records.ApplicationAttemptReport;
import org.apache.hadoop.yarn.api.records.ApplicationReport;
import org.apache.hadoop.yarn.api.records.ContainerReport;
import org.apache.hadoop.yarn.api.records.FinalApplicationStatus;
import org.apache.hadoop.yarn.api.records.YarnApplicationState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.store.LayoutException;
import org.windsweep.store.Manifest;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.StoredResult;
import org.windsweep.testing.ExternalTools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * submit/submit-yarn.sh against a real ResourceManager and NodeManager (MiniYARNCluster) with the run directory on
 * HDFS (MiniDFSCluster), both in this JVM and found by the script through HADOOP_CONF_DIR, as a user's cluster is.
 * In client mode a sweep survives an executor container killed with SIGKILL; in cluster mode a killed application is
 * resumed by {@code run} and finished by {@code rerun}. Either way every config is there exactly once with the
 * layouts and AEP of a local[2] run, bit for bit.
 */
class YarnClusterIT {

    private static final int PARTITIONS = 8;
    private static final int CONFIGS = 16;
    /** Iteration caps only: the default time limit (600 s) never binds, so results do not depend on the clock. */
    private static final String SPEC = """
            name: yarn
            seeds: {start: 0, count: 4}
            partitions: 8
            n_turbines: 6
            farms:
              - name: disc
                boundary: {circle: {center: [500, 500], radius: 900}}
              - name: square
                boundary: {polygon: [[0, 0], [1600, 0], [1600, 1600], [0, 1600]]}
            turbines: [V80, IEA37_3.35MW]
            wake_model: BastankhahGaussian
            site:
              sector_rose: {wd_deg: [0, 120, 240], probability: [0.3, 0.4, 0.3], ws_ms: 10}
              ti: 0.08
            smart_start: {grid_size: 10, random_pct: 20}
            optimizer: {max_iterations: 30}
            """;
    /** A config of partition 0 (configs go round robin to partitions, the first one to partition 0). */
    private static final String FIRST_CONFIG = "farm0_t0_s0";
    private static final long RUN_TIMEOUT_S = 600;

    @TempDir
    static Path dir;
    private static MiniHadoop hadoop;
    private static Path spec;
    private static Map<String, StoredResult> local;

    @BeforeAll
    static void startHadoopAndRunLocally() throws Exception {
        hadoop = MiniHadoop.start(dir);
        spec = dir.resolve("yarn.yaml");
        Files.writeString(spec, SPEC);
        Path localRun = dir.resolve("local");
        ExternalTools.Result run = LauncherIT.windsweep(Map.of("MASTER", "local[2]"), "run", spec.toString(),
                "--out", localRun.toString());
        assertEquals(0, run.exitCode(), run.stderr());
        local = LauncherIT.results(localRun);
        assertEquals(CONFIGS, local.size());
    }

    @AfterAll
    static void stopHadoop() throws Exception {
        if (hadoop != null) {
            hadoop.close();
        }
    }

    @Test
    void clientModeSurvivesAKilledExecutorContainer() throws Exception {
        String run = hadoop.uri("/sweeps/client");
        Path log = dir.resolve("client.log");
        Process sweep = submit("client", log, List.of(), "run", spec.toString(), "--out", run).start();

        waitFor(() -> shardCount(run) > 0 || !sweep.isAlive(), "the first shard");
        int shardsWhenKilled = shardCount(run);
        ProcessHandle executor = waitForExecutorJvm(sweep);
        executor.destroyForcibly();
        assertTrue(sweep.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "the sweep finishes");

        String output = Files.readString(log);
        assertTrue(shardsWhenKilled < PARTITIONS, "the executor was killed mid-run:\n" + output);
        assertEquals(0, sweep.exitValue(), output);
        assertSameAsLocal(resultsOn(run));
        assertEquals(new Manifest.Totals(CONFIGS, CONFIGS, 0, 0), manifestOf(run).totals());
        assertEquals(1, hadoop.fileSystem().globStatus(
                new org.apache.hadoop.fs.Path("/user/*/.windsweep/spark-libs-*.zip")).length,
                "the script put Spark's jars on HDFS as one archive");
    }

    @Test
    void clusterModeKilledApplicationIsResumedByRunAndFinishedByRerun() throws Exception {
        String run = hadoop.uri("/sweeps/cluster");
        Path killedLog = dir.resolve("cluster-kill.log");
        // One config hangs, so the application is certainly still running when it is killed.
        Process killed = submit("cluster", killedLog, List.of("--conf", "spark.windsweep.test.faults=" + FIRST_CONFIG
                + "=hang"), "run", spec.toString(), "--out", run).start();
        waitFor(() -> shardCount(run) == PARTITIONS - 1 || !killed.isAlive(), "every shard but the hanging one");
        ApplicationReport application = runningApplication();
        hadoop.yarnClient().killApplication(application.getApplicationId());
        assertTrue(killed.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "spark-submit ends with its application");
        assertNotEquals(0, killed.exitValue(), Files.readString(killedLog));
        assertEquals(YarnApplicationState.KILLED,
                hadoop.yarnClient().getApplicationReport(application.getApplicationId()).getYarnApplicationState());
        RunDirectory directory = RunDirectory.open(run, hadoop.hdfsConfiguration());
        assertFalse(directory.fileSystem().exists(directory.resultsFile()), "a killed run never merged");
        Map<String, Long> committedBeforeResume = shardModificationTimes(run);
        assertEquals(PARTITIONS - 1, committedBeforeResume.size());
        // The killed driver's run lock stays until its lease runs out; as if that time had passed (no waiting on it):
        // its last heartbeat ten minutes ago, so the resumed run takes the stale lock over.
        directory.fileSystem().setTimes(new org.apache.hadoop.fs.Path(directory.root(), "_lock/holder.json"),
                System.currentTimeMillis() - TimeUnit.MINUTES.toMillis(10), -1);

        // run again: resumes with partition 0 only, where a config now fails
        Path resumeLog = dir.resolve("cluster-resume.log");
        Process resumed = submit("cluster", resumeLog, List.of("--conf", "spark.windsweep.test.faults=" + FIRST_CONFIG
                + "=throw"), "run", spec.toString(), "--out", run).start();
        assertTrue(resumed.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "the resumed run finishes");
        String resumeOutput = Files.readString(resumeLog);
        assertNotEquals(0, resumed.exitValue(), "a failed config fails the application:\n" + resumeOutput);
        assertTrue(resumeOutput.contains("exited with status 3"), "YARN reports windsweep's exit code 3:\n"
                + resumeOutput);
        Map<String, Long> afterResume = shardModificationTimes(run);
        committedBeforeResume.forEach((shard, time) -> assertEquals(time, afterResume.get(shard),
                shard + " was committed before the kill and is not recomputed"));
        assertEquals(PARTITIONS, afterResume.size());
        assertEquals(new Manifest.Totals(CONFIGS, CONFIGS - 1, 1, 0), manifestOf(run).totals());

        // rerun: recomputes the failed config and finishes the run
        Path rerunLog = dir.resolve("cluster-rerun.log");
        ExternalTools.Result rerun = await(submit("cluster", rerunLog, List.of(), "rerun", run));
        assertEquals(0, rerun.exitCode(), rerun.stdout());
        assertEquals(FinalApplicationStatus.SUCCEEDED, lastApplication().getFinalApplicationStatus());
        assertEquals(new Manifest.Totals(CONFIGS, CONFIGS, 0, 0), manifestOf(run).totals());
        assertSameAsLocal(resultsOn(run));
        assertFalse(resumeOutput.contains("uploading") || rerun.stdout().contains("uploading"),
                "later submissions reuse the archive of Spark's jars");
    }

    private static ProcessBuilder submit(String deployMode, Path log, List<String> sparkOptions, String... command) {
        List<String> line = new ArrayList<>(List.of(LauncherIT.PROJECT.resolve("submit/submit-yarn.sh").toString(),
                "--deploy-mode", deployMode, "--num-executors", "2", "--executor-cores", "1",
                "--executor-memory", "512m", "--driver-memory", "512m", "--conf", "spark.yarn.am.memory=512m",
                // Spark on loopback in the containers too: the ApplicationMaster's environment, which executors
                // inherit (spark.executorEnv would append a second address to the inherited one).
                "--conf", "spark.yarn.appMasterEnv.SPARK_LOCAL_IP=127.0.0.1"));
        line.addAll(sparkOptions);
        line.add("--");
        line.addAll(List.of(command));
        ProcessBuilder builder = new ProcessBuilder(line).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("HADOOP_CONF_DIR", hadoop.confDir().toString());
        return builder;
    }

    private static ExternalTools.Result await(ProcessBuilder builder) throws Exception {
        Process process = builder.start();
        assertTrue(process.waitFor(RUN_TIMEOUT_S, TimeUnit.SECONDS), "the submission finishes");
        return new ExternalTools.Result(process.exitValue(), Files.readString(builder.redirectOutput().file().toPath()),
                "");
    }

    /** Polls for an observable event: a file appearing, a process ending. */
    private static void waitFor(BooleanSupplier event, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_S);
        while (!event.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "waited " + RUN_TIMEOUT_S + " s for " + what);
            Thread.sleep(100);
        }
    }

    private static int shardCount(String run) {
        try {
            return shardModificationTimes(run).size();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, Long> shardModificationTimes(String run) throws IOException {
        FileSystem fs = hadoop.fileSystem();
        org.apache.hadoop.fs.Path shards = new org.apache.hadoop.fs.Path(run, "shards");
        if (!fs.exists(shards)) {
            return Map.of();
        }
        return java.util.Arrays.stream(fs.listStatus(shards))
                .collect(Collectors.toMap(s -> s.getPath().getName(), FileStatus::getModificationTime));
    }

    private static ApplicationReport runningApplication() throws Exception {
        List<ApplicationReport> running = hadoop.yarnClient().getApplications(EnumSet.of(YarnApplicationState.RUNNING));
        assertEquals(1, running.size(), "one application runs: " + running);
        return running.get(0);
    }

    private static ApplicationReport lastApplication() throws Exception {
        return hadoop.yarnClient().getApplications().stream()
                .max(java.util.Comparator.comparing(ApplicationReport::getApplicationId)).orElseThrow();
    }

    /**
     * An executor container of the running application, found by YARN's container id in the command lines of this
     * machine's processes (read from /proc: too long for ProcessHandle.Info), once its JVM runs.
     */
    private static ProcessHandle waitForExecutorJvm(Process sweep) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(RUN_TIMEOUT_S);
        while (sweep.isAlive() && System.nanoTime() < deadline) {
            ApplicationReport application = runningApplication();
            for (ApplicationAttemptReport attempt : hadoop.yarnClient().getApplicationAttempts(application.getApplicationId())) {
                for (ContainerReport container : hadoop.yarnClient().getContainers(attempt.getApplicationAttemptId())) {
                    if (container.getContainerId().equals(attempt.getAMContainerId())) {
                        continue;
                    }
                    Optional<ProcessHandle> jvm = jvmOf(container.getContainerId().toString());
                    if (jvm.isPresent()) {
                        return jvm.get();
                    }
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("no executor JVM found while the sweep ran");
    }

    private static Optional<ProcessHandle> jvmOf(String containerId) {
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                String commandLine = new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")));
                return commandLine.contains("YarnCoarseGrainedExecutorBackend") && commandLine.contains(containerId);
            } catch (IOException e) {
                return false;
            }
        }).findFirst();
    }

    private static Map<String, StoredResult> resultsOn(String run) throws IOException, LayoutException {
        Map<String, StoredResult> byKey = new TreeMap<>();
        RunDirectory.open(run, hadoop.hdfsConfiguration()).readResults().orElseThrow().results()
                .forEach(result -> byKey.put(result.key(), result));
        return byKey;
    }

    private static Manifest manifestOf(String run) throws IOException, LayoutException {
        return RunDirectory.open(run, hadoop.hdfsConfiguration()).readManifest().orElseThrow();
    }

    private static void assertSameAsLocal(Map<String, StoredResult> onYarn) {
        assertEquals(local.keySet(), onYarn.keySet(), "every config exactly once");
        local.forEach((key, result) -> {
            assertArrayEquals(result.x(), onYarn.get(key).x(), key);
            assertArrayEquals(result.y(), onYarn.get(key).y(), key);
            assertEquals(result.aep(), onYarn.get(key).aep(), 0.0, key);
        });
    }
}
