package org.windsweep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.windsweep.testing.DefaultLocale;

/** Shard file names are the same on every machine: a rerun, a merge or an executor elsewhere must find them by name. */
class ShardNameTest {

    @Test
    void namesUseAsciiDigitsWhateverTheDefaultLocale() {
        for (var locale : new java.util.Locale[] {DefaultLocale.ARABIC, DefaultLocale.GERMAN}) {
            ShardName rerun = new ShardName(42, 3);
            String base = DefaultLocale.with(locale, () -> ShardName.base(42).fileName());
            String supplementary = DefaultLocale.with(locale, rerun::fileName);
            assertEquals("part-00042.h5", base, locale.toString());
            assertEquals("part-00042.r3.h5", supplementary, locale.toString());
            assertEquals(Optional.of(rerun), ShardName.parse(supplementary), locale.toString());
        }
    }
}
