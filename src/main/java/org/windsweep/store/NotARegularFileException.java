package org.windsweep.store;

import java.io.IOException;

/**
 * Something other than a regular file where a file is expected: a directory, or a FIFO, device or socket, which
 * is never opened because a read of it may never end.
 */
public final class NotARegularFileException extends IOException {

    public NotARegularFileException(String message) {
        super(message);
    }
}
