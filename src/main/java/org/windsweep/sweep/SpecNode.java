package org.windsweep.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.windsweep.InvalidInputException;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * One value of the spec's YAML tree together with its key path, read through typed accessors that fail with a
 * one-line error naming the path, the line, what was found and what was expected. The YAML is composed to nodes
 * (not loaded to Java objects) precisely to keep those line numbers.
 */
final class SpecNode {

    /** The tags of YAML's core schema, which are all a spec may use. */
    private static final Set<Tag> CORE_TAGS = Set.of(Tag.STR, Tag.INT, Tag.FLOAT, Tag.BOOL, Tag.NULL, Tag.SEQ, Tag.MAP);

    private final Node node;
    private final SpecLocation location;

    private SpecNode(Node node, SpecLocation location) {
        this.node = node;
        this.location = location;
    }

    /** The document's root; a YAML syntax error becomes an error at its line. */
    static SpecNode parseDocument(String yamlText, String sourceName) {
        // The core schema reads numbers as people write them (".5", "+1", "1e3"), not only the JSON forms.
        LoadSettings settings = LoadSettings.builder().setLabel(sourceName).setSchema(new CoreSchema()).build();
        Node root;
        try {
            root = new Compose(settings).composeString(yamlText)
                    .orElseThrow(() -> new SpecLocation(sourceName, "", 1).error("the spec is empty; expected a mapping with at least name, farms, turbines, site and n_turbines"));
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().or(e::getContextMark).map(mark -> mark.getLine() + 1).orElse(1);
            throw new SpecLocation(sourceName, "", line).error("not valid YAML: " + e.getProblem() + "; fix the YAML syntax", e);
        } catch (YamlEngineException e) {
            throw new SpecLocation(sourceName, "", 1).error("not valid YAML: " + e.getMessage(), e);
        } catch (StackOverflowError e) {
            // The YAML library composes recursively: thousands of nested levels exhaust the stack before our check.
            throw tooDeep(sourceName, 1);
        }
        nestingBelow(root, 0, sourceName, new IdentityHashMap<>());
        return new SpecNode(root, new SpecLocation(sourceName, "", lineOf(root)));
    }

    /**
     * How many levels of collections lie below {@code node}, refusing more than {@link SpecLimits#MAX_NESTING} (and
     * so also aliases that contain themselves). Each node is measured once, however many aliases share it.
     */
    private static int nestingBelow(Node node, int depth, String sourceName, Map<Node, Integer> measured) {
        if (depth > SpecLimits.MAX_NESTING) {
            throw tooDeep(sourceName, lineOf(node));
        }
        Integer known = measured.get(node);
        if (known != null) {
            return known;
        }
        if (!CORE_TAGS.contains(node.getTag())) {
            // Tags such as !!python/object mean nothing to a spec; quietly reading the plain value would hide that.
            throw new SpecLocation(sourceName, "", lineOf(node)).error("the YAML tag " + node.getTag().getValue()
                    + " has no meaning in a spec; remove it");
        }
        List<Node> children = new ArrayList<>();
        if (node instanceof MappingNode mapping) {
            mapping.getValue().forEach(tuple -> {
                children.add(tuple.getKeyNode());
                children.add(tuple.getValueNode());
            });
        } else if (node instanceof SequenceNode sequence) {
            children.addAll(sequence.getValue());
        }
        int below = 0;
        for (Node child : children) {
            below = Math.max(below, 1 + nestingBelow(child, depth + 1, sourceName, measured));
        }
        measured.put(node, below);
        return below;
    }

    private static InvalidInputException tooDeep(String sourceName, int line) {
        return new SpecLocation(sourceName, "", line).error("collections nested more than " + SpecLimits.MAX_NESTING
                + " levels deep; a spec needs 6 (farms[i].boundary.polygon[j][k]): fix the brackets or indentation");
    }

    SpecLocation location() {
        return location;
    }

    String path() {
        return location.path();
    }

    boolean isMapping() {
        return node instanceof MappingNode;
    }

    boolean isSequence() {
        return node instanceof SequenceNode;
    }

