package org.windsweep.store;

import java.io.Serializable;
import java.util.Map;

/**
 * One config whose optimisation threw or was abandoned at its hard limit, recorded so that merge knows its fate.
 *
 * @param errorClass the exception's class name, e.g. {@code OptimizationCancelledException}
 * @param message    the reason; null becomes "" and NUL characters become U+FFFD (HDF5 strings end at NUL)
 * @param wallS      time spent before failing [s]
 */
public record StoredFailure(String key, Map<String, Object> configFields, String errorClass, String message,
                            double wallS) implements Serializable {

    public StoredFailure {
        NameRules.requireConfigKey(key);
        configFields = ConfigFields.copyOf(configFields, H5Names.FAILURE_ATTRIBUTES);
        NameRules.requireStoredString(key + ": error class", errorClass);
        message = message == null ? "" : message.replace('\0', '\uFFFD');
    }

    /** "errorClass: message", the one-line reason shown in the manifest. */
    public String reason() {
        return message.isEmpty() ? errorClass : errorClass + ": " + message;
    }
}
