package org.windsweep.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;

/**
 * Classifies a shard or results file on its own, without the run it came from (windsweep validate FILE): the
 * integrity, layout, checksum and NaN/Inf checks of {@link ShardValidator}, and for a shard, completeness against
 * the keys it records itself. A shard inside a run directory is better validated against the run's expectation.
 */
public final class FileValidator {

    /** How a file fares: a results file and a shard share the classes of {@link ShardStatus}. */
    public record Verdict(String kind, ShardStatus status, String reason) {
    }

    private final ResultCheck check;
    private final Duration timeLimit;

    public FileValidator(ResultCheck check, Duration timeLimit) {
        this.check = check;
        this.timeLimit = timeLimit;
    }

    /** @param bytes the whole file, or null when there is no file */
    public Verdict validate(byte[] bytes) {
        FileIntegrity.Problem problem = FileIntegrity.check(bytes);
        if (problem != null) {
            return verdictOf(problem);
        }
        try {
            return TimeBound.call(() -> judge(bytes), timeLimit);
        } catch (TimeoutException e) {
            return verdictOf(FailedRead.timedOut(timeLimit));
        } catch (ExecutionException e) {
            return verdictOf(FailedRead.threw(e.getCause() == null ? e : e.getCause()));
        }
    }

    private static Verdict verdictOf(FileIntegrity.Problem problem) {
        return new Verdict("file", problem.status(), problem.reason());
    }

    private Verdict judge(byte[] bytes) {
        ShardReader.DecodedShard shard;
        try {
            shard = ShardReader.read(bytes);
        } catch (LayoutException notAShard) {
            return judgeResults(bytes, notAShard);
        }
        ShardName name = shard.contents().name();
        ShardVerdict verdict = new ShardValidator(check, timeLimit).validateAlone(bytes, name);
        return new Verdict("shard " + name.fileName(), verdict.status(), verdict.reason());
    }

    private Verdict judgeResults(byte[] bytes, LayoutException notAShard) {
        ResultsFile results;
        try {
            results = ResultsReader.read(bytes);
        } catch (LayoutException notResults) {
            return new Verdict("file", ShardStatus.SCHEMA, "neither a shard (" + notAShard.getMessage()
                    + ") nor a results file (" + notResults.getMessage() + ")");
        }
        for (StoredResult result : results.results()) {
            Optional<String> wrong = NonFinite.find(result).or(() -> check.violation(result));
            if (wrong.isPresent()) {
                return new Verdict("results", ShardStatus.CONTENT, wrong.get());
            }
        }
        int missing = results.totalConfigs() - results.successfulConfigs();
        return missing > 0
                ? new Verdict("results", ShardStatus.PARTIAL, results.successfulConfigs() + " of "
                        + results.totalConfigs() + " configs have a result")
                : new Verdict("results", ShardStatus.OK, results.successfulConfigs() + " configs");
    }
}
