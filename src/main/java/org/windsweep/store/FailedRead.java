package org.windsweep.store;

import java.time.Duration;

/**
 * How a full read of a shard or results file that did not end normally is classed: the one rule for
 * {@link ShardValidator} and {@link FileValidator}. A read that overran its time limit, ran out of memory or was
 * interrupted says more about this machine than about the file (a corrupt structure can loop, but so can an
 * overloaded driver): UNREADABLE, judged again next time. Any other failure of the parser is the file's: TRUNCATED.
 */
final class FailedRead {

    private FailedRead() {
    }

    /** The read did not finish within limit. */
    static FileIntegrity.Problem timedOut(Duration limit) {
        return new FileIntegrity.Problem(ShardStatus.UNREADABLE,
                "could not be validated: reading did not finish within " + limit.toSeconds() + " s");
    }

    /** The read ended by throwing cause. */
    static FileIntegrity.Problem threw(Throwable cause) {
        if (cause instanceof VirtualMachineError || cause instanceof InterruptedException) {
            return new FileIntegrity.Problem(ShardStatus.UNREADABLE,
                    "could not be validated: " + cause.getClass().getSimpleName() + " while reading");
        }
        return new FileIntegrity.Problem(ShardStatus.TRUNCATED,
                "the file's structure is unreadable: " + cause.getClass().getSimpleName() + ": " + cause.getMessage());
    }
}
