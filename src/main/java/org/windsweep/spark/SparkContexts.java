package org.windsweep.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Spark for the subcommands. Settings come from spark-submit (the launcher passes spark-conf/ and MASTER); run
 * from a plain JVM, the master falls back to local[*].
 */
public final class SparkContexts {

    private static final String MAX_FAILURES = "spark.task.maxFailures";
    /** Spark's own default of spark.task.maxFailures, and spark-defaults.conf's. */
    private static final int DEFAULT_MAX_FAILURES = 4;

    private SparkContexts() {
    }

    /** Spark core only, for run and rerun: SQL's session would add start-up time and nothing else. */
    public static JavaSparkContext startCore(String appName) {
        return new JavaSparkContext(conf(appName));
    }

    /** A Spark SQL session, for status --sql and --parquet. */
    public static SparkSession startSql(String appName) {
        return SparkSession.builder().config(conf(appName)).getOrCreate();
    }

    private static SparkConf conf(String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        conf.setMaster(LocalMaster.withRetries(conf.get("spark.master"), conf.getInt(MAX_FAILURES, DEFAULT_MAX_FAILURES)));
        return conf;
    }
}
