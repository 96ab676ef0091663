package org.windsweep.cli;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.windsweep.InvalidInputException;
import org.windsweep.UserFiles;

/**
 * PyWake's times for rows of {@code bench aep}, measured by {@code bench/pywake_times.py} on the machine at hand
 * ({@code bench aep --pywake-times FILE}): a speed ratio is only meaningful between two programs timed on one machine
 * at one time, and the stored figures were measured elsewhere. The file:
 * <pre>
 *   {"pywake_version": "2.6.20", "rows": [{"case": "hr1_V80_16", "model": "Nygaard_2022", "aep_ms": 487.4,
 *     "aep_grad_ms": 1796.6, "aep_gwh": 129.2}, ...]}
 * </pre>
 * aep_grad_ms may be null (not measured); aep_gwh, PyWake's AEP, is not read: it is there for a reader to compare.
 */
final class PyWakeTimes {

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
        String what = "a PyWake times file (written by bench/pywake_times.py)";
        String text = UserFiles.readText(file, what);
        JsonNode root;
        try {
            root = new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(file + " is not " + what + ": " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(file + " is not " + what + ": expected a JSON object with pywake_version and rows");
        }
        JsonNode version = root.get("pywake_version");
        if (version == null || !version.isTextual() || version.asText().isBlank()) {
            throw new InvalidInputException(file + ": pywake_version must name the PyWake version timed, e.g. \"2.6.20\"");
        }
        JsonNode rows = root.get("rows");
        if (rows == null || !rows.isArray() || rows.isEmpty()) {
            throw new InvalidInputException(file + ": rows must be a non-empty list of {case, model, aep_ms, aep_grad_ms}");
        }
        Map<String, Times> byRow = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String where = file + ": rows[" + i + "]";
            JsonNode row = rows.get(i);
            String caseName = text(row, "case", where);
            String model = text(row, "model", where);
            String key = key(caseName, model);
            if (!knownRows.contains(key)) {
                throw new InvalidInputException(where + " is " + caseName + " with " + model
                        + ", which bench aep does not time; its rows are listed by 'windsweep bench aep --help'");
            }
            Times times = new Times(milliseconds(row, "aep_ms", where), row.path("aep_grad_ms").isNull()
                    || row.path("aep_grad_ms").isMissingNode() ? null : milliseconds(row, "aep_grad_ms", where));
            if (byRow.put(key, times) != null) {
                throw new InvalidInputException(where + " repeats " + caseName + " with " + model + "; keep one row for it");
            }
        }
        return new PyWakeTimes(version.asText(), byRow);
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
        if (value == null || !value.isNumber() || !(value.asDouble() > 0) || Double.isInfinite(value.asDouble())) {
            throw new InvalidInputException(where + "." + field + " must be a time in ms > 0, got " + value);
        }
        return value.asDouble();
    }
}
