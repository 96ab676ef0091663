package org.windsweep.store;

import java.util.List;
import java.util.Locale;

/**
 * What a merge did, for the driver's log and the CLI.
 *
 * @param manifest              the manifest it published (per-partition status, totals, quarantined files)
 * @param shardsRead            shard files validated, base shards counted even when missing
 * @param previousResultsRead   results found in the previous results.h5 (0 without hot start)
 * @param duplicates            keys found with different results in two files, and which one was kept
 * @param notes                 anything else worth a line: unexpected shard files, an unreadable results.h5
 * @param elapsedMillis         wall time of the whole merge
 */
public record MergeReport(Manifest manifest, int shardsRead, int previousResultsRead, List<String> duplicates,
                          List<String> notes, long elapsedMillis) {

    /** One line: "3000 of 3000 configs ok, 0 failed, 0 missing; 64 shards, 0 quarantined; 2.1 s". */
    public String summary() {
        Manifest.Totals t = manifest.totals();
        return t.configsOk() + " of " + t.configsExpected() + " configs ok, " + t.configsFailed() + " failed, "
                + t.configsMissing() + " missing; " + shardsRead + " shards, " + manifest.quarantined().size()
                + " quarantined; " + String.format(Locale.ROOT, "%.1f s", elapsedMillis / 1000.0);
    }
}
