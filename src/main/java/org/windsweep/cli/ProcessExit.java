package org.windsweep.cli;

/**
 * Ends the process with a command's exit code. In the driver of a YARN cluster-mode submission the JVM belongs to
 * Spark's ApplicationMaster, which reports the outcome to YARN: success when main returns, and the exit code of a
 * {@code SparkUserAppException} that main throws. There System.exit would be reported as a failure ("shutdown hook
 * called before final status was reported") even for exit code 0.
 */
final class ProcessExit {

    private ProcessExit() {
    }

    static void exit(int code) throws Exception {
        if (!inYarnClusterDriver()) {
            System.exit(code);
        }
        if (code != 0) {
            throw YarnDriverFailure.withExitCode(code);
        }
    }

    /** The ApplicationMaster sets these system properties before it calls main; a client-mode driver says client. */
    private static boolean inYarnClusterDriver() {
        return "yarn".equals(System.getProperty("spark.master"))
                && "cluster".equals(System.getProperty("spark.submit.deployMode"));
    }
}
