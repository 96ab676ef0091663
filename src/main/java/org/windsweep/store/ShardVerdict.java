package org.windsweep.store;

import java.io.Serializable;

/**
 * The outcome of validating one shard file.
 *
 * @param reason   one human-readable line
 * @param contents what the shard holds when it is trusted (OK or PARTIAL), otherwise null
 */
public record ShardVerdict(ShardName name, ShardStatus status, String reason, ShardContents contents)
        implements Serializable {
    private static final int MAX_REASON_LENGTH = 400;

    public ShardVerdict {
        reason = oneLine(reason);
        if (status.isTrusted() != (contents != null)) {
            throw new IllegalArgumentException("contents are given exactly for trusted shards");
        }
    }

    static ShardVerdict untrusted(ShardName name, ShardStatus status, String reason) {
        return new ShardVerdict(name, status, reason, null);
    }

    /** Validation could not finish for reasons of this machine rather than of the file (see UNREADABLE). */
    static ShardVerdict unreadable(ShardName name, String reason) {
        return new ShardVerdict(name, ShardStatus.UNREADABLE, reason, null);
    }

    public boolean isTrusted() {
        return status.isTrusted();
    }

    /**
     * False when the file was not judged (UNREADABLE): not trusted this time, but neither condemned to quarantine.
     */
    public boolean conclusive() {
        return status != ShardStatus.UNREADABLE;
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
