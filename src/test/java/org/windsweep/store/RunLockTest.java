package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** One writer per run directory on the local file system; {@link HdfsCommitTest} runs the same contract on HDFS. */
class RunLockTest {
    @TempDir
    java.nio.file.Path dir;

    private RunDirectory run(String name) throws Exception {
        return RunDirectory.open(dir.resolve(name).toString(), new Configuration());
    }

    @Test
    void lockContractHolds() throws Exception {
        LockContract.run(run("contract"));
    }

    @Test
    void aLockLeftByAKilledProcessIsHeldUntilItsLeaseEndsThenTakenOver() throws Exception {
        RunDirectory run = run("killed");
        String javaBinary = java.nio.file.Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(javaBinary, "-XX:TieredStopAtLevel=1", "-cp",
                System.getProperty("java.class.path"), LockHolderProcess.class.getName(), run.root().toString())
                .redirectErrorStream(true).start();
        String childPid;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("locked "));
            assertTrue(line != null, "the child took the lock");
            childPid = line.substring("locked ".length());
        } finally {
            child.destroyForcibly().waitFor(); // SIGKILL: no shutdown hook, no release
        }

        RunLockedException held = assertThrows(RunLockedException.class, () -> run.lock("run"));
        assertTrue(held.getMessage().contains("'windsweep merge' (pid " + childPid + " on "), held.getMessage());

        LockContract.ageHolder(run, RunLock.DEFAULT_LEASE.plusSeconds(1));
        try (RunLock taken = run.lock("run")) {
            assertEquals("run", taken.holder().command());
            taken.requireHeld();
        }
    }

    @Test
    void aBadLeaseSettingIsBadInput() throws Exception {
        Configuration conf = new Configuration();
        conf.set(RunLock.LEASE_SETTING, "soon");
        RunDirectory run = RunDirectory.open(dir.resolve("lease").toString(), conf);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> run.lock("run"));
        assertEquals("windsweep.lock.lease-s is 'soon': give whole seconds from 1 to 86400 (default 60)",
                e.getMessage());
        assertFalse(run.fileSystem().exists(run.root()), "nothing written");
    }

    /** The lock's contract on any file system. */
    static final class LockContract {
        private LockContract() {
        }

        static void run(RunDirectory run) throws Exception {
            aSecondCommandIsToldWhoHoldsIt(run);
            aStaleLockIsTakenOverAndItsFormerHolderCannotPublish(run);
            ofManyTakersOfOneStaleLockExactlyOneWins(run);
        }

        private static void aSecondCommandIsToldWhoHoldsIt(RunDirectory run) throws Exception {
            try (RunLock first = run.lock("run")) {
                RunLockedException e = assertThrows(RunLockedException.class, () -> run.lock("merge"));
                assertTrue(e.getMessage().startsWith(run + " is in use by 'windsweep run' (pid "
                        + ProcessHandle.current().pid() + " on "), e.getMessage());
                first.requireHeld();
            }
            try (RunLock again = run.lock("merge")) {
                assertEquals("merge", again.holder().command(), "a released lock is free");
            }
        }

        private static void aStaleLockIsTakenOverAndItsFormerHolderCannotPublish(RunDirectory run) throws Exception {
            RunLock stale = RunLock.acquire(run, "rerun", Duration.ofSeconds(30), Clock.systemUTC());
            ageHolder(run, Duration.ofSeconds(31));
            RunLock taker = RunLock.acquire(run, "merge", Duration.ofSeconds(30), Clock.systemUTC());
            java.io.IOException lost = assertThrows(java.io.IOException.class, stale::requireHeld);
            assertTrue(lost.getMessage().contains("to 'windsweep merge'"), lost.getMessage());
            stale.close(); // must not remove the taker's lock
            taker.requireHeld();
            taker.close();
        }

        private static void ofManyTakersOfOneStaleLockExactlyOneWins(RunDirectory run) throws Exception {
            RunLock abandoned = RunLock.acquire(run, "run", Duration.ofSeconds(30), Clock.systemUTC());
            ageHolder(run, Duration.ofSeconds(31));
            int takers = 6;
            CyclicBarrier start = new CyclicBarrier(takers);
            ExecutorService threads = Executors.newFixedThreadPool(takers);
            List<Future<RunLock>> outcomes = new ArrayList<>();
            for (int i = 0; i < takers; i++) {
                Callable<RunLock> take = () -> {
                    start.await();
                    try {
                        return RunLock.acquire(run, "merge", Duration.ofSeconds(30), Clock.systemUTC());
                    } catch (RunLockedException e) {
                        return null;
                    }
                };
                outcomes.add(threads.submit(take));
            }
            List<RunLock> winners = new ArrayList<>();
            for (Future<RunLock> outcome : outcomes) {
                if (outcome.get() != null) {
                    winners.add(outcome.get());
                }
            }
            threads.shutdown();
            assertEquals(1, winners.size(), "exactly one taker holds the lock");
            winners.get(0).requireHeld();
            winners.get(0).close();
            abandoned.close();
        }

        /** As if the holder's last heartbeat was {@code age} ago: its process is gone and time has passed. */
        static void ageHolder(RunDirectory run, Duration age) throws Exception {
            Path holder = RunLock.holderFile(run);
            run.fileSystem().setTimes(holder, System.currentTimeMillis() - age.toMillis(), -1);
        }
    }
}
