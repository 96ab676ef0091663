package org.windsweep.sweep;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.windsweep.UserFiles;
import org.windsweep.UserNames;
import org.windsweep.InvalidInputException;
import org.windsweep.optimize.OptimizationStrategy;
import org.windsweep.optimize.OptimizerSettings;
import org.windsweep.optimize.SmartStartSettings;
import org.windsweep.physics.WakeModels;

/**
 * Reads a sweep spec (YAML) into a resolved {@link SweepSpec}, checking everything before any Spark job starts. Every
 * problem is one {@link org.windsweep.InvalidInputException} naming the file, line, key path, what was found and what
 * is expected. docs/sweep-spec.md describes every key; the defaults below are the ones it documents.
 */
public final class SweepSpecParser {

    /** The model of the original sweep (MODELS.md). */
    public static final String DEFAULT_WAKE_MODEL = WakeModels.NYGAARD_2022;
    /** Smart-start defaults of the original sweep. */
    public static final int DEFAULT_GRID_SIZE = 18;
    public static final double DEFAULT_RANDOM_PCT = 30;
    /** TopFarm's default iteration cap for its SLSQP driver. */
    public static final int DEFAULT_MAX_ITERATIONS = 200;
    /** Ten minutes per config: ample for tens of turbines, and a bound on a runaway config. */
    public static final double DEFAULT_TIME_LIMIT_S = 600;
    /** hard_limit_s defaults to this many times time_limit_s (docs/sweep-spec.md). */
    public static final double HARD_LIMIT_FACTOR = 4;
    /** IEA37 case study 1's minimum spacing: 2 rotor diameters. */
    public static final double DEFAULT_SPACING_D = 2;
    /** One seed, 0, unless the spec asks for more. */
    public static final SeedRange DEFAULT_SEEDS = new SeedRange(0, 1);

    /** The classpath resource of the embedded demo sweep. */
    public static final String DEMO_RESOURCE = "/org/windsweep/sweep/demo.yaml";

    private static final List<String> TOP_KEYS = List.of("name", "farms", "turbines", "site", "wake_model", "n_turbines",
            "seeds", "smart_start", "optimizer", "spacing_d", "partitions");
    private static final List<String> SEED_KEYS = List.of("start", "count");
    private static final List<String> SMART_START_KEYS = List.of("grid_size", "random_pct");
    private static final List<String> OPTIMIZER_KEYS = List.of("strategy", "starts", "wake_expansion", "relocate",
            "max_iterations", "time_limit_s", "hard_limit_s");
    private static final List<String> TURBINE_FILE_KEYS = List.of("file");
    /** The name becomes the run directory's name (runs/NAME), so it must be safe as one. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

    private SweepSpecParser() {
    }

    /**
     * @param yamlText   the spec's text, kept verbatim in the result for run.json
     * @param sourceName how errors name the spec, usually its file name
     * @param baseDir    the directory that the spec's relative file paths (turbine and site files) start from
     */
    public static SweepSpec parse(String yamlText, String sourceName, Path baseDir) {
        requireSize(yamlText.getBytes(StandardCharsets.UTF_8).length, sourceName);
        return SpecResolver.resolve(readDefinition(yamlText, sourceName, baseDir), true);
    }

    /**
     * The spec a run recorded in its run.json, for merge, rerun, status and report of that run: read as {@link #parse}
     * reads a new one, but without the checks that only decide whether a new sweep is worth starting (that smart start
     * can fill every farm, that turbine types have distinct names), so that a run started before those checks existed
     * can still be merged and its finished configs kept.
     */
    public static SweepSpec parseRecorded(String yamlText, String sourceName, Path baseDir) {
        requireSize(yamlText.getBytes(StandardCharsets.UTF_8).length, sourceName);
        return SpecResolver.resolve(readDefinition(yamlText, sourceName, baseDir), false);
    }

    /** Reads a spec file; its relative paths start from the file's directory. */
    public static SweepSpec parseFile(Path specFile) {
        String text = UserFiles.readText(specFile, "a sweep spec (YAML)", SpecLimits.MAX_SPEC_BYTES);
        Path absolute = specFile.toAbsolutePath().normalize();
        return parse(text, absolute.getFileName().toString(), absolute.getParent());
    }

