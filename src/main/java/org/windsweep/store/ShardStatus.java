package org.windsweep.store;

/**
 * How a shard (and, in the manifest, a partition) fares at validation, from worst to best. Everything before
 * PARTIAL means the file is not trusted: merge quarantines it and rerun recomputes the partition whole.
 */
public enum ShardStatus {
    /**
     * The file could not be read or validated for reasons of this machine, not of the file: an I/O error, a time limit
     * on an overloaded driver, memory. It is left in place and validated again by the next merge.
     */
    UNREADABLE,
    /** No file where the shard should be. */
    MISSING,
    /** Something other than a regular file under a shard's name (a directory, a FIFO, a device): never opened. */
    NOT_A_FILE,
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
