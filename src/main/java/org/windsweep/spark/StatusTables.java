package org.windsweep.spark;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.windsweep.run.HadoopSettings;
import org.windsweep.run.RunStatus;

import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.windsweep.store.AepBreakdown;
import org.windsweep.InvalidInputException;
import org.windsweep.store.Manifest;
import org.windsweep.store.StoredResult;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's results and last merge as Spark SQL tables, for queries and Parquet export that scale to sweeps of
 * millions of configs: {@code results} (one row per successful config), {@code partitions} (one row per partition
 * of the manifest) and {@code failed} (one row per failed config).
 */
public final class StatusTables {

    /** The tables a run's status is queried and exported as. */
    private static final String[] TABLES = {"results", "partitions", "failed"};

    private static final StructType RESULTS = new StructType()
            .add("key", DataTypes.StringType).add("farm_idx", DataTypes.IntegerType)
            .add("type_idx", DataTypes.IntegerType).add("ss_seed", DataTypes.LongType)
            .add("n_turbines", DataTypes.IntegerType).add("aep", DataTypes.DoubleType)
            .add("aep_initial", DataTypes.DoubleType).add("iterations", DataTypes.IntegerType)
            .add("converged", DataTypes.BooleanType).add("max_violation_m", DataTypes.DoubleType)
            .add("wall_s", DataTypes.DoubleType)
            // null where a result has no AEP breakdown (written before it existed) or its farm no baseline layout
            .add("aep_wake_free", DataTypes.DoubleType).add("wake_loss_pct", DataTypes.DoubleType)
            .add("baseline_aep", DataTypes.DoubleType).add("gain_over_baseline_pct", DataTypes.DoubleType);
    private static final StructType PARTITIONS = new StructType()
            .add("id", DataTypes.IntegerType).add("status", DataTypes.StringType).add("reason", DataTypes.StringType)
            .add("configs_expected", DataTypes.IntegerType).add("configs_ok", DataTypes.IntegerType)
            .add("shards", DataTypes.StringType);
    private static final StructType FAILED = new StructType()
            .add("partition", DataTypes.IntegerType).add("key", DataTypes.StringType).add("reason", DataTypes.StringType);

    private StatusTables() {
    }

    /**
     * status --sql and --parquet: starts Spark SQL, registers the tables, shows the query's rows (up to 1000) and
     * writes the tables as Parquet under {@code parquetDir}; either may be null.
     */
    public static void queryAndExport(RunStatus status, String sql, String parquetDir) throws IOException {
        if (parquetDir != null) {
            requireNewExport(parquetDir);
        }
        try (SparkSession spark = SparkContexts.startSql("windsweep status " + status.run())) {
            register(spark, status);
            if (sql != null) {
                try {
                    spark.sql(sql).show(1000, false);
                } catch (Exception e) {
                    // Scala's checked AnalysisException is invisible to javac: a bad query is bad input.
                    if (e instanceof AnalysisException analysis) {
                        throw new InvalidInputException("--sql: " + analysis.getSimpleMessage().lines()
                                .findFirst().orElse("") + " (tables: results, partitions, failed)");
                    }
                    throw e;
                }
            }
            if (parquetDir != null) {
                for (String table : TABLES) {
                    spark.table(table).write().mode("errorifexists").parquet(parquetDir + "/" + table);
                }
                System.out.println("wrote " + parquetDir + "/{results,partitions,failed}");
            }
        }
    }

    /**
     * Refuses an export that would write over anything, before Spark starts: Spark's "overwrite" replaced a directory
     * named results, partitions or failed whatever it held, which could be the run being read or unrelated files,
     * and an empty path wrote them at the file system's root.
     */
    private static void requireNewExport(String parquetDir) throws IOException {
        if (parquetDir.isBlank()) {
            throw new InvalidInputException("--parquet: an empty path was given; give a directory for the tables");
        }
        Path base = new Path(parquetDir);
        FileSystem fs = base.getFileSystem(HadoopSettings.fromEnvironment());
        for (String table : TABLES) {
            Path target = new Path(base, table);
            if (fs.exists(target)) {
                throw new InvalidInputException("--parquet: " + fs.makeQualified(target) + " already exists; give a "
                        + "directory without results, partitions or failed in it (an export never writes over them)");
            }
        }
    }

    /** Registers the three tables as temporary views. */
    public static void register(SparkSession spark, RunStatus status) {
        results(spark, status).createOrReplaceTempView("results");
        List<Row> partitions = new ArrayList<>();
        List<Row> failed = new ArrayList<>();
        for (Manifest.Partition partition : status.manifest().partitions()) {
            partitions.add(RowFactory.create(partition.id(), partition.status().name(), partition.reason(),
                    partition.configsExpected(), partition.configsOk(), String.join(",", partition.shards())));
            partition.failed().forEach(f -> failed.add(RowFactory.create(partition.id(), f.key(), f.reason())));
        }
        spark.createDataFrame(partitions, PARTITIONS).createOrReplaceTempView("partitions");
        spark.createDataFrame(failed, FAILED).createOrReplaceTempView("failed");
    }

    public static Dataset<Row> results(SparkSession spark, RunStatus status) {
        List<Row> rows = new ArrayList<>();
        for (StoredResult r : status.results()) {
            AepBreakdown b = r.breakdown();
            Double baseline = b == null ? null : b.baselineAep();
            rows.add(RowFactory.create(r.key(), intField(r, "farm_idx"), intField(r, "type_idx"),
                    ((Number) r.configFields().get("ss_seed")).longValue(), r.turbineCount(), r.aep(), r.aepInitial(),
                    r.iterations(), r.converged(), r.maxViolationM(), r.wallS(),
                    b == null ? null : b.aepWakeFree(), b == null ? null : b.wakeLossPct(r.aep()), baseline,
                    baseline == null ? null : b.gainOverBaselinePct(r.aep())));
        }
        return spark.createDataFrame(rows, RESULTS);
    }

    private static int intField(StoredResult result, String name) {
        return ((Number) result.configFields().get(name)).intValue();
    }
}