    /**
     * This node as a mapping whose keys must all be among {@code allowedKeys}; an unknown key (a typo, usually)
     * is an error that suggests the closest allowed key.
     */
    SpecMap asMap(List<String> allowedKeys, String expected) {
        if (!(node instanceof MappingNode mapping)) {
            throw error("expected " + expected);
        }
        Map<String, SpecNode> entries = new LinkedHashMap<>();
        for (NodeTuple tuple : mapping.getValue()) {
            Node keyNode = tuple.getKeyNode();
            int keyLine = lineOf(keyNode);
            if (!(keyNode instanceof ScalarNode scalarKey)) {
                throw at(keyLine, path()).error("a key is " + describe(keyNode) + "; expected a plain name such as " + allowedKeys.get(0));
            }
            String key = scalarKey.getValue();
            String childPath = path().isEmpty() ? key : path() + "." + key;
            if (!allowedKeys.contains(key)) {
                String hint = DidYouMean.closest(key, allowedKeys).map(k -> "did you mean '" + k + "'? ").orElse("");
                throw at(keyLine, childPath).error("unknown key '" + key + "'; " + hint + "allowed here: " + String.join(", ", allowedKeys));
            }
            SpecNode previous = entries.get(key);
            if (previous != null) {
                throw at(keyLine, childPath).error("key '" + key + "' appears twice (first on line " + previous.location.line() + "); keep one");
            }
            entries.put(key, new SpecNode(tuple.getValueNode(), at(keyLine, childPath)));
        }
        return new SpecMap(location, entries);
    }

    /** This node as a list of at least {@code minItems} items; item i has the path {@code path[i]}. */
    List<SpecNode> asList(int minItems, String expected) {
        if (!(node instanceof SequenceNode sequence)) {
            throw error("expected " + expected);
        }
        List<Node> items = sequence.getValue();
        if (items.size() < minItems) {
            throw error("expected " + expected + " with at least " + minItems + (minItems == 1 ? " item" : " items"));
        }
        List<SpecNode> result = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            Node item = items.get(i);
            result.add(new SpecNode(item, at(lineOf(item), path() + "[" + i + "]")));
        }
        return result;
    }

    String asText(String expected) {
        if (node instanceof ScalarNode scalar && !scalar.getTag().equals(Tag.NULL) && !scalar.getValue().isBlank()) {
            return scalar.getValue();
        }
        throw error("expected " + expected);
    }

    /** true or false (YAML 1.2's spellings). */
    boolean asBoolean(String expected) {
        if (node instanceof ScalarNode scalar && (scalar.getValue().equals("true") || scalar.getValue().equals("false"))) {
            return scalar.getValue().equals("true");
        }
        throw error("expected " + expected);
    }

    /** A finite number; YAML's .inf and .nan are refused because no spec value can use them. */
    double asNumber(String expected) {
        return asDecimal(expected).doubleValue();
    }

    long asWholeNumber(String expected) {
        BigDecimal value = asDecimal(expected);
        try {
            return value.longValueExact();
        } catch (ArithmeticException notWhole) {
            throw error("expected " + expected + " (a whole number)");
        }
    }

    int asInt(String expected) {
        long value = asWholeNumber(expected);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error("expected " + expected + " (too large)");
        }
        return (int) value;
    }

    /** A list of at least {@code minItems} finite numbers. */
    List<Double> asNumberList(int minItems, String expected) {
        List<Double> values = new ArrayList<>();
        for (SpecNode item : asList(minItems, expected)) {
            values.add(item.asNumber("a number, as an item of " + expected));
        }
        return List.copyOf(values);
    }

    /** Either one number or a list of them; one number reads as a list of one. */
    List<Double> asNumberOrList(String expected) {
        return isSequence() ? asNumberList(1, expected) : List.of(asNumber(expected));
    }

    /** An error at this node: "found X; " + the problem, where X describes what the spec holds here. */
    InvalidInputException error(String problem) {
        return location.error("found " + describe(node) + "; " + problem);
    }

    private BigDecimal asDecimal(String expected) {
        if (node instanceof ScalarNode scalar && (scalar.getTag().equals(Tag.INT) || scalar.getTag().equals(Tag.FLOAT))) {
            try {
                return new BigDecimal(scalar.getValue());
            } catch (NumberFormatException notDecimal) {
                // .inf, .nan and hexadecimal or octal integers: fall through to the error below.
            }
        }
        throw error("expected " + expected);
    }

    private SpecLocation at(int line, String path) {
        return new SpecLocation(location.source(), path, line);
    }

    private static int lineOf(Node node) {
        return node.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }

    private static String describe(Node node) {
        if (node instanceof MappingNode mapping) {
            return "a mapping with keys " + mapping.getValue().stream()
                    .map(t -> t.getKeyNode() instanceof ScalarNode s ? s.getValue() : "?").toList();
        }
        if (node instanceof SequenceNode sequence) {
            int n = sequence.getValue().size();
            return "a list of " + n + (n == 1 ? " item" : " items");
        }
        ScalarNode scalar = (ScalarNode) node;
        if (scalar.getTag().equals(Tag.NULL) || scalar.getValue().isBlank()) {
            return "nothing";
        }
        String value = scalar.getValue();
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "..." : value) + "'";
    }
}
