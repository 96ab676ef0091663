package org.windsweep.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest successful result of each config among everything merge reads. "Newest" is decided the same way every
 * time: the later timestamp wins; on equal timestamps the later source (supplementary shard over base shard,
 * any shard over the previous results.h5) wins. Keys found in two shards with different results are reported.
 */
final class KeptResults {
    /** Where a result came from; a higher rank is a later source. */
    record Source(String file, int rank) {
        static final Source PREVIOUS_RESULTS = new Source(RunDirectory.RESULTS, -1);

        static Source of(ShardName shard) {
            return new Source(shard.fileName(), shard.supplementary());
        }
    }

    private record Kept(StoredResult result, Source source) {
    }

    private final Map<String, Kept> byKey = new HashMap<>();
    private final List<String> duplicates = new ArrayList<>();

    void offer(StoredResult result, Source source) {
        Kept current = byKey.get(result.key());
        if (current == null) {
            byKey.put(result.key(), new Kept(result, source));
            return;
        }
        if (current.result().equals(result)) {
            return; // the same result seen again, e.g. in results.h5 and in its shard
        }
        boolean newer = Double.compare(result.timestamp(), current.result().timestamp()) > 0
                || (result.timestamp() == current.result().timestamp() && source.rank() > current.source().rank());
        Kept winner = newer ? new Kept(result, source) : current;
        Kept loser = newer ? current : new Kept(result, source);
        if (!loser.source().equals(Source.PREVIOUS_RESULTS)) {
            duplicates.add(result.key() + " in " + current.source().file() + " and " + source.file()
                    + ": kept " + winner.source().file() + " (" + (winner.result().timestamp() != loser.result().timestamp()
                    ? "newer timestamp" : "later shard") + ")");
        }
        byKey.put(result.key(), winner);
    }

    boolean contains(String key) {
        return byKey.containsKey(key);
    }

    boolean cameFromPreviousResults(String key) {
        Kept kept = byKey.get(key);
        return kept != null && kept.source().equals(Source.PREVIOUS_RESULTS);
    }

    Collection<String> keys() {
        return byKey.keySet();
    }

    List<StoredResult> results() {
        return byKey.values().stream().map(Kept::result).toList();
    }

    /** One line per key found with different results in two shards, in the order they were found. */
    List<String> duplicates() {
        return List.copyOf(duplicates);
    }
}
