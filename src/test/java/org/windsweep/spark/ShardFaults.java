package org.windsweep.spark;

import io.jhdf.HdfFile;
import io.jhdf.WritableHdfFile;
import io.jhdf.api.Attribute;
import io.jhdf.api.Dataset;
import io.jhdf.api.Group;
import io.jhdf.api.Node;
import io.jhdf.api.WritableGroup;
import org.windsweep.store.ShardContents;
import org.windsweep.store.ShardReader;
import org.windsweep.store.ShardWriter;
import org.windsweep.store.StoredResult;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;

/** Ways to break a committed shard in place, as crashes, disks and bugs do. */
final class ShardFaults {

    private ShardFaults() {
    }

    static void empty(Path shard) throws IOException {
        Files.write(shard, new byte[0]);
    }

    static void randomBytes(Path shard, long seed) throws IOException {
        byte[] noise = new byte[(int) Files.size(shard)];
        new Random(seed).nextBytes(noise);
        Files.write(shard, noise);
    }

    static void truncateToHalf(Path shard) throws IOException {
        byte[] whole = Files.readAllBytes(shard);
        Files.write(shard, java.util.Arrays.copyOf(whole, whole.length / 2));
    }

    /** Rewrites the shard with its first config's {@code aep} dataset left out, everything else as it was. */
    static void dropFirstAepDataset(Path shard) throws IOException {
        Path rewritten = shard.resolveSibling(shard.getFileName() + ".rewritten");
        try (HdfFile original = new HdfFile(shard); WritableHdfFile copy = HdfFile.write(rewritten)) {
            copyAttributes(original, copy);
            boolean dropped = false;
            for (Node node : original.getChildren().values()) {
                if (!(node instanceof Group group) || node.getName().startsWith("_")) {
                    continue;
                }
                WritableGroup target = copy.putGroup(group.getName());
                copyAttributes(group, target);
                for (Node child : group.getChildren().values()) {
                    if (child.getName().equals("aep") && !dropped) {
                        dropped = true;
                        continue;
                    }
                    target.putDataset(child.getName(), ((Dataset) child).getData());
                }
            }
        }
        Files.move(rewritten, shard, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    /** Rewrites the shard through our own writer with its results changed. */
    static void rewriteResults(Path shard, UnaryOperator<List<StoredResult>> change) throws Exception {
        ShardContents contents = ShardReader.read(Files.readAllBytes(shard)).contents();
        List<StoredResult> results = change.apply(new ArrayList<>(contents.results()));
        Path rewritten = shard.resolveSibling(shard.getFileName() + ".rewritten");
        ShardWriter.write(new ShardContents(contents.runId(), contents.name(), results, contents.failures()), rewritten);
        Files.move(rewritten, shard, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    static StoredResult withAep(StoredResult r, double aep) {
        return new StoredResult(r.key(), r.configFields(), r.x(), r.y(), aep, r.aepInitial(), r.iterations(),
                r.converged(), r.maxViolationM(), r.wallS(), r.timestamp(), r.wakeModel(), r.breakdown());
    }

    private static void copyAttributes(Node from, WritableGroup to) {
        for (Attribute attribute : from.getAttributes().values()) {
            if (!attribute.getName().equals("_jHDF")) {
                to.putAttribute(attribute.getName(), attribute.getData());
            }
        }
    }
}
