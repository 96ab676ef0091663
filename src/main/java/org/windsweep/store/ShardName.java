package org.windsweep.store;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which shard of which partition: the base shard {@code part-NNNNN.h5} (supplementary 0) or a rerun's supplementary
 * shard {@code part-NNNNN.rK.h5} (K = 1, 2, ...).
 */
public record ShardName(int partition, int supplementary) implements Serializable, Comparable<ShardName> {
    private static final Pattern FILE_NAME = Pattern.compile("part-(\\d{5,9})(?:\\.r(\\d{1,9}))?\\.h5");

    public ShardName {
        if (partition < 0 || supplementary < 0) {
            throw new IllegalArgumentException("partition and supplementary index must be >= 0, got "
                    + partition + " and " + supplementary);
        }
    }

    public static ShardName base(int partition) {
        return new ShardName(partition, 0);
    }

    public static ShardName supplementary(int partition, int k) {
        if (k < 1) {
            throw new IllegalArgumentException("supplementary shards are numbered from 1, got " + k);
        }
        return new ShardName(partition, k);
    }

    public boolean isBase() {
        return supplementary == 0;
    }

    /** {@code part-00042.h5} or {@code part-00042.r2.h5}. */
    public String fileName() {
        return stem() + ".h5";
    }

    /** The file name without ".h5", used to name attempt files. */
    public String stem() {
        String base = String.format(Locale.ROOT, "part-%05d", partition);
        return isBase() ? base : base + ".r" + supplementary;
    }

    /** The shard a file name denotes, or empty for any other file. */
    public static Optional<ShardName> parse(String fileName) {
        Matcher m = FILE_NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        int k = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
        if (m.group(2) != null && k == 0) {
            return Optional.empty();
        }
        return Optional.of(new ShardName(Integer.parseInt(m.group(1)), k));
    }

    /** Base shard first, then supplementary shards in the order reruns wrote them. */
    @Override
    public int compareTo(ShardName other) {
        int byPartition = Integer.compare(partition, other.partition);
        return byPartition != 0 ? byPartition : Integer.compare(supplementary, other.supplementary);
    }

    @Override
    public String toString() {
        return fileName();
    }
}
