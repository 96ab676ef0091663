package org.windsweep.store;

import java.io.Serializable;

/**
 * A shard that is now under its final name, fully read back.
 *
 * @param path        the committed file's full URI
 * @param bytes       its size
 * @param configCount successful plus failed configs it records
 */
public record CommittedShard(ShardName name, String path, long bytes, int configCount) implements Serializable {
}
