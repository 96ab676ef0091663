package org.windsweep.cli;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.store.StoredResult;
import org.windsweep.testing.ExternalTools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real Spark standalone cluster on loopback, started by submit/standalone-cluster.sh from the Maven jars: a sweep
 * submitted to it through the launcher survives an executor JVM killed with SIGKILL after the first shard is
 * committed, gives every config exactly once and the layouts of a local run; stopping the cluster leaves no process.
 */
class StandaloneClusterIT {

    private static final String PORT = "17077";
    private static final String MASTER = "spark://127.0.0.1:" + PORT;

    @TempDir
    static Path dir;
    private static Path clusterDir;

    @BeforeAll
    static void startCluster() throws Exception {
        clusterDir = dir.resolve("cluster");
        ExternalTools.Result started = cluster("start");
        assertEquals(0, started.exitCode(), started.stdout() + started.stderr());
    }

    @AfterAll
    static void stopCluster() throws Exception {
        List<Long> daemons = daemonPids();
        ExternalTools.Result stopped = cluster("stop");
        assertEquals(0, stopped.exitCode(), stopped.stderr());
        for (long pid : daemons) {
            assertFalse(running(pid), "daemon " + pid + " stopped");
        }
        assertTrue(executorsOf(daemons).isEmpty(), "no executor left behind");
        assertEquals(3, cluster("status").exitCode(), "status says not running");
    }

    /**
     * Whether the process still runs. A daemon the script killed is a zombie until init reaps it (its parent, the
     * script, is gone), and a zombie counts as alive for ProcessHandle although it holds nothing; so ask /proc.
     */
    private static boolean running(long pid) {
        Path stat = Path.of("/proc", Long.toString(pid), "stat");
        if (!Files.isDirectory(Path.of("/proc", "self"))) {
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        }
        try {
            String fields = Files.readString(stat);
            char state = fields.charAt(fields.lastIndexOf(')') + 2); // the field after the command name
            return state != 'Z' && state != 'X';
        } catch (IOException e) {
            return false; // gone
        }
    }

    @Test
    void aSweepSurvivesAKilledExecutorAndMatchesALocalRun() throws Exception {
        Path spec = dir.resolve("cluster.yaml");
        Files.writeString(spec, LauncherIT.SPEC.replace("n_turbines: 5", "n_turbines: 8")
                .replace("count: 2", "count: 4").replace("radius: 700", "radius: 1000"));
        Path run = dir.resolve("on-cluster");

        ProcessBuilder submit = new ProcessBuilder(LauncherIT.PROJECT.resolve("submit/windsweep").toString(), "run",
                spec.toString(), "--out", run.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("cluster-run.log").toFile());
        submit.environment().put("MASTER", MASTER);
        Process sweep = submit.start();
        long killed = killAnExecutorAfterTheFirstShard(run, sweep);
        assertTrue(sweep.waitFor(600, TimeUnit.SECONDS), "the sweep finishes");
        String log = Files.readString(dir.resolve("cluster-run.log"));
        assertTrue(killed > 0, "an executor was killed mid-run:\n" + log);
        assertEquals(0, sweep.exitValue(), log);

        Map<String, StoredResult> onCluster = LauncherIT.results(run);
        assertEquals(16, onCluster.size(), "every config exactly once");
        Path local = dir.resolve("local");
        ExternalTools.Result localRun = LauncherIT.windsweep(Map.of("MASTER", "local[2]"), "run", spec.toString(),
                "--out", local.toString());
        assertEquals(0, localRun.exitCode(), localRun.stderr());
        Map<String, StoredResult> onLaptop = LauncherIT.results(local);
        assertEquals(onLaptop.keySet(), onCluster.keySet());
        onLaptop.forEach((key, result) -> {
            assertArrayEquals(result.x(), onCluster.get(key).x(), key);
            assertArrayEquals(result.y(), onCluster.get(key).y(), key);
            assertEquals(result.aep(), onCluster.get(key).aep(), 0.0, key);
        });
    }

    private static long killAnExecutorAfterTheFirstShard(Path run, Process sweep) throws Exception {
        long deadline = System.currentTimeMillis() + 300_000;
        while (System.currentTimeMillis() < deadline && sweep.isAlive()) {
            Path shards = run.resolve("shards");
            boolean committed;
            try (var files = Files.isDirectory(shards) ? Files.list(shards) : java.util.stream.Stream.<Path>empty()) {
                committed = files.findAny().isPresent();
            }
            if (committed) {
                Optional<ProcessHandle> executor = executorsOf(daemonPids()).stream().findFirst();
                if (executor.isPresent()) {
                    executor.get().destroyForcibly();
                    return executor.get().pid();
                }
            }
            Thread.sleep(100);
        }
        return -1;
    }

    private static ExternalTools.Result cluster(String command) throws IOException {
        return ExternalTools.run(List.of(LauncherIT.PROJECT.resolve("submit/standalone-cluster.sh").toString(), command),
                Map.of("CLUSTER_DIR", clusterDir.toString(), "MASTER_PORT", PORT), 180);
    }

    /** The Master's and Workers' pids, from the script's pid files. */
    private static List<Long> daemonPids() throws IOException {
        try (var files = Files.list(clusterDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".pid")).map(p -> {
                try {
                    return Long.parseLong(Files.readString(p).trim());
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).toList();
        }
    }

    /** Executor JVMs the Workers started (read from /proc: their command lines are too long for ProcessHandle.Info). */
    private static List<ProcessHandle> executorsOf(List<Long> daemons) {
        return ProcessHandle.allProcesses().filter(p -> {
            try {
                String commandLine = new String(Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline")));
                return commandLine.contains("CoarseGrainedExecutorBackend") && commandLine.contains(clusterDir.toString());
            } catch (IOException e) {
                return false;
            }
        }).toList();
    }
}
