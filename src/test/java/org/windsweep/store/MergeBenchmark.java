package org.windsweep.store;

import org.apache.hadoop.conf.Configuration;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Merge at scale: commits CONFIGS configs of TURBINES turbines in SHARDS shards into a fresh run directory, merges
 * them with full validation (every shard read whole, parsed and checksummed), and prints the merge's wall time and
 * peak heap; then, if python3 with h5py is there, the original approach (h5py copying every group into one file,
 * no validation) on the same shards. A main, not a test: it asserts nothing, its figures are for reading.
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *     org.windsweep.store.MergeBenchmark 100000 1000 16 [DIR]
 * </pre>
 */
public final class MergeBenchmark {
    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int configs = Integer.parseInt(args[0]);
        int shards = Integer.parseInt(args[1]);
        int turbines = Integer.parseInt(args[2]);
        Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("windsweep-merge-bench");
        int perShard = configs / shards;
        RunDirectory run = RunDirectory.open(dir.resolve("run").toString(), new Configuration());
        long writeStart = System.nanoTime();
        ShardCommitter committer = new ShardCommitter(run, dir.resolve("scratch"));
        for (int p = 0; p < shards; p++) {
            committer.commit(Fixtures.shard(ShardName.base(p), Fixtures.partitionKeys(p, perShard), List.of(),
                    turbines, 1), "bench");
        }
        System.out.printf(Locale.ROOT, "committed %d configs x %d turbines in %d shards in %.1f s%n",
                perShard * shards, turbines, shards, (System.nanoTime() - writeStart) / 1e9);

        Merger merger = new Merger(run, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"));
        System.gc();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        long start = System.nanoTime();
        MergeReport report = merger.merge(Fixtures.RUN, Fixtures.partitions(shards, perShard), false);
        double seconds = (System.nanoTime() - start) / 1e9;
        long peakBytes = heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        long resultsBytes = Files.size(dir.resolve("run/results.h5"));
        System.out.printf(Locale.ROOT, "windsweep merge (full validation, %d cores, max heap %d MB): %d configs OK "
                        + "in %.1f s, peak heap %d MB (%.1f KB per config), results.h5 %d MB%n",
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                report.manifest().totals().configsOk(), seconds, peakBytes >> 20,
                peakBytes / 1024.0 / Math.max(1, report.manifest().totals().configsOk()), resultsBytes >> 20);
        h5pyBaseline(dir);
    }

    private static void h5pyBaseline(Path dir) throws Exception {
        Path script = Path.of(MergeBenchmark.class.getResource("/store/h5py_merge_baseline.py").toURI());
        List<String> command = new ArrayList<>(List.of(org.windsweep.testing.ExternalTools.pythonWithH5py(), script.toString(),
                dir.resolve("baseline.h5").toString()));
        try (var shards = Files.list(dir.resolve("run/shards"))) {
            shards.sorted().forEach(shard -> command.add(shard.toString()));
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = process.waitFor();
        System.out.printf(Locale.ROOT, "h5py baseline (copy groups, no validation): %s; %.1f s with interpreter "
                + "start (exit %d)%n", output, (System.nanoTime() - start) / 1e9, exit);
    }
}
