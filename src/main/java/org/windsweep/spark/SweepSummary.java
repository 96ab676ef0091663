package org.windsweep.spark;
import org.windsweep.run.RunMetadataFile;
import org.windsweep.run.RunMetadata;
import org.windsweep.run.PartitionReport;
import org.windsweep.run.OpenRun;
import org.windsweep.run.MergeService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.windsweep.store.MergeReport;

import java.io.IOException;
import java.time.Instant;

/**
 * How a run or rerun ended: what the Spark job computed, and the merge that followed (null with --no-merge).
 *
 * @param jobFailure why the Spark job failed, or null when every task committed its shard
 */
public record SweepSummary(String runLocation, int configsComputed, int configsFailedInJob, String jobFailure,
                           MergeReport merge) {

    private static final Logger LOG = LoggerFactory.getLogger(SweepSummary.class);

    /**
     * Whether every config of the sweep has a result: the job did not fail and, after the merge, none is failed or
     * missing (without a merge: none failed in this job).
     */
    public boolean complete() {
        if (jobFailure != null) {
            return false;
        }
        return merge == null ? configsFailedInJob == 0 : merge.manifest().totals().complete();
    }

    /** Records the command in run.json's history, merges unless told not to, and logs the outcome. */
    static SweepSummary finish(OpenRun run, String command, String master, Instant started, int configsWanted,
                               SweepJob.Outcome outcome, RunService.Options options, boolean hotStart)
            throws IOException {
        int failed = outcome.reports().stream().mapToInt(PartitionReport::configsFailed).sum();
        int computed = outcome.reports().stream().mapToInt(r -> r.configsOk() + r.configsFailed()).sum();
        RunMetadata metadata = run.metadata().withHistory(new RunMetadata.HistoryEntry(command, master,
                started.toString(), Instant.now().toString(), computed, failed));
        RunMetadataFile.write(run.directory(), metadata);
        MergeReport report = null;
        if (options.merge()) {
            report = MergeService.merge(new OpenRun(run.directory(), metadata, run.spec(), run.assignment()), hotStart,
                    options.progressInterval());
            LOG.info("merge: {}", report.summary());
        }
        SweepSummary summary = new SweepSummary(run.directory().toString(), computed, failed, outcome.failure(), report);
        if (computed < configsWanted && outcome.failure() == null) {
            LOG.warn("{} of {} configs were computed", computed, configsWanted);
        }
        return summary;
    }
}
