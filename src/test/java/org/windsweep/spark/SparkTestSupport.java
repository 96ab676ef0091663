package org.windsweep.spark;

import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.windsweep.store.ResultsFile;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Spark contexts, a small sweep and result comparisons shared by the Spark layer's tests. */
final class SparkTestSupport {

    /**
     * 2 farms (a circle and a triangle) x 2 turbine types x 3 seeds = 12 configs of 4 turbines in 4 partitions;
     * quick to optimise, so that every test can run the whole sweep. The iteration cap, never the clock, ends each
     * optimisation (the time limits are far beyond what 30 iterations of 4 turbines take), so results do not depend
     * on the machine's load.
     */
    static final String SMALL_SPEC = """
            name: small
            farms:
              - name: round
                boundary: {circle: {center: [0, 0], radius: 700}}
              - name: triangle
                boundary: {polygon: [[0, 0], [1600, 0], [0, 1600]]}
            turbines: [IEA37_3.35MW, V80]
            wake_model: IEA37SimpleBastankhahGaussian
            site:
              sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.2, 0.3, 0.2, 0.3], ws_ms: 9.8}
              ti: 0.075
            n_turbines: 4
            spacing_d: 2
            seeds: {start: 0, count: 3}
            smart_start: {grid_size: 10, random_pct: 30}
            optimizer: {max_iterations: 30, time_limit_s: 600, hard_limit_s: 600}
            partitions: 4
            """;

    /**
     * A spec whose hard limit abandons a hung config after 3 s, for the tests that hang one. The other configs then
     * have 3 s for 30 iterations of a few turbines, which take milliseconds.
     */
    static String withShortHardLimit(String spec) {
        return edit(spec, "time_limit_s: 600, hard_limit_s: 600", "time_limit_s: 3, hard_limit_s: 3");
    }

    static final RunService.Options OPTIONS = new RunService.Options(true, true, Duration.ofSeconds(1));

    private SparkTestSupport() {
    }

    static JavaSparkContext localSpark(int threads, Map<String, String> settings) {
        SparkConf conf = new SparkConf().setMaster("local[" + threads + "]").setAppName("windsweep-test")
                .set("spark.ui.enabled", "false")
                .set("spark.driver.host", "127.0.0.1")
                .set("spark.executor.heartbeatInterval", "1s");
        settings.forEach(conf::set);
        return new JavaSparkContext(conf);
    }

    /**
     * The spec text with each (old, new) pair replaced, failing unless every old text occurs exactly once: an edit
     * that silently missed would leave the test running another spec than it says.
     */
    static String edit(String spec, String... oldNewPairs) {
        String edited = spec;
        for (int i = 0; i + 1 < oldNewPairs.length; i += 2) {
            String old = oldNewPairs[i];
            int first = edited.indexOf(old);
            if (first < 0 || edited.indexOf(old, first + 1) >= 0) {
                throw new IllegalArgumentException("'" + old + "' occurs " + (first < 0 ? "nowhere" : "twice")
                        + " in the spec:\n" + edited);
            }
            edited = edited.replace(old, oldNewPairs[i + 1]);
        }
        return edited;
    }

    static SweepSpec spec(String yaml) {
        return SweepSpecParser.parse(yaml, "test-spec.yaml", Path.of("."));
    }

    /** The successful results of a run's results.h5 by key. */
    static Map<String, StoredResult> results(Path run) throws IOException {
        RunDirectory directory = RunDirectory.open(run.toString(), new org.apache.hadoop.conf.Configuration());
        try {
            ResultsFile file = directory.readResults().orElseThrow(() -> new AssertionError("no results.h5 in " + run));
            Map<String, StoredResult> byKey = new TreeMap<>();
            file.results().forEach(result -> byKey.put(result.key(), result));
            return byKey;
        } catch (org.windsweep.store.LayoutException e) {
            throw new AssertionError("results.h5 of " + run + " is not readable: " + e.getMessage(), e);
        }
    }

    /** Every config with bit-identical layout and AEP (timestamps and wall times may differ). */
    static void assertSameLayoutsAndAep(Map<String, StoredResult> expected, Map<String, StoredResult> actual) {
        assertEquals(expected.keySet(), actual.keySet(), "the same configs");
        expected.forEach((key, result) -> {
            StoredResult other = actual.get(key);
            assertArrayEquals(result.x(), other.x(), key + " x");
            assertArrayEquals(result.y(), other.y(), key + " y");
            assertEquals(Double.doubleToRawLongBits(result.aep()), Double.doubleToRawLongBits(other.aep()), key + " aep");
        });
    }

    /** A copy of a run directory, to break without touching the original. */
    static Path copyRun(Path run, Path target) throws IOException {
        try (var paths = Files.walk(run)) {
            for (Path source : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(run.relativize(source).toString());
                if (Files.isDirectory(source)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(source, destination);
                }
            }
        }
        return target;
    }
}
