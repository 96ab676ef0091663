package org.windsweep.inputs;

import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.windsweep.InvalidInputException;

/**
 * A user's YAML file loaded as maps and lists, with lookups by key path that fail with one line naming the file,
 * the path and the fix.
 */
final class YamlTree {

    private final String file;
    private final Map<?, ?> root;

    private YamlTree(String file, Map<?, ?> root) {
        this.file = file;
        this.root = root;
    }

    /** @param what what the file should be, for the message when it is not a YAML mapping */
    static YamlTree parse(String yaml, String file, String what) {
        Object document;
        try {
            // duplicate keys keep the last value, as PyYAML does: the published IEA37 wind roses repeat 'units'
            document = new Load(LoadSettings.builder().setLabel(file).setAllowDuplicateKeys(true).build())
                    .loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new InvalidInputException(file + ": not valid YAML (" + e.getMessage().replace('\n', ' ')
                    + "); fix the syntax");
        } catch (StackOverflowError e) {
            // The YAML library builds collections recursively, so thousands of nested brackets exhaust the stack.
            throw new InvalidInputException(file + ": collections nested thousands of levels deep; fix the brackets "
                    + "or indentation");
        }
        if (!(document instanceof Map<?, ?> map)) {
            throw new InvalidInputException(file + ": expected a YAML mapping: " + what);
        }
        return new YamlTree(file, map);
    }

    Map<?, ?> root() {
        return root;
    }

    String file() {
        return file;
    }

    boolean has(String path) {
        return find(path) != null;
    }

    /** The mapping at a dotted key path such as {@code definitions.wind_inflow}. */
    Map<?, ?> map(String path) {
        if (!(require(path) instanceof Map<?, ?> map)) {
            throw error(path, "is not a mapping", "give it as a YAML mapping");
        }
        return map;
    }

    double number(String path, String what) {
        if (!(require(path) instanceof Number number)) {
            throw error(path, "is not a number", "give " + what);
        }
        return number.doubleValue();
    }

    double[] numbers(String path, String what) {
        return numbers(require(path), path, what);
    }

    /** A list of equally long lists of numbers. */
    double[][] matrix(String path, String what) {
        return matrix(require(path), path, what);
    }

    double[][] matrix(Object value, String path, String what) {
        if (!(value instanceof List<?> rows) || rows.isEmpty()) {
            throw error(path, "is not a non-empty list of lists", "give " + what);
        }
        double[][] out = new double[rows.size()][];
        for (int i = 0; i < out.length; i++) {
            out[i] = numbers(rows.get(i), path + "[" + i + "]", what);
            if (out[i].length != out[0].length) {
                throw error(path + "[" + i + "]", "has " + out[i].length + " values, the first row "
                        + out[0].length, "give " + what);
            }
        }
        return out;
    }

    double[] numbers(Object value, String path, String what) {
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw error(path, value == null ? "is missing" : "is not a non-empty list", "give " + what);
        }
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            if (!(list.get(i) instanceof Number number) || !Double.isFinite(number.doubleValue())) {
                throw error(path + "[" + i + "]", "is not a finite number (found '" + list.get(i) + "')",
                        "give " + what);
            }
            values[i] = number.doubleValue();
        }
        return values;
    }

    InvalidInputException error(String path, String problem, String fix) {
        return new InvalidInputException(file + ": '" + path + "' " + problem + "; " + fix);
    }

    private Object require(String path) {
        Object value = find(path);
        if (value == null) {
            throw error(path, "is missing", "this file's layout needs it");
        }
        return value;
    }

    private Object find(String path) {
        Object node = root;
        for (String key : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> map)) {
                return null;
            }
            node = map.get(key);
        }
        return node;
    }
}
