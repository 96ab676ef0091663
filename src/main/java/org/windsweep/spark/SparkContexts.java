package org.windsweep.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;

/**
 * Spark for the subcommands. Settings come from spark-submit (the launcher passes spark-conf/ and MASTER); run
 * from a plain JVM, the master falls back to local[*].
 */
public final class SparkContexts {

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
        return conf;
    }
}
