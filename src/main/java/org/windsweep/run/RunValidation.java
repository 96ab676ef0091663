package org.windsweep.run;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.windsweep.InvalidInputException;
import org.windsweep.store.FileValidator;
import org.windsweep.store.LayoutException;
import org.windsweep.store.NotARegularFileException;
import org.windsweep.store.ResultCheck;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.ShardExpectation;
import org.windsweep.store.ShardName;
import org.windsweep.store.ShardStatus;
import org.windsweep.store.ShardValidator;
import org.windsweep.store.ShardVerdict;
import org.windsweep.store.StoredResult;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * windsweep validate: the class of a shard, a results file, or every file of a run directory, with the reason.
 * Inside a run directory, shards are judged against the run's expectations (run id, partition keys, layouts
 * feasible for the spec); a file on its own against what it records itself.
 */
public final class RunValidation {

    /** One file's verdict. */
    public record FileLine(String file, String kind, ShardStatus status, String reason) {
    }

    private static final Duration TIME_LIMIT = ShardValidator.DEFAULT_TIME_LIMIT;

    private RunValidation() {
    }

    public static List<FileLine> validate(String location, Configuration hadoopConfiguration) throws IOException {
        RunDirectory asDirectory = RunDirectory.open(location, hadoopConfiguration);
        Path path = new Path(location);
        FileSystem fs = asDirectory.fileSystem();
        Path qualified = fs.makeQualified(path.toUri().getScheme() == null
                ? new Path(java.nio.file.Path.of(location).toAbsolutePath().toUri()) : path);
        if (!fs.exists(qualified)) {
            return List.of(new FileLine(location, "file", ShardStatus.MISSING, "no such file or directory"));
        }
        if (fs.getFileStatus(qualified).isDirectory()) {
            if (!fs.exists(new Path(qualified, RunMetadataFile.NAME))) {
                throw new InvalidInputException(location + " is a directory without run.json: give a run directory, "
                        + "a shard (.h5) or a results file");
            }
            return wholeRun(OpenRun.open(qualified.toString(), hadoopConfiguration));
        }
        Path shardsDir = qualified.getParent();
        Path runRoot = shardsDir == null ? null : shardsDir.getParent();
        if (shardsDir != null && shardsDir.getName().equals(RunDirectory.SHARDS) && runRoot != null
                && fs.exists(new Path(runRoot, RunMetadataFile.NAME))) {
            OpenRun run = OpenRun.open(runRoot.toString(), hadoopConfiguration);
            var name = ShardName.parse(qualified.getName());
            if (name.isPresent() && name.get().partition() < run.assignment().count()) {
                return List.of(shardLine(run, new ShardValidator(check(run), TIME_LIMIT), name.get()));
            }
        }
        byte[] bytes;
        try {
            bytes = asDirectory.readIfExists(qualified);
        } catch (NotARegularFileException e) {
            return List.of(new FileLine(location, "file", ShardStatus.NOT_A_FILE, e.getMessage()));
        } catch (IOException e) {
            return List.of(new FileLine(location, "file", ShardStatus.UNREADABLE, "could not be read: " + e));
        }
        FileValidator.Verdict verdict = new FileValidator(ResultCheck.NONE, TIME_LIMIT).validate(bytes);
        return List.of(new FileLine(location, verdict.kind(), verdict.status(), verdict.reason()));
    }

    private static List<FileLine> wholeRun(OpenRun run) throws IOException {
        List<FileLine> lines = new ArrayList<>();
        ShardValidator validator = new ShardValidator(check(run), TIME_LIMIT);
        Map<Integer, List<ShardName>> committed = run.directory().listShards();
        Set<String> inResults = keysInResults(run);
        for (int partition = 0; partition < run.assignment().count(); partition++) {
            List<ShardName> names = new ArrayList<>(committed.getOrDefault(partition, List.of()));
            if (names.isEmpty() && inResults.containsAll(run.assignment().keysOf(partition))) {
                // Merge kept these results although their shard is gone (quarantined or deleted): nothing is lost.
                lines.add(new FileLine(RunDirectory.SHARDS + "/" + ShardName.base(partition).fileName(), "shard",
                        ShardStatus.OK, "no shard, but every config of the partition is in results.h5"));
                continue;
            }
            if (names.stream().noneMatch(ShardName::isBase)) {
                names.add(0, ShardName.base(partition));
            }
            for (ShardName name : names) {
                lines.add(shardLine(run, validator, name));
            }
        }
        byte[] results;
        try {
            results = run.directory().readResultsBytes();
        } catch (NotARegularFileException e) {
            lines.add(new FileLine(RunDirectory.RESULTS, "results", ShardStatus.NOT_A_FILE, e.getMessage()));
            return lines;
        }
        FileValidator.Verdict verdict = new FileValidator(check(run), TIME_LIMIT).validate(results);
        lines.add(new FileLine(RunDirectory.RESULTS, "results", verdict.status(), verdict.reason()));
        return lines;
    }

    private static FileLine shardLine(OpenRun run, ShardValidator validator, ShardName name) throws IOException {
        ShardVerdict verdict = validator.validateCommitted(run.directory(), new ShardExpectation(
                run.metadata().runId(), name, new HashSet<>(run.assignment().keysOf(name.partition()))));
        return new FileLine(RunDirectory.SHARDS + "/" + name.fileName(), "shard", verdict.status(), verdict.reason());
    }

    private static Set<String> keysInResults(OpenRun run) throws IOException {
        try {
            return run.directory().readResults().map(results -> results.results().stream()
                    .map(StoredResult::key).collect(Collectors.toSet())).orElse(Set.of());
        } catch (LayoutException | NotARegularFileException e) {
            return Set.of(); // results.h5 gets its own line below
        }
    }

    private static ResultCheck check(OpenRun run) {
        return new LayoutFeasibilityCheck(run.spec());
    }
}
