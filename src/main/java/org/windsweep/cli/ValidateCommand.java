package org.windsweep.cli;

import java.util.Locale;
import org.windsweep.run.RunValidation;
import org.windsweep.run.HadoopSettings;
import org.windsweep.store.ShardStatus;
import org.windsweep.sweep.SweepSpec;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

@Command(name = "validate", mixinStandardHelpOptions = true,
        description = {"Classify a shard, a results file or every file of a run directory: UNREADABLE, MISSING, "
                + "NOT_A_FILE, EMPTY, "
                + "NOT_HDF5, TRUNCATED, SCHEMA, CONTENT, PARTIAL or OK, with the reason. A sweep spec (.yaml) is "
                + "checked completely instead, without running it.",
                "Exit code 0 only if everything is OK (a spec: if it is valid); 1 otherwise; 2 for a bad spec."})
final class ValidateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "PATH", description = "a run directory, a .h5 file, or a sweep spec (.yaml)")
    String path;

    @Option(names = "--json", description = "one JSON object per file (a spec: file, kind, status, sweep, configs)")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String lower = path.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
            SweepSpec spec = SpecLoader.load(path);
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("file", path);
                fields.put("kind", "spec");
                fields.put("status", "OK");
                fields.put("sweep", spec.name());
                fields.put("configs", spec.configs().size());
                System.out.println(JsonOutput.line(fields));
            } else {
                System.out.println(path + ": OK: sweep '" + spec.name() + "', " + spec.configs().size() + " configs");
            }
            return 0;
        }
        List<RunValidation.FileLine> lines = RunValidation.validate(path, HadoopSettings.fromEnvironment());
        for (RunValidation.FileLine line : lines) {
            if (json) {
                Map<String, Object> fields = new LinkedHashMap<>();
                fields.put("file", line.file());
                fields.put("kind", line.kind());
                fields.put("status", line.status().name());
                fields.put("reason", line.reason());
                System.out.println(JsonOutput.line(fields));
            } else {
                System.out.printf(Locale.ROOT, "%-28s %-9s %s%n", line.file(), line.status(), line.reason());
            }
        }
        return lines.stream().allMatch(line -> line.status() == ShardStatus.OK) ? 0 : 1;
    }
}
