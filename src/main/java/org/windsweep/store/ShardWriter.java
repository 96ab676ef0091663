package org.windsweep.store;

import io.jhdf.api.WritableGroup;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes one shard as a local HDF5 file in the layout of docs/STORE.md: one group per successful config, one group per
 * failed config under {@code _failed}, and root attributes that let a validator prove the file is whole.
 */
public final class ShardWriter {
    private ShardWriter() {
    }

    /**
     * @param file a path that does not exist yet: jhdf 0.13.0 does not truncate, so an old file's tail would remain
     */
    public static void write(ShardContents shard, Path file) throws IOException {
        FreshFiles.writeWithJhdf(file, hdf -> {
            AttributeValues.put(hdf, H5Names.SCHEMA, H5Names.SHARD_SCHEMA);
            AttributeValues.put(hdf, H5Names.RUN_ID, shard.runId());
            AttributeValues.put(hdf, H5Names.PARTITION, shard.name().partition());
            AttributeValues.put(hdf, H5Names.SUPPLEMENTARY, shard.name().supplementary());
            AttributeValues.put(hdf, H5Names.CONFIG_COUNT, shard.configCount());
            AttributeValues.put(hdf, H5Names.CONTENT_SHA256, ContentDigest.ofShard(shard));
            for (StoredResult result : shard.results()) {
                ConfigGroups.writeResult(hdf, result);
            }
            if (!shard.failures().isEmpty()) {
                WritableGroup failed = hdf.putGroup(H5Names.FAILED_GROUP);
                for (StoredFailure failure : shard.failures()) {
                    ConfigGroups.writeFailure(failed, failure);
                }
            }
        });
    }
}
