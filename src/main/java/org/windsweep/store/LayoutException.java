package org.windsweep.store;

/**
 * A well-formed HDF5 file that does not have the shard or results layout: a missing or misshapen dataset or
 * attribute, or a wrong schema. Validation reports it as SCHEMA.
 */
public final class LayoutException extends Exception {
    public LayoutException(String message) {
        super(message);
    }
}
