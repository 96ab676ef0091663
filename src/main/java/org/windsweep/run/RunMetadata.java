package org.windsweep.run;

import java.util.List;
import java.util.Map;

/**
 * RUN/run.json: what a run directory holds and how to recompute any part of it. The spec is kept as written
 * (with the directory its relative file names resolve against), so rerun rebuilds exactly the same configs, and as
 * resolved (every default applied) for people reading it; the partition assignment is kept whole, so rerun puts
 * every config back into its original partition. Farms (with their boundaries) and turbines are repeated for tools
 * that read results without parsing the spec (the notebook, the report). {@code inputs} fingerprints what the
 * results depend on ({@link InputFingerprint}); it is empty in run directories from before it existed.
 */
public record RunMetadata(
        String schema,
        String runId,
        String name,
        String windsweepVersion,
        String createdAt,
        String specSource,
        String specBaseDir,
        String specYaml,
        Map<String, Object> resolvedSpec,
        String wakeModel,
        List<Map<String, Object>> farms,
        List<Map<String, Object>> turbines,
        int configCount,
        Map<String, Object> partitionAssignment,
        Map<String, String> inputs,
        List<HistoryEntry> history) {

    public static final String SCHEMA = "windsweep-run/1";

    public RunMetadata {
        inputs = inputs == null ? Map.of() : inputs;
    }

    /** One command that changed the run directory. */
    public record HistoryEntry(String command, String master, String startedAt, String finishedAt,
                               int configsComputed, int configsFailed) {
    }

    public RunMetadata withHistory(HistoryEntry entry) {
        List<HistoryEntry> longer = new java.util.ArrayList<>(history);
        longer.add(entry);
        return new RunMetadata(schema, runId, name, windsweepVersion, createdAt, specSource, specBaseDir, specYaml,
                resolvedSpec, wakeModel, farms, turbines, configCount, partitionAssignment,
                inputs, List.copyOf(longer));
    }
}
