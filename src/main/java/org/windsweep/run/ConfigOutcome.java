package org.windsweep.run;

import org.windsweep.store.StoredFailure;
import org.windsweep.store.StoredResult;

/** What running one config gave: its result, or its failure with the reason. */
public sealed interface ConfigOutcome {

    record Computed(StoredResult result) implements ConfigOutcome {
    }

    record Failed(StoredFailure failure) implements ConfigOutcome {
    }
}
