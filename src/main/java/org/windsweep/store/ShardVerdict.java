package org.windsweep.store;

import java.io.Serializable;

/**
 * The outcome of validating one shard file.
 *
 * @param reason     one human-readable line
 * @param contents   what the shard holds when it is trusted (OK or PARTIAL), otherwise null
 * @param conclusive false when validation could not finish for reasons of this machine rather than of the file (a
 *                   time limit on an overloaded driver, memory, an interrupt): the file is not trusted this time, but
 *                   neither condemned to quarantine
 */
public record ShardVerdict(ShardName name, ShardStatus status, String reason, ShardContents contents,
                           boolean conclusive) implements Serializable {
    private static final int MAX_REASON_LENGTH = 400;

    public ShardVerdict(ShardName name, ShardStatus status, String reason, ShardContents contents) {
        this(name, status, reason, contents, true);
    }

    public ShardVerdict {
        reason = oneLine(reason);
        if (status.isTrusted() != (contents != null)) {
            throw new IllegalArgumentException("contents are given exactly for trusted shards");
        }
    }

    static ShardVerdict untrusted(ShardName name, ShardStatus status, String reason) {
        return new ShardVerdict(name, status, reason, null);
    }

    static ShardVerdict inconclusive(ShardName name, String reason) {
        return new ShardVerdict(name, ShardStatus.TRUNCATED, "could not be validated: " + reason, null, false);
    }

    public boolean isTrusted() {
        return status.isTrusted();
    }

    /** "part-00003.h5: TRUNCATED: ..." for logs and the driver's progress output. */
    public String describe() {
        return name.fileName() + ": " + status + ": " + reason;
    }

    private static String oneLine(String text) {
        String line = (text == null ? "" : text).replaceAll("\\s+", " ").strip();
        return line.length() <= MAX_REASON_LENGTH ? line : line.substring(0, MAX_REASON_LENGTH - 3) + "...";
    }
}
