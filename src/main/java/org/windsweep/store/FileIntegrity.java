package org.windsweep.store;

import io.jhdf.Superblock;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;

/**
 * The checks that need no HDF5 parsing beyond the superblock: is there a file, is it HDF5, is it whole. jhdf opens a
 * truncated file without complaint, so the superblock's end-of-file address is compared with the real size.
 */
final class FileIntegrity {
    private static final byte[] SIGNATURE = {(byte) 0x89, 'H', 'D', 'F', '\r', '\n', 0x1a, '\n'};

    /** A failed check: which class and why. */
    record Problem(ShardStatus status, String reason) {
    }

    private FileIntegrity() {
    }

    /** @param bytes the whole file, or null when there is none; returns null when all checks pass */
    static Problem check(byte[] bytes) {
        if (bytes == null) {
            return new Problem(ShardStatus.MISSING, "no file: never committed, or removed since");
        }
        if (bytes.length == 0) {
            return new Problem(ShardStatus.EMPTY, "the file is 0 bytes: the writer produced nothing");
        }
        if (!hasSignature(bytes)) {
            return new Problem(ShardStatus.NOT_HDF5, "no HDF5 signature at the start of the file ("
                    + bytes.length + " bytes)");
        }
        long endOfFile;
        try {
            Superblock superblock = Superblock.readSuperblock(
                    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN)); // HDF5 metadata is little-endian
            endOfFile = superblock.getBaseAddressByte() + superblock.getEndOfFileAddress();
        } catch (RuntimeException e) {
            return new Problem(ShardStatus.TRUNCATED, "the superblock is unreadable: " + e.getMessage());
        }
        if (endOfFile > bytes.length) {
            return new Problem(ShardStatus.TRUNCATED, "the file is " + bytes.length
                    + " bytes but its superblock says " + endOfFile + ": cut short");
        }
        if (endOfFile < bytes.length) {
            return new Problem(ShardStatus.TRUNCATED, "the file is " + bytes.length
                    + " bytes but its superblock says " + endOfFile + ": overwritten or appended to after writing");
        }
        return null;
    }

    private static boolean hasSignature(byte[] bytes) {
        if (bytes.length < SIGNATURE.length) {
            return false;
        }
        for (int i = 0; i < SIGNATURE.length; i++) {
            if (bytes[i] != SIGNATURE[i]) {
                return false;
            }
        }
        return true;
    }
}
