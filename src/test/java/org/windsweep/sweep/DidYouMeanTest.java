package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Suggestions for misspelt keys: close typos get one, unrelated words none. */
class DidYouMeanTest {

    private static final List<String> KEYS = List.of("seeds", "smart_start", "spacing_d", "n_turbines", "wake_model");

    @Test
    void aDroppedDoubledOrSwappedLetterFindsTheKey() {
        assertEquals(Optional.of("seeds"), DidYouMean.closest("seed", KEYS));
        assertEquals(Optional.of("smart_start"), DidYouMean.closest("smartstart", KEYS));
        assertEquals(Optional.of("spacing_d"), DidYouMean.closest("spcaing_d", KEYS));
        assertEquals(Optional.of("n_turbines"), DidYouMean.closest("N_Turbines", KEYS), "case is ignored");
    }

    @Test
    void anUnrelatedWordGetsNoGuess() {
        assertEquals(Optional.empty(), DidYouMean.closest("turbulence", KEYS));
        assertEquals(Optional.empty(), DidYouMean.closest("model", KEYS));
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertEquals(0, DidYouMean.editDistance("abc", "abc"));
        assertEquals(1, DidYouMean.editDistance("abc", "abxc"));
        assertEquals(2, DidYouMean.editDistance("acb", "abc"));
        assertEquals(3, DidYouMean.editDistance("", "abc"));
    }
}
