package org.windsweep;

/**
 * Bad user input (spec, case file, site file, turbine file, shard): the message names what is wrong
 * and how to fix it, in one line. The CLI prints it and exits with code 2; every layer may throw it.
 */
public class InvalidInputException extends RuntimeException {

    public InvalidInputException(String message) {
        super(message);
    }

    public InvalidInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
