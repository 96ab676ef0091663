package org.windsweep.spark;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spark's local masters {@code local}, {@code local[N]} and {@code local[*]} try each task once and ignore
 * spark.task.maxFailures, so one failed shard commit would abort a whole local sweep; {@code local[N,F]} retries
 * F times. A local master without its own F gets spark.task.maxFailures (spark-defaults.conf: 4) as F, so local and
 * cluster runs retry alike.
 */
final class LocalMaster {

    private static final Pattern LOCAL = Pattern.compile("local(?:\\[(\\*|\\d+)])?");

    private LocalMaster() {
    }

    /** The master with retries, or {@code master} unchanged when it is not a plain local master. */
    static String withRetries(String master, int maxFailures) {
        Matcher local = LOCAL.matcher(master.strip());
        if (!local.matches()) {
            return master;
        }
        String threads = local.group(1) == null ? "1" : local.group(1);
        return "local[" + threads + "," + maxFailures + "]";
    }
}
