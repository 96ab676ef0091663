package org.windsweep.store;

import java.io.Serializable;
import java.util.Optional;

/**
 * The caller's content check for one result, for what only the sweep spec knows: a turbine outside its farm's
 * boundary, two turbines closer than the minimum spacing. The store checks NaN/Inf and shapes itself.
 */
@FunctionalInterface
public interface ResultCheck extends Serializable {
    /** A check that accepts every result. */
    ResultCheck NONE = result -> Optional.empty();

    /** Empty when the result is acceptable, otherwise a one-line description of what is wrong. */
    Optional<String> violation(StoredResult result);
}
