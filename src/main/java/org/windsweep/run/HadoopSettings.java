package org.windsweep.run;

import org.apache.hadoop.conf.Configuration;
import org.windsweep.InvalidInputException;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * The Hadoop configuration of the subcommands that need no Spark (merge, status, validate, report), built the way
 * Spark builds its own, so that a run directory on hdfs:// or s3a:// opens the same with or without Spark, but
 * without loading a single Spark class: Hadoop's own *-site.xml files (HADOOP_CONF_DIR on the class path), then
 * every {@code spark.hadoop.*} setting of {@code $SPARK_CONF_DIR/spark-defaults.conf}, then those of the JVM's system
 * properties ({@code -Dspark.hadoop.fs.s3a.endpoint=...}), each without its {@code spark.hadoop.} prefix, and AWS
 * credentials from the environment as Spark takes them.
 */
public final class HadoopSettings {

    static final String SPARK_HADOOP_PREFIX = "spark.hadoop.";
    static final String DEFAULTS_FILE = "spark-defaults.conf";

    private HadoopSettings() {
    }

    /** From the launcher's environment: SPARK_CONF_DIR, the system properties and AWS_* variables. */
    public static Configuration fromEnvironment() {
        String confDir = System.getenv("SPARK_CONF_DIR");
        return configuration(confDir == null ? null : Path.of(confDir, DEFAULTS_FILE), System.getProperties(),
                System.getenv());
    }

    /**
     * @param defaultsFile spark-defaults.conf, or null (a file that does not exist counts as empty)
     * @param properties   settings that override the file's, like spark-submit's --conf
     */
    static Configuration configuration(Path defaultsFile, Properties properties, Map<String, String> environment) {
        Configuration conf = new Configuration();
        String keyId = environment.get("AWS_ACCESS_KEY_ID");
        String secret = environment.get("AWS_SECRET_ACCESS_KEY");
        if (keyId != null && secret != null) {
            conf.set("fs.s3a.access.key", keyId);
            conf.set("fs.s3a.secret.key", secret);
            String token = environment.get("AWS_SESSION_TOKEN");
            if (token != null) {
                conf.set("fs.s3a.session.token", token);
            }
        }
        copyHadoopSettings(readDefaults(defaultsFile), conf);
        copyHadoopSettings(properties, conf);
        return conf;
    }

    private static void copyHadoopSettings(Properties from, Configuration to) {
        for (String name : from.stringPropertyNames()) {
            if (name.startsWith(SPARK_HADOOP_PREFIX)) {
                to.set(name.substring(SPARK_HADOOP_PREFIX.length()), from.getProperty(name).strip());
            }
        }
    }

    private static Properties readDefaults(Path file) {
        Properties properties = new Properties();
        if (file == null || !Files.isRegularFile(file)) {
            return properties;
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            throw new InvalidInputException("cannot read the Spark settings " + file + " (" + e.getMessage()
                    + "); fix the file (key value per line, as spark-submit reads it)");
        }
        return properties;
    }
}
