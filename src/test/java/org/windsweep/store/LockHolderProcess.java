package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;

/**
 * A child JVM for {@link RunLockTest}: takes the lock of the run directory in args[0], says so on stdout, then
 * waits for the SIGKILL that the test sends it.
 */
public final class LockHolderProcess {
    private LockHolderProcess() {
    }

    public static void main(String[] args) throws Exception {
        RunDirectory run = RunDirectory.open(args[0], new Configuration());
        run.lock("merge");
        System.out.println("locked " + ProcessHandle.current().pid());
        System.out.flush();
        Thread.currentThread().join(); // held until killed
    }
}
