package org.windsweep.store;

import io.jhdf.HdfFile;
import io.jhdf.api.Node;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a whole shard, every dataset and attribute, from its bytes. It judges only the layout (LayoutException);
 * whether the contents are whole and right is {@link ShardValidator}'s job. jhdf exceptions from a damaged file
 * pass through unchanged.
 */
public final class ShardReader {
    private ShardReader() {
    }

    /**
     * What a shard file holds plus what it says about itself, so that the two can be compared.
     *
     * @param declaredConfigCount the root attribute config_count
     * @param declaredDigest      the root attribute content_sha256
     */
    public record DecodedShard(ShardContents contents, int declaredConfigCount, String declaredDigest) {
        public boolean digestMatches() {
            return ContentDigest.ofShard(contents).equals(declaredDigest);
        }
    }

    public static DecodedShard read(byte[] bytes) throws LayoutException {
        try (HdfFile hdf = HdfFile.fromBytes(bytes)) {
            String schema = AttributeValues.readString(hdf, H5Names.SCHEMA);
            if (!schema.equals(H5Names.SHARD_SCHEMA)) {
                throw new LayoutException("schema is '" + schema + "', expected '" + H5Names.SHARD_SCHEMA + "'");
            }
            String runId = AttributeValues.readString(hdf, H5Names.RUN_ID);
            int partition = AttributeValues.readInt(hdf, H5Names.PARTITION);
            int supplementary = AttributeValues.readInt(hdf, H5Names.SUPPLEMENTARY);
            int configCount = AttributeValues.readInt(hdf, H5Names.CONFIG_COUNT);
            String digest = AttributeValues.readString(hdf, H5Names.CONTENT_SHA256);

            List<StoredResult> results = new ArrayList<>();
            List<StoredFailure> failures = new ArrayList<>();
            for (Node child : hdf) {
                if (child.getName().equals(H5Names.FAILED_GROUP)) {
                    for (Node failed : ConfigGroups.requireGroup(child)) {
                        failures.add(ConfigGroups.readFailure(failed));
                    }
                } else {
                    results.add(ConfigGroups.readResult(child));
                }
            }
            return new DecodedShard(contentsOf(runId, partition, supplementary, results, failures), configCount, digest);
        }
    }

    private static ShardContents contentsOf(String runId, int partition, int supplementary,
                                            List<StoredResult> results, List<StoredFailure> failures)
            throws LayoutException {
        try {
            return new ShardContents(runId, new ShardName(partition, supplementary), results, failures);
        } catch (IllegalArgumentException e) {
            throw new LayoutException(e.getMessage());
        }
    }
}