    /** The same limit for a file and for text, so that validate and run (which reads run.json) agree. */
    private static void requireSize(long bytes, String sourceName) {
        if (bytes > SpecLimits.MAX_SPEC_BYTES) {
            throw new InvalidInputException(sourceName + ": the spec is " + bytes + " bytes, more than the "
                    + SpecLimits.MAX_SPEC_BYTES + " a spec may have; put large data (sites, boundaries) in files it names");
        }
    }

    /** The embedded demo sweep (classpath resource {@value #DEMO_RESOURCE}); it names no files. */
    public static SweepSpec parseDemo() {
        return parse(demoYaml(), "demo.yaml", Path.of("").toAbsolutePath());
    }

    /** The embedded demo spec's text. */
    public static String demoYaml() {
        try (InputStream in = SweepSpecParser.class.getResourceAsStream(DEMO_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo spec " + DEMO_RESOURCE + " is missing from the application jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads and checks the spec without resolving it into physics objects (the first of parse's two steps). */
    static SweepDefinition readDefinition(String yamlText, String sourceName, Path baseDir) {
        SpecNode root = SpecNode.parseDocument(yamlText, sourceName);
        SpecMap top = root.asMap(TOP_KEYS, "a sweep spec: a mapping with keys " + String.join(", ", TOP_KEYS));

        SpecNode nameNode = top.required("name", "the sweep's name, such as my-sweep (it names the run directory)");
        String name = nameNode.asText("the sweep's name");
        if (!NAME.matcher(name).matches() || name.length() > UserNames.MAX_LENGTH) {
            throw nameNode.error("expected at most " + UserNames.MAX_LENGTH + " letters, digits, '.', '_' or '-' (it "
                    + "names the run directory), such as my-sweep");
        }

        SpecPaths paths = new SpecPaths(baseDir);
        SiteParser siteParser = new SiteParser(paths);
        SiteSpec sweepSite = top.optional("site").map(siteParser::parse).orElse(null);
        TurbineCounts sweepCounts = top.optional("n_turbines").map(FarmParser::turbineCounts).orElse(null);
        List<FarmSpec> farms = farms(top.required("farms", "a list of farms {name, boundary}"), new FarmParser(siteParser, paths), sweepSite, sweepCounts);
        List<TurbineRef> turbines = turbines(top.required("turbines", "a list of turbine names (such as IEA37_3.35MW) or {file: path}"), paths);

        SpecNode wakeNode = top.optional("wake_model").orElse(null);
        String wakeModel = wakeNode == null ? DEFAULT_WAKE_MODEL : wakeNode.asText("a wake model name such as " + DEFAULT_WAKE_MODEL);
        SpecLocation wakeAt = wakeNode == null ? top.location().child("wake_model") : wakeNode.location();

        SeedRange seeds = top.optional("seeds").map(SweepSpecParser::seeds).orElse(DEFAULT_SEEDS);
        SmartStartSettings smartStart = top.optional("smart_start").map(SweepSpecParser::smartStart)
                .orElse(new SmartStartSettings(DEFAULT_GRID_SIZE, DEFAULT_RANDOM_PCT));
        OptimizerSpec optimizer = top.optional("optimizer").map(SweepSpecParser::optimizer)
                .orElse(new OptimizerSpec(new OptimizerSettings(DEFAULT_MAX_ITERATIONS, DEFAULT_TIME_LIMIT_S),
                        HARD_LIMIT_FACTOR * DEFAULT_TIME_LIMIT_S));
        double spacingD = top.optional("spacing_d")
                .map(n -> positiveUpTo(n, SpecLimits.MAX_SPACING_D, "the minimum spacing in rotor diameters, such as 2"))
                .orElse(DEFAULT_SPACING_D);

        boolean countInKey = farms.stream().anyMatch(f -> f.turbineCounts().writtenAsList());
        long configCount = SweepDefinition.countConfigs(farms, turbines.size(), seeds);
        if (configCount > SpecLimits.MAX_CONFIGS) {
            throw top.location().error("the sweep expands to " + configCount + " configs (farms x turbines x seeds x "
                    + "turbine counts), more than " + SpecLimits.MAX_CONFIGS + "; split it into several sweeps");
        }
        int partitions = top.optional("partitions").map(n -> partitions(n, configCount)).orElse(0);
        return new SweepDefinition(name, farms, turbines, wakeModel, wakeAt, seeds, smartStart, optimizer,
                spacingD, partitions, countInKey, yamlText, sourceName, baseDir.toAbsolutePath().normalize().toString(),
                paths.named());
    }

    private static List<FarmSpec> farms(SpecNode node, FarmParser farmParser, SiteSpec sweepSite, TurbineCounts sweepCounts) {
        List<FarmSpec> farms = new ArrayList<>();
        Map<String, FarmSpec> byName = new HashMap<>();
        List<SpecNode> items = node.asList(1, "a list of farms {name, boundary}");
        for (int i = 0; i < items.size(); i++) {
            FarmSpec farm = farmParser.parse(items.get(i), i, sweepSite, sweepCounts);
            FarmSpec sameName = byName.putIfAbsent(farm.name(), farm);
            if (sameName != null) {
                throw farm.at().error("the farm name '" + farm.name() + "' is also used on line " + sameName.at().line()
                        + "; give each farm its own name");
            }
            farms.add(farm);
        }
        return farms;
    }

    private static List<TurbineRef> turbines(SpecNode node, SpecPaths paths) {
        List<TurbineRef> turbines = new ArrayList<>();
        Map<Object, TurbineRef> byIdentity = new HashMap<>();
        for (SpecNode item : node.asList(1, "a list of turbine names (such as IEA37_3.35MW) or {file: path}")) {
            TurbineRef turbine;
            Object identity;
            if (item.isMapping()) {
                SpecMap file = item.asMap(TURBINE_FILE_KEYS, "{file: path} of a turbine file");
                SpecNode pathNode = file.required("file", "the path of a turbine file");
                Path path = paths.existingFile(pathNode, "a turbine file");
                turbine = new TurbineRef.File(path, pathNode.location());
                identity = path;
            } else {
                String name = item.asText("a turbine name such as IEA37_3.35MW, or {file: path}");
                turbine = new TurbineRef.BuiltIn(name, item.location());
                identity = name;
            }
            // The same turbine twice would compute every config twice under two type indices.
            TurbineRef first = byIdentity.putIfAbsent(identity, turbine);
            if (first != null) {
                throw turbine.at().error("'" + identity + "' is listed twice in turbines (also "
                        + first.at().path() + " on line " + first.at().line() + "); keep one");
            }
            turbines.add(turbine);
        }
        return turbines;
    }

    private static SeedRange seeds(SpecNode node) {
        SpecMap seeds = node.asMap(SEED_KEYS, "{start, count}: the seeds start, start + 1, ..., start + count - 1");
        String startExpected = "the first seed, a whole number in [0, " + SpecLimits.MAX_SEED + "]";
        long start = seeds.optional("start").map(n -> {
            long value = n.asWholeNumber(startExpected);
            if (value < 0 || value > SpecLimits.MAX_SEED) {
                throw n.error("expected " + startExpected);
            }
            return value;
        }).orElse(DEFAULT_SEEDS.start());
        SpecNode countNode = seeds.optional("count").orElse(null);
        int count = countNode == null ? DEFAULT_SEEDS.count()
                : inRange(countNode, 1, (int) SpecLimits.MAX_CONFIGS, "how many seeds");
        if (start + count - 1 > SpecLimits.MAX_SEED) {
            throw (countNode != null ? countNode : node).error("expected the last seed, start + count - 1, to be at most "
                    + SpecLimits.MAX_SEED + "; lower seeds.start");
        }
        return new SeedRange(start, count);
    }

    private static SmartStartSettings smartStart(SpecNode node) {
        SpecMap smartStart = node.asMap(SMART_START_KEYS, "{grid_size, random_pct}");
        int gridSize = smartStart.optional("grid_size")
                .map(n -> inRange(n, 2, SpecLimits.MAX_GRID_SIZE, "the candidate grid's points per side"))
                .orElse(DEFAULT_GRID_SIZE);
        double randomPct = smartStart.optional("random_pct").map(n -> {
            double value = n.asNumber("a percentage in [0, 100]");
            if (value < 0 || value > 100) {
                throw n.error("expected a percentage in [0, 100] (0: always the best candidate)");
            }
            return value;
        }).orElse(DEFAULT_RANDOM_PCT);
        return new SmartStartSettings(gridSize, randomPct);
    }

    private static OptimizerSpec optimizer(SpecNode node) {
        SpecMap optimizer = node.asMap(OPTIMIZER_KEYS,
                "{strategy, starts, wake_expansion, relocate, max_iterations, time_limit_s, hard_limit_s}");
        OptimizationStrategy strategy = optimizer.optional("strategy").map(SweepSpecParser::strategy)
                .orElse(OptimizationStrategy.FAST);
        int starts = optimizer.optional("starts")
                .map(n -> inRange(n, 1, SpecLimits.MAX_STARTS, "the number of smart starts")).orElse(strategy.starts());
        List<Double> wakeExpansion = optimizer.optional("wake_expansion").map(SweepSpecParser::wakeExpansion)
                .orElse(strategy.wakeExpansion());
        boolean relocate = optimizer.optional("relocate").map(n -> n.asBoolean("true or false")).orElse(true);
        int maxIterations = optimizer.optional("max_iterations")
                .map(n -> inRange(n, 0, SpecLimits.MAX_ITERATIONS, "the iteration cap (0: smart start only)"))
                .orElse(DEFAULT_MAX_ITERATIONS);
        double timeLimit = optimizer.optional("time_limit_s")
                .map(n -> positiveUpTo(n, SpecLimits.MAX_TIME_LIMIT_S, "the time limit per config in seconds"))
                .orElse(DEFAULT_TIME_LIMIT_S);
        double hardLimit = HARD_LIMIT_FACTOR * timeLimit;
        if (optimizer.has("hard_limit_s")) {
            SpecNode hardNode = optimizer.required("hard_limit_s", "");
            hardLimit = positiveUpTo(hardNode, HARD_LIMIT_FACTOR * SpecLimits.MAX_TIME_LIMIT_S,
                    "the hard limit per config in seconds");
            if (hardLimit < timeLimit) {
                throw hardNode.error("expected at least time_limit_s (" + timeLimit + "); the hard limit abandons a config that overran its time limit");
            }
        }
        return new OptimizerSpec(new OptimizerSettings(maxIterations, timeLimit, strategy, starts, wakeExpansion,
                relocate), hardLimit);
    }

    private static OptimizationStrategy strategy(SpecNode node) {
        String name = node.asText("a strategy name: one of " + OptimizationStrategy.names());
        try {
            return OptimizationStrategy.byName(name);
        } catch (InvalidInputException e) {
            throw node.error("expected one of " + OptimizationStrategy.names());
        }
    }

    private static List<Double> wakeExpansion(SpecNode node) {
        String expected = "a list of wake widening factors above 1, widest first, e.g. [3, 2, 1.5, 1.25] ([] for none)";
        List<Double> factors = node.asNumberList(0, expected);
        for (int i = 0; i < factors.size(); i++) {
            if (!(factors.get(i) > 1) || i > 0 && !(factors.get(i) < factors.get(i - 1))) {
                throw node.error("expected " + expected);
            }
        }
        return factors;
    }

    private static int partitions(SpecNode node, long configCount) {
        int partitions = inRange(node, 1, SpecLimits.MAX_PARTITIONS, "the number of partitions");
        if (partitions > configCount) {
            throw node.error("expected at most " + configCount + " (the number of configs), so that no partition is empty");
        }
        return partitions;
    }

    /** A whole number in [minimum, maximum]; the message names the range. */
    static int inRange(SpecNode node, int minimum, int maximum, String what) {
        String expected = what + ", a whole number in [" + minimum + ", " + maximum + "]";
        long value = node.asWholeNumber(expected);
        if (value < minimum || value > maximum) {
            throw node.error("expected " + expected);
        }
        return (int) value;
    }

    /** A number in (0, maximum]; the message names the range. */
    private static double positiveUpTo(SpecNode node, double maximum, String what) {
        String expected = what + ", a number above 0 and at most " + maximum;
        double value = node.asNumber(expected);
        if (!(value > 0 && value <= maximum)) {
            throw node.error("expected " + expected);
        }
        return value;
    }
}
