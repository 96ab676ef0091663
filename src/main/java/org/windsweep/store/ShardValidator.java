package org.windsweep.store;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Classifies a shard file (see {@link ShardStatus}) with a one-line reason. Whatever the bytes are, it returns a
 * verdict: no exception from the HDF5 parser escapes, and the parse runs with a time limit.
 * A shard is OK only after a full read whose contents match the checksum the writer stored.
 */
public final class ShardValidator {
    /** Far longer than a healthy shard takes (milliseconds); only a pathological file gets near it. */
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(30);
    private static final int KEYS_IN_REASON = 3;
    /** Relative: the per-turbine AEPs and the total are the same sum taken in different orders. */
    private static final double AEP_SUM_TOLERANCE = 1e-9;

    private final ResultCheck check;
    private final Duration timeLimit;

    public ShardValidator(ResultCheck check) {
        this(check, DEFAULT_TIME_LIMIT);
    }

    public ShardValidator(ResultCheck check, Duration timeLimit) {
        this.check = check;
        this.timeLimit = timeLimit;
    }

    /** Validates the committed shard {@code expected.name()} of a run, e.g. right after its task committed it. */
    public ShardVerdict validateCommitted(RunDirectory run, ShardExpectation expected) {
        byte[] bytes;
        try {
            bytes = run.readIfExists(run.shardFile(expected.name()));
        } catch (NotARegularFileException e) {
            return ShardVerdict.untrusted(expected.name(), ShardStatus.NOT_A_FILE, e.getMessage());
        } catch (IOException e) {
            // Perhaps a passing file system fault: not trusted this time, validated again next time.
            return ShardVerdict.unreadable(expected.name(), "could not be read: " + e);
        }
        return validate(bytes, expected);
    }

    /** @param bytes the whole file, or null when there is no file */
    public ShardVerdict validate(byte[] bytes, ShardExpectation expected) {
        return classify(bytes, expected.name(), decoded -> expected);
    }

    /**
     * Validates a lone shard file, e.g. for {@code windsweep validate PATH}, when the run's expectations are not at
     * hand: every check except run id and partition keys, which are taken from the file itself.
     *
     * @param name the shard its file name says it is ({@link ShardName#parse})
     */
    public ShardVerdict validateAlone(byte[] bytes, ShardName name) {
        return classify(bytes, name, decoded -> new ShardExpectation(decoded.contents().runId(), name,
                new HashSet<>(decoded.contents().keys())));
    }

    private ShardVerdict classify(byte[] bytes, ShardName name,
                                  Function<ShardReader.DecodedShard, ShardExpectation> expectationOf) {
        FileIntegrity.Problem problem = FileIntegrity.check(bytes);
        if (problem != null) {
            return ShardVerdict.untrusted(name, problem.status(), problem.reason());
        }
        try {
            return TimeBound.call(() -> judge(bytes, name, expectationOf), timeLimit);
        } catch (TimeoutException e) {
            FileIntegrity.Problem timedOut = FailedRead.timedOut(timeLimit);
            return ShardVerdict.untrusted(name, timedOut.status(), timedOut.reason());
        } catch (ExecutionException e) {
            FileIntegrity.Problem failed = FailedRead.threw(e.getCause() == null ? e : e.getCause());
            return ShardVerdict.untrusted(name, failed.status(), failed.reason());
        }
    }

    private ShardVerdict judge(byte[] bytes, ShardName name,
                               Function<ShardReader.DecodedShard, ShardExpectation> expectationOf) {
        ShardReader.DecodedShard decoded;
        try {
            decoded = ShardReader.read(bytes);
        } catch (LayoutException e) {
            return ShardVerdict.untrusted(name, ShardStatus.SCHEMA, e.getMessage());
        }
        ShardExpectation expected = expectationOf.apply(decoded);
        ShardContents shard = decoded.contents();
        if (shard.configCount() != decoded.declaredConfigCount()) {
            return ShardVerdict.untrusted(name, ShardStatus.SCHEMA, "records " + shard.configCount()
                    + " configs but its config_count says " + decoded.declaredConfigCount());
        }
        if (!decoded.digestMatches()) {
            return ShardVerdict.untrusted(name, ShardStatus.CONTENT,
                    "content checksum mismatch: the data changed after it was written");
        }
        Optional<String> contentProblem = contentProblem(shard, expected);
        if (contentProblem.isPresent()) {
            return ShardVerdict.untrusted(name, ShardStatus.CONTENT, contentProblem.get());
        }
        return completeness(shard, expected);
    }

