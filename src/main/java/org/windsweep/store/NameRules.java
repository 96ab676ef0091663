package org.windsweep.store;

/**
 * Which names may become HDF5 group and attribute names. jhdf 0.13.0 silently corrupts a file when a name contains
 * '/' and silently replaces an object when a name repeats, so every name is checked before anything is written.
 */
final class NameRules {
    private static final int MAX_NAME_LENGTH = 255;

    private NameRules() {
    }

    /** A config key becomes a root group name: it must not clash with "_failed" or "index". */
    static String requireConfigKey(String key) {
        requirePlainName("config key", key);
        if (key.startsWith("_") || key.equals(H5Names.INDEX_GROUP)) {
            throw new IllegalArgumentException("config key '" + key + "' is reserved (names starting with '_' and '"
                    + H5Names.INDEX_GROUP + "' are used by the file layout)");
        }
        return key;
    }

    static String requirePlainName(String what, String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException(what + " must not be empty");
        }
        if (name.length() > MAX_NAME_LENGTH || name.equals(".") || name.indexOf('/') >= 0 || name.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " '" + name
                    + "' is not a valid HDF5 name (no '/', no NUL, not '.', at most " + MAX_NAME_LENGTH + " characters)");
        }
        return name;
    }

    /** HDF5 fixed-length strings end at the first NUL, so a string with one would not read back the same. */
    static String requireStoredString(String what, String value) {
        if (value == null || value.indexOf('\0') >= 0) {
            throw new IllegalArgumentException(what + " must be a string without NUL characters");
        }
        return value;
    }
}
