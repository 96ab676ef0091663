package org.windsweep.store;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * manifest.json: the outcome of the last merge, one entry per expected partition. {@code rerun} reads it to
 * recompute exactly what is not OK; {@code status} and {@code report} show it. JSON names are snake_case.
 *
 * @param mergedAt    ISO-8601 UTC time of the merge
 * @param quarantined files this merge moved to quarantine/
 */
public record Manifest(String runId, String mergedAt, Totals totals, List<Partition> partitions,
                       List<Quarantined> quarantined) {

    /** Config counts over all expected partitions; ok + failed + missing = expected. */
    public record Totals(int configsExpected, int configsOk, int configsFailed, int configsMissing) {

        /** Every expected config has a result: none failed, none missing. */
        public boolean complete() {
            return configsFailed == 0 && configsMissing == 0;
        }
    }

    /**
     * @param status     a {@link ShardStatus}: OK when every config has a result, else what keeps it from that
     * @param shards     the trusted shard files merged, base first
     * @param failed     configs recorded as failed (and without a result from anywhere)
     * @param missing    configs no trusted shard records
     */
    public record Partition(int id, ShardStatus status, String reason, List<String> shards, int configsExpected,
                            int configsOk, List<FailedConfig> failed, List<String> missing) {

        /** No trusted base shard: rerun recomputes the whole partition into part-NNNNN.h5. */
        public boolean needsWholeRerun() {
            return !status.isTrusted();
        }

        /** For a PARTIAL partition, the configs a rerun computes into a supplementary shard: failed, then missing. */
        public List<String> keysToRerun() {
            List<String> keys = new ArrayList<>();
            failed.forEach(f -> keys.add(f.key()));
            keys.addAll(missing);
            return keys;
        }
    }

    public record FailedConfig(String key, String reason) {
    }

    /** @param file relative to the run directory, e.g. quarantine/part-00003.h5 */
    public record Quarantined(String file, ShardStatus status, String reason) {
    }

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public byte[] toJson() {
        try {
            return JSON.writeValueAsBytes(this);
        } catch (IOException e) {
            throw new IllegalStateException("a manifest is always serialisable", e);
        }
    }

    public static Manifest fromJson(byte[] json) throws IOException {
        return JSON.readValue(json, Manifest.class);
    }

    /** The partition with this id, if the manifest lists it. */
    public Optional<Partition> partition(int id) {
        return partitions.stream().filter(p -> p.id() == id).findFirst();
    }
}