    private Optional<String> contentProblem(ShardContents shard, ShardExpectation expected) {
        if (!shard.runId().equals(expected.runId())) {
            return Optional.of("belongs to run '" + shard.runId() + "', expected '" + expected.runId() + "'");
        }
        if (!shard.name().equals(expected.name())) {
            return Optional.of("its attributes say it is " + shard.name().fileName());
        }
        Set<String> foreign = new TreeSet<>(shard.keys());
        foreign.removeAll(expected.partitionKeys());
        if (!foreign.isEmpty()) {
            return Optional.of(foreign.size() + " configs are not partition " + expected.name().partition()
                    + "'s: " + firstFew(foreign));
        }
        for (StoredResult result : shard.results()) {
            Optional<String> problem = resultProblem(result);
            if (problem.isPresent()) {
                return Optional.of(result.key() + ": " + problem.get());
            }
        }
        for (StoredFailure failure : shard.failures()) {
            if (!Double.isFinite(failure.wallS())) {
                return Optional.of(failure.key() + ": wall_s is " + failure.wallS());
            }
        }
        return Optional.empty();
    }

    /**
     * What validation would object to in one result: NaN/Inf, a layout length other than n_turbines, an AEP per
     * turbine that does not add up to the AEP, a wake-free or baseline AEP that is not positive, the caller's
     * check. An executor can ask before writing and record such a config as a {@link StoredFailure} instead, so that
     * one bad result does not make its whole shard CONTENT (and its whole partition a rerun).
     */
    public Optional<String> resultProblem(StoredResult result) {
        Optional<String> nonFinite = NonFinite.find(result);
        if (nonFinite.isPresent()) {
            return nonFinite;
        }
        Object nTurbines = result.configFields().get(H5Names.N_TURBINES);
        if (nTurbines instanceof Number n && n.longValue() != result.turbineCount()) {
            return Optional.of("layout has " + result.turbineCount() + " turbines but n_turbines is " + n);
        }
        Optional<String> breakdown = breakdownProblem(result);
        if (breakdown.isPresent()) {
            return breakdown;
        }
        try {
            return check.violation(result);
        } catch (RuntimeException e) {
            return Optional.of("the result check failed on it: " + e);
        }
    }

    private static Optional<String> breakdownProblem(StoredResult result) {
        AepBreakdown breakdown = result.breakdown();
        if (breakdown == null) {
            return Optional.empty();
        }
        double sum = Arrays.stream(breakdown.aepPerTurbine()).sum();
        if (Math.abs(sum - result.aep()) > AEP_SUM_TOLERANCE * Math.abs(result.aep())) {
            return Optional.of(H5Names.AEP_PER_TURBINE + " adds up to " + sum + " GWh but aep is " + result.aep());
        }
        if (!(breakdown.aepWakeFree() > 0)) {
            return Optional.of(H5Names.AEP_WAKE_FREE + " is " + breakdown.aepWakeFree() + ", expected > 0");
        }
        if (breakdown.baselineAep() != null && !(breakdown.baselineAep() > 0)) {
            return Optional.of(H5Names.BASELINE_AEP + " is " + breakdown.baselineAep() + ", expected > 0");
        }
        return Optional.empty();
    }

    private static ShardVerdict completeness(ShardContents shard, ShardExpectation expected) {
        Set<String> absent = new TreeSet<>();
        if (expected.name().isBase()) {
            // A supplementary shard recomputes only some keys; absence is judged per partition by the merge.
            absent.addAll(expected.partitionKeys());
            shard.keys().forEach(absent::remove);
        }
        if (shard.failures().isEmpty() && absent.isEmpty()) {
            return new ShardVerdict(expected.name(), ShardStatus.OK, shard.configCount() + " configs", shard);
        }
        List<String> parts = new ArrayList<>();
        if (!shard.failures().isEmpty()) {
            StoredFailure first = shard.failures().get(0);
            parts.add(shard.failures().size() + " of " + shard.configCount() + " configs failed (first: "
                    + first.key() + ": " + first.reason() + ")");
        }
        if (!absent.isEmpty()) {
            parts.add(absent.size() + " configs absent: " + firstFew(absent));
        }
        return new ShardVerdict(expected.name(), ShardStatus.PARTIAL, String.join("; ", parts), shard);
    }

    private static String firstFew(Set<String> keys) {
        List<String> shown = keys.stream().limit(KEYS_IN_REASON).toList();
        return String.join(", ", shown) + (keys.size() > shown.size() ? ", ..." : "");
    }
}
