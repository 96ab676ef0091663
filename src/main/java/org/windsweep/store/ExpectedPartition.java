package org.windsweep.store;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;

/** A partition the run assigns configs to, with the keys of those configs (from the partition assignment rule). */
public record ExpectedPartition(int id, List<String> keys) implements Serializable {
    public ExpectedPartition {
        keys = List.copyOf(keys);
        if (new HashSet<>(keys).size() != keys.size()) {
            throw new IllegalArgumentException("partition " + id + " lists a key twice");
        }
    }
}
