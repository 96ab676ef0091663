package org.windsweep.store;

/**
 * How a shard (and, in the manifest, a partition) fares at validation, from worst to best. Everything before
 * PARTIAL means the file is not trusted: merge quarantines it and rerun recomputes the partition whole.
 */
public enum ShardStatus {
    /** No file where the shard should be. */
    MISSING,
    /** A file of 0 bytes: the original script's failure. */
    EMPTY,
    /** No HDF5 signature at the start of the file. */
    NOT_HDF5,
    /** Shorter or longer than its superblock says, or a read of its structure failed. */
    TRUNCATED,
    /** Valid HDF5 without the shard layout: missing or misshapen datasets or attributes, wrong schema. */
    SCHEMA,
    /** The layout is right but the data is not: NaN/Inf, constraint violations, another partition's keys, a checksum mismatch. */
    CONTENT,
    /** Valid, but some configs failed or are absent. */
    PARTIAL,
    /** Valid and complete. */
    OK;

    /** Whether merge may use the file's results. */
    public boolean isTrusted() {
        return this == PARTIAL || this == OK;
    }
}
