package org.windsweep.store;

import com.sun.management.GarbageCollectionNotificationInfo;
import org.apache.hadoop.conf.Configuration;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;

/**
 * Merge at scale: commits CONFIGS configs of TURBINES turbines in SHARDS shards into DIR/run (or reuses the shards a
 * previous call left there), merges them with full validation (every shard read whole, parsed and checksummed) into
 * a fresh results.h5, merges again with hot start (results.h5 read and validated too, as rerun's first merge does),
 * and prints each merge's wall and CPU time and peak heap; then, if python3 with h5py is there, the original approach (h5py
 * copying every group into one file, no validation) on the same shards. A main, not a test: it asserts nothing, its
 * figures are for reading.
 *
 * <p>Peak heap is printed twice: the largest heap still in use right after a garbage collection (the live set, what
 * the merge needs at least) and the largest heap in use at any collection's start (live plus garbage, bounded by
 * -Xmx).
 *
 * <pre>
 * mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt
 * java -Xmx2g -cp target/test-classes:target/classes:$(cat target/classpath.txt) \
 *     org.windsweep.store.MergeBenchmark 100000 1000 16 [DIR]
 * </pre>
 */
public final class MergeBenchmark {
    /** CPU time of the whole process (all threads, GC and JIT included): less dependent on the machine's load. */
    private static final com.sun.management.OperatingSystemMXBean PROCESS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    private MergeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int configs = Integer.parseInt(args[0]);
        int shards = Integer.parseInt(args[1]);
        int turbines = Integer.parseInt(args[2]);
        Path dir = args.length > 3 ? Path.of(args[3]) : Files.createTempDirectory("windsweep-merge-bench");
        int perShard = configs / shards;
        RunDirectory run = RunDirectory.open(dir.resolve("run").toString(), new Configuration());
        commitShardsUnlessThere(run, dir, shards, perShard, turbines);
        Files.deleteIfExists(dir.resolve("run").resolve(RunDirectory.RESULTS));
        Files.deleteIfExists(dir.resolve("run").resolve(RunDirectory.MANIFEST));

        Merger merger = new Merger(run, new ShardValidator(ResultCheck.NONE), dir.resolve("scratch"));
        List<ExpectedPartition> partitions = Fixtures.partitions(shards, perShard);
        HeapWatch heap = new HeapWatch();
        for (boolean hotStart : new boolean[] {false, true}) {
            System.gc();
            heap.reset();
            long start = System.nanoTime();
            long cpuStart = PROCESS.getProcessCpuTime();
            MergeReport report = merger.merge(Fixtures.RUN, partitions, hotStart);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (PROCESS.getProcessCpuTime() - cpuStart) / 1e9;
            int ok = Math.max(1, report.manifest().totals().configsOk());
            System.out.printf(Locale.ROOT, "windsweep merge %s (full validation, %d cores, max heap %d MB): %d configs "
                            + "x %d turbines OK in %.1f s (%.1f s of CPU); peak live heap %d MB (%.1f KB per config), "
                            + "peak heap in use %d MB; results.h5 %d MB%n", hotStart ? "again, hot start" : "into a new results.h5",
                    Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                    report.manifest().totals().configsOk(), turbines, seconds, cpuSeconds, heap.peakLive() >> 20,
                    heap.peakLive() / 1024.0 / ok, heap.peakInUse() >> 20,
                    Files.size(dir.resolve("run").resolve(RunDirectory.RESULTS)) >> 20);
        }
        h5pyBaseline(dir);
    }

    private static void commitShardsUnlessThere(RunDirectory run, Path dir, int shards, int perShard, int turbines)
            throws Exception {
        Path shardDir = dir.resolve("run").resolve(RunDirectory.SHARDS);
        if (Files.isDirectory(shardDir)) {
            try (var files = Files.list(shardDir)) {
                if (files.count() == shards) {
                    System.out.printf(Locale.ROOT, "reusing the %d shards in %s%n", shards, shardDir);
                    return;
                }
            }
        }
        long writeStart = System.nanoTime();
        ShardCommitter committer = new ShardCommitter(run, dir.resolve("scratch"));
        for (int p = 0; p < shards; p++) {
            committer.commit(Fixtures.shard(ShardName.base(p), Fixtures.partitionKeys(p, perShard), List.of(),
                    turbines, 1), "bench");
        }
        System.out.printf(Locale.ROOT, "committed %d configs x %d turbines in %d shards in %.1f s%n",
                perShard * shards, turbines, shards, (System.nanoTime() - writeStart) / 1e9);
    }

    /** The heap before and after every garbage collection, from the collectors' notifications. */
    private static final class HeapWatch {
        private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
                .collect(Collectors.toSet());
        private final AtomicLong peakLive = new AtomicLong();
        private final AtomicLong peakInUse = new AtomicLong();

        HeapWatch() {
            for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
                ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                    if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                        return;
                    }
                    var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
                    peakLive.accumulateAndGet(heapUsed(info.getMemoryUsageAfterGc()), Math::max);
                    peakInUse.accumulateAndGet(heapUsed(info.getMemoryUsageBeforeGc()), Math::max);
                }, null, null);
            }
        }

        private long heapUsed(java.util.Map<String, MemoryUsage> pools) {
            return pools.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                    .mapToLong(pool -> pool.getValue().getUsed()).sum();
        }

        void reset() {
            peakLive.set(0);
            peakInUse.set(0);
        }

        long peakLive() {
            return peakLive.get();
        }

        long peakInUse() {
            return Math.max(peakInUse.get(), peakLive.get());
        }
    }

    private static void h5pyBaseline(Path dir) throws Exception {
        Path script = Path.of(MergeBenchmark.class.getResource("/store/h5py_merge_baseline.py").toURI());
        Path output = dir.resolve("baseline.h5");
        Files.deleteIfExists(output);
        List<String> command = new ArrayList<>(List.of(org.windsweep.testing.ExternalTools.pythonWithH5py(),
                script.toString(), output.toString()));
        try (var shards = Files.list(dir.resolve("run/shards"))) {
            shards.sorted().forEach(shard -> command.add(shard.toString()));
        }
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        int exit = process.waitFor();
        System.out.printf(Locale.ROOT, "h5py baseline (copy groups, no validation): %s; %.1f s with interpreter "
                + "start (exit %d)%n", printed, (System.nanoTime() - start) / 1e9, exit);
    }
}
