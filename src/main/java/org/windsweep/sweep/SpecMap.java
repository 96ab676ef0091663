package org.windsweep.sweep;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The entries of a spec mapping whose keys were checked against the allowed ones; see {@link SpecNode#asMap}. */
final class SpecMap {

    private final SpecLocation location;
    private final Map<String, SpecNode> entries;

    SpecMap(SpecLocation location, Map<String, SpecNode> entries) {
        this.location = location;
        this.entries = Map.copyOf(entries);
    }

    SpecLocation location() {
        return location;
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    Optional<SpecNode> optional(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    SpecNode required(String key, String expected) {
        SpecNode value = entries.get(key);
        if (value == null) {
            throw location.child(key).error("missing; expected " + expected);
        }
        return value;
    }

    /** The one key of {@code alternatives} that this mapping has (such as circle or polygon); none or two is an error. */
    String exactlyOneOf(List<String> alternatives) {
        List<String> present = alternatives.stream().filter(entries::containsKey).toList();
        if (present.size() != 1) {
            String found = present.isEmpty() ? "none of them" : String.join(" and ", present);
            throw location.error("found " + found + "; expected exactly one of " + String.join(", ", alternatives));
        }
        return present.get(0);
    }
}
