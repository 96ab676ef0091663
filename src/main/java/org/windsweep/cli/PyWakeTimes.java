package org.windsweep.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.windsweep.InvalidInputException;
import org.windsweep.UserFiles;
import org.windsweep.UserNames;
import org.windsweep.inputs.JsonTree;

/**
 * PyWake's times for rows of {@code bench aep}, measured by {@code bench/pywake_times.py} on the machine at hand
 * ({@code bench aep --pywake-times FILE}): a speed ratio is only meaningful between two programs timed on one machine
 * at one time, and the stored figures were measured elsewhere. The file:
 * <pre>
 *   {"pywake_version": "2.6.20", "rows": [{"case": "hr1_V80_16", "model": "Nygaard_2022", "aep_ms": 487.4,
 *     "aep_grad_ms": 1796.6, "aep_gwh": 129.2}, ...]}
 * </pre>
 * aep_grad_ms may be null (not measured); aep_gwh, PyWake's AEP, is not read: it is there for a reader to compare.
 * The file is read as strictly as the inputs are ({@link JsonTree}: no repeated key, nothing after the document), and
 * a key the script does not write is refused.
 */
final class PyWakeTimes {

    private static final String WHAT = "a PyWake times file (written by bench/pywake_times.py)";
    /** The keys the script writes, of the file and of each row. */
    private static final List<String> FILE_KEYS = List.of("pywake_version", "rows");
    private static final List<String> ROW_KEYS = List.of("case", "model", "aep_ms", "aep_grad_ms", "aep_gwh");

    /** PyWake's warm times of one row [ms]; aepGradMs null where not measured. */
    record Times(double aepMs, Double aepGradMs) {
    }

    private final String version;
    private final Map<String, Times> byRow;

    private PyWakeTimes(String version, Map<String, Times> byRow) {
        this.version = version;
        this.byRow = byRow;
    }

    /** The PyWake version the file names. */
    String version() {
        return version;
    }

    /** The times of a row (bench case name and wake model), or null if the file has none for it. */
    Times of(String caseName, String model) {
        return byRow.get(key(caseName, model));
    }

    /**
     * Reads and checks the file; rows must name rows of bench aep (knownRows: keys as {@link #key}), each at most once.
     */
    static PyWakeTimes read(Path file, Set<String> knownRows) {
        String text = UserFiles.readText(file, WHAT);
        JsonNode root;
        try {
            root = JsonTree.read(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + " is not " + WHAT + ": not valid JSON (" + JsonTree.problem(e)
                    + "); write it again with the script");
        }
        if (!root.isObject()) {
            throw new InvalidInputException(file + " is not " + WHAT + ": expected a JSON object with pywake_version and rows");
        }
        String where = file.toString();
        requireOnly(root, FILE_KEYS, where);
        JsonNode version = root.get("pywake_version");
        if (version == null || !version.isTextual() || version.asText().isBlank()) {
            throw new InvalidInputException(where + ": pywake_version must name the PyWake version timed, e.g. \"2.6.20\"");
        }
        UserNames.requirePrintable(where + ": pywake_version", version.asText());
        JsonNode rows = root.get("rows");
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new InvalidInputException(where + ": rows must be a non-empty list of " + ROW_KEYS);
        }
        Map<String, Times> byRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String at = where + ": rows[" + i + "]";
            JsonNode row = rows.get(i);
            if (!row.isObject()) {
                throw new InvalidInputException(at + " must be an object with the keys " + ROW_KEYS + ", got " + row);
            }
            requireOnly(row, ROW_KEYS, at);
            String caseName = text(row, "case", at);
            String model = text(row, "model", at);
            String key = key(caseName, model);
            if (!knownRows.contains(key)) {
                throw new InvalidInputException(at + " is " + caseName + " with " + model + ", which bench aep does not"
                        + " time; its rows are " + String.join(", ", new TreeSet<>(knownRows)));
            }
            JsonNode gradient = row.path("aep_grad_ms");
            Times times = new Times(milliseconds(row, "aep_ms", at),
                    gradient.isNull() || gradient.isMissingNode() ? null : milliseconds(row, "aep_grad_ms", at));
            if (byRow.put(key, times) != null) {
                throw new InvalidInputException(at + " repeats " + caseName + " with " + model + "; keep one row for it");
            }
        }
        return new PyWakeTimes(version.asText(), byRow);
    }

    /** Refuses a key the script does not write (a misspelt aep_grad_ms would otherwise leave its figure out unseen). */
    private static void requireOnly(JsonNode object, List<String> keys, String where) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                throw new InvalidInputException(where + " has the key \"" + name + "\", which is not one of " + keys
                        + "; remove or correct it");
            }
        }
    }

    /** A row's key: bench case name and wake model. */
    static String key(String caseName, String model) {
        return caseName + " " + model;
    }

    private static String text(JsonNode row, String field, String where) {
        JsonNode value = row.get(field);
        if (value == null || !value.isTextual()) {
            throw new InvalidInputException(where + "." + field + " must be a string (a bench aep " + field + " name)");
        }
        return value.asText();
    }

    private static double milliseconds(JsonNode row, String field, String where) {
        JsonNode value = row.get(field);
        if (value == null || !value.isNumber() || !(value.asDouble() > 0 && Double.isFinite(value.asDouble()))) {
            throw new InvalidInputException(where + "." + field + " must be a finite time in ms > 0, got "
                    + (value != null && value.isNumber() ? value.asDouble() : value));
        }
        return value.asDouble();
    }
}
