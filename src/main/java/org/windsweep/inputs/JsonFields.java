package org.windsweep.inputs;

import com.fasterxml.jackson.databind.JsonNode;
import org.windsweep.InvalidInputException;

/** Typed access to the fields of a parsed JSON file, failing with one line that names the file, the field and the fix. */
final class JsonFields {

    private final String file;

    JsonFields(String file) {
        this.file = file;
    }

    JsonNode object(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isObject()) {
            throw error(path + name, node == null ? "is missing" : "is not an object", "give it as a JSON object");
        }
        return node;
    }

    JsonNode optionalObject(JsonNode parent, String name) {
        JsonNode node = parent.get(name);
        return node != null && node.isObject() ? node : null;
    }

    String text(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isTextual() || node.asText().isBlank()) {
            throw error(path + name, node == null ? "is missing" : "is not a non-empty string", "give it as a string");
        }
        return node.asText();
    }

    double number(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isNumber()) {
            throw error(path + name, node == null ? "is missing" : "is not a number (found " + node + ")", "give a number");
        }
        return node.asDouble();
    }

    double[] numbers(JsonNode parent, String path, String name) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray() || node.isEmpty()) {
            throw error(path + name, node == null ? "is missing" : "is not a non-empty array", "give a list of numbers");
        }
        double[] values = new double[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode item = node.get(i);
            if (!item.isNumber()) {
                throw error(path + name + "[" + i + "]", "is not a number (found " + item + ")", "give a list of numbers");
            }
            values[i] = item.asDouble();
        }
        return values;
    }

    double[][] matrix(JsonNode parent, String path, String name, int rows, int columns) {
        JsonNode node = parent.get(name);
        if (node == null || !node.isArray() || node.size() != rows) {
            throw error(path + name, node == null ? "is missing" : "does not have " + rows + " rows",
                    "give a " + rows + " x " + columns + " array of numbers");
        }
        double[][] values = new double[rows][];
        for (int r = 0; r < rows; r++) {
            JsonNode row = node.get(r);
            if (!row.isArray() || row.size() != columns) {
                throw error(path + name + "[" + r + "]", "does not have " + columns + " values",
                        "give a " + rows + " x " + columns + " array of numbers");
            }
            values[r] = new double[columns];
            for (int c = 0; c < columns; c++) {
                if (!row.get(c).isNumber()) {
                    throw error(path + name + "[" + r + "][" + c + "]", "is not a number", "give a number");
                }
                values[r][c] = row.get(c).asDouble();
            }
        }
        return values;
    }

    /** A value the file's fields make up (a site, a layout) was refused: the same message, naming the file. */
    InvalidInputException inFile(InvalidInputException e) {
        return new InvalidInputException(file + ": " + e.getMessage(), e);
    }

    InvalidInputException error(String field, String problem, String fix) {
        return new InvalidInputException(file + ": field '" + field + "' " + problem + "; " + fix);
    }
}
