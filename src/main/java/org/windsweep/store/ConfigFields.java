package org.windsweep.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A config's fields as they are stored: snake_case attribute names mapped to Integer, Long, Double, String or
 * Boolean values (the types that read back from HDF5 as exactly what was written).
 */
final class ConfigFields {
    private ConfigFields() {
    }

    /** An unmodifiable, order-keeping, serializable copy, after checking every name and value. */
    static Map<String, Object> copyOf(Map<String, Object> fields, Set<String> reservedNames) {
        if (fields == null) {
            throw new IllegalArgumentException("config fields must not be null");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            String name = NameRules.requirePlainName("config field name", field.getKey());
            if (reservedNames.contains(name)) {
                throw new IllegalArgumentException("config field '" + name + "' clashes with an attribute of the layout");
            }
            copy.put(name, requireStorable(name, field.getValue()));
        }
        return Collections.unmodifiableMap(copy);
    }

    private static Object requireStorable(String name, Object value) {
        if (value instanceof String text) {
            return NameRules.requireStoredString("config field '" + name + "'", text);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Double || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException("config field '" + name + "' has unsupported type "
                + (value == null ? "null" : value.getClass().getSimpleName())
                + "; use Integer, Long, Double, String or Boolean");
    }
}
