package org.windsweep.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.testing.ExternalTools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * submit/standalone-cluster.sh signals only its own daemons: a pid file left by a daemon that has exited may name a
 * pid that now belongs to another process, which {@code status} must not call running and {@code stop} must not kill;
 * and its start fails at once, cleanly, when a daemon exits.
 */
class StandaloneClusterScriptTest {

    @TempDir
    Path dir;

    @Test
    void aPidFileNamingAnotherProcessIsStaleAndThatProcessIsLeftAlone() throws Exception {
        Path clusterDir = Files.createDirectories(dir.resolve("cluster"));
        Process other = new ProcessBuilder("sleep", "600").start();
        try {
            Files.writeString(clusterDir.resolve("master.pid"), Long.toString(other.pid()));
            Files.writeString(clusterDir.resolve("worker-1.pid"), Long.toString(other.pid()));

            ExternalTools.Result status = cluster(clusterDir, "status");
            assertEquals(3, status.exitCode(), status.stdout() + status.stderr());
            assertTrue(status.stdout().contains("master: not running (stale pid file)"), status.stdout());

            ExternalTools.Result stop = cluster(clusterDir, "stop");
            assertEquals(0, stop.exitCode(), stop.stderr());
            assertTrue(other.isAlive(), "a process that is not a daemon of the cluster is never signalled");
            assertFalse(Files.exists(clusterDir.resolve("master.pid")), "stale pid files are removed");
            assertFalse(Files.exists(clusterDir.resolve("worker-1.pid")), "stale pid files are removed");
        } finally {
            other.destroyForcibly();
        }
    }

    /**
     * start waits for the daemons as long as they run (a loaded machine may take minutes to start their JVMs), so a
     * daemon that exits must end the wait at once: here a Worker that cannot parse its memory setting.
     */
    @Test
    void aWorkerThatExitsWhileStartingFailsTheStartAndLeavesNothingRunning() throws Exception {
        Path clusterDir = dir.resolve("cluster");
        ExternalTools.Result start = cluster(clusterDir, "start",
                Map.of("WORKERS", "1", "WORKER_MEMORY", "lots", "MASTER_PORT", "17178"));
        assertEquals(1, start.exitCode(), start.stdout() + start.stderr());
        assertTrue(start.stderr().contains("worker-1 exited while starting; see " + clusterDir.resolve("logs/worker-1.log")),
                start.stderr());
        assertEquals(3, cluster(clusterDir, "status").exitCode(), "the Master was stopped too");
    }

    @Test
    void aBadStartTimeoutIsOneLineExit2AndNothingIsWritten() throws Exception {
        for (String bad : List.of("abc", "0", "-5", "1.5")) {
            Path clusterDir = dir.resolve("bad-timeout");
            ExternalTools.Result start = cluster(clusterDir, "start", Map.of("START_TIMEOUT_S", bad));
            assertEquals(2, start.exitCode(), bad + ": " + start.stdout() + start.stderr());
            assertEquals(1, start.stderr().strip().lines().count(), start.stderr());
            assertTrue(start.stderr().contains("START_TIMEOUT_S must be a whole number of seconds"), start.stderr());
            assertFalse(Files.exists(clusterDir), "nothing written for '" + bad + "'");
        }
    }

    private static ExternalTools.Result cluster(Path clusterDir, String command) throws Exception {
        return cluster(clusterDir, command, Map.of());
    }

    private static ExternalTools.Result cluster(Path clusterDir, String command, Map<String, String> settings)
            throws Exception {
        Map<String, String> environment = new java.util.HashMap<>(settings);
        environment.put("CLUSTER_DIR", clusterDir.toString());
        return ExternalTools.run(List.of(LauncherIT.PROJECT.resolve("submit/standalone-cluster.sh").toString(), command),
                environment, 600);
    }
}
