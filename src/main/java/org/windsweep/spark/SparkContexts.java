package org.windsweep.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.deploy.SparkHadoopUtil;
import org.apache.spark.sql.SparkSession;

/**
 * Spark for the subcommands. Settings come from spark-submit (the launcher passes spark-conf/ and MASTER); run
 * from a plain JVM, the master falls back to local[*].
 */
public final class SparkContexts {

    private SparkContexts() {
    }

    public static SparkSession start(String appName) {
        SparkConf conf = new SparkConf().setAppName(appName);
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]");
        }
        return SparkSession.builder().config(conf).getOrCreate();
    }

    public static JavaSparkContext javaContext(SparkSession session) {
        return JavaSparkContext.fromSparkContext(session.sparkContext());
    }

    /** The Hadoop configuration Spark would use (core-site.xml, HADOOP_CONF_DIR, spark.hadoop.*), without starting Spark. */
    public static Configuration hadoopConfiguration() {
        return SparkHadoopUtil.get().newConfiguration(new SparkConf());
    }
}
