package org.windsweep.cli;

import org.apache.spark.SparkUserAppException;

/** Apart from {@link ProcessExit}, so that Spark's exception class is loaded only in a driver that Spark hosts. */
final class YarnDriverFailure {

    private YarnDriverFailure() {
    }

    /** What YARN reports as "User application exited with status {@code code}". */
    static Exception withExitCode(int code) {
        return new SparkUserAppException(code, null);
    }
}
