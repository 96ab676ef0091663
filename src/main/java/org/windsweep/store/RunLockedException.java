package org.windsweep.store;

import org.windsweep.InvalidInputException;

/** Another live command holds the run directory's lock: the CLI prints the one line naming it and exits with 2. */
public final class RunLockedException extends InvalidInputException {
    public RunLockedException(String message) {
        super(message);
    }
}
