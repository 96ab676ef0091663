package org.windsweep;

import java.util.Locale;

/**
 * The rule for the names a user gives (a sweep, a farm, a turbine, an AEP case) that windsweep prints in tables and
 * messages and stores in HDF5 attributes: printable, and short enough for a line and a file name. A control character
 * (NUL, ESC, a line break) was printed raw, where it rewrote the terminal or split the line.
 */
public final class UserNames {

    /** The longest name in characters: one that still fits a table's line and a message. */
    public static final int MAX_LENGTH = 200;

    private UserNames() {
    }

    /** @param what the name's role in the message, such as {@code "turbine name"} */
    public static void requirePrintable(String what, String name) {
        if (name.length() > MAX_LENGTH) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s has %d characters, more than %d; give a "
                    + "shorter name", what, name.length(), MAX_LENGTH));
        }
        for (int i = 0; i < name.length(); i++) {
            if (Character.isISOControl(name.charAt(i))) {
                throw new InvalidInputException(String.format(Locale.ROOT, "%s has the control character U+%04X at "
                        + "position %d; give a name of printable characters", what, (int) name.charAt(i), i));
            }
        }
    }
}
