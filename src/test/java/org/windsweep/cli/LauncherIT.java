package org.windsweep.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.windsweep.store.RunDirectory;
import org.windsweep.store.StoredResult;
import org.windsweep.testing.ExternalTools;

import javax.xml.parsers.DocumentBuilderFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged application driven through submit/windsweep, as a user runs it from a fresh clone. */
class LauncherIT {

    static final Path PROJECT = Path.of(System.getProperty("windsweep.project.dir", ".")).toAbsolutePath();
    static final Path REFERENCE = Path.of(System.getProperty("windsweep.reference.dir"));

    static final String SPEC = """
            name: launcher
            farms:
              - name: round
                boundary: {circle: {center: [0, 0], radius: 700}}
              - name: notch
                boundary: {polygon: [[0, 0], [1800, 0], [1800, 700], [700, 700], [700, 1800], [0, 1800]]}
            turbines: [IEA37_3.35MW, V80]
            wake_model: IEA37SimpleBastankhahGaussian
            site:
              sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.2, 0.3, 0.2, 0.3], ws_ms: 9.8}
              ti: 0.075
            n_turbines: 5
            seeds: {start: 0, count: 2}
            smart_start: {grid_size: 12, random_pct: 30}
            optimizer: {max_iterations: 30, time_limit_s: 600}
            """;

    @TempDir
    static Path dir;
    private static Path run;
    private static ExternalTools.Result runResult;

    static ExternalTools.Result windsweep(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(PROJECT.resolve("submit/windsweep").toString()));
        command.addAll(List.of(args));
        return ExternalTools.run(command, env, 600);
    }

    @BeforeAll
    static void runASweepThroughTheLauncher() throws Exception {
        Path spec = dir.resolve("launcher.yaml");
        Files.writeString(spec, SPEC);
        run = dir.resolve("run");
        runResult = windsweep(Map.of("MASTER", "local[2]"), "run", spec.toString(), "--out", run.toString());
    }

    @Test
    void helpListsEverySubcommand() throws Exception {
        ExternalTools.Result help = windsweep(Map.of(), "--help");
        assertEquals(0, help.exitCode(), help.stderr());
        for (String subcommand : List.of("run", "merge", "rerun", "status", "validate", "optimize", "aep", "bench",
                "report")) {
            assertTrue(help.stdout().contains("  " + subcommand + " "), subcommand + " in:\n" + help.stdout());
        }
    }

    @Test
    void aepOfAReferenceCaseMatchesPyWake() throws Exception {
        Path file = REFERENCE.resolve("aep-cases/iea37_16_NOJ.json");
        ExternalTools.Result aep = windsweep(Map.of(), "aep", "--case", file.toString(), "--json");
        assertEquals(0, aep.exitCode(), aep.stderr());
        double expected = new ObjectMapper().readTree(file.toFile()).get("expected").get("aep_gwh").asDouble();
        double actual = new ObjectMapper().readTree(aep.stdout()).get("aep_gwh").asDouble();
        assertEquals(expected, actual, 1e-9 * expected);
    }

    @Test
    void aMalformedCaseFileIsOneLineAndExitCode2() throws Exception {
        Path broken = dir.resolve("broken-case.json");
        Files.writeString(broken, "{\"schema\": \"windsweep-aep-case/1\", \"wake_model\": \"NOJ\", \"turbine\": 3}");
        ExternalTools.Result aep = windsweep(Map.of(), "aep", "--case", broken.toString(), "--json");
        assertEquals(2, aep.exitCode());
        List<String> errorLines = aep.stderr().lines().filter(l -> l.startsWith("windsweep:")).toList();
        assertEquals(1, errorLines.size(), aep.stderr());
        assertTrue(errorLines.get(0).contains("turbine"), errorLines.get(0));
    }

    @Test
    void subcommandsWithoutSparkLoadNoSparkClass() throws Exception {
        assertEquals(0, runResult.exitCode(), runResult.stderr());
        for (String subcommand : List.of("status", "validate", "merge")) {
            Path classes = dir.resolve(subcommand + "-classes.log");
            ExternalTools.Result result = windsweep(Map.of("WINDSWEEP_DRIVER_OPTS",
                    "-Xlog:class+load:file=" + classes), subcommand, run.toString());
            assertEquals(0, result.exitCode(), result.stderr());
            List<String> spark = Files.readAllLines(classes).stream().filter(l -> l.contains("org.apache.spark")).toList();
            assertEquals(List.of(), spark, subcommand + " loaded Spark classes");
        }
    }

    @Test
    void theDriverMemoryBecomesTheJvmHeap() throws Exception {
        Path spec = dir.resolve("memory.yaml");
        Files.writeString(spec, SPEC);
        ExternalTools.Result flags = windsweep(Map.of("WINDSWEEP_DRIVER_OPTS", "-XX:+PrintFlagsFinal"),
                "--driver-memory", "300m", "validate", spec.toString());
        assertEquals(0, flags.exitCode(), flags.stderr());
        assertTrue(flags.stdout().lines().anyMatch(l -> l.matches("\\s*size_t MaxHeapSize\\s+= 314572800 .*")),
                "MaxHeapSize of 300 MiB");
        ExternalTools.Result bad = windsweep(Map.of(), "--driver-memory", "lots", "validate", spec.toString());
        assertEquals(2, bad.exitCode(), bad.stderr());
        assertTrue(bad.stderr().contains("driver memory 'lots' is not a size"), bad.stderr());
        // the JVM's own refusal of a 1 KiB heap was three lines and exit 1
        ExternalTools.Result tiny = windsweep(Map.of(), "--driver-memory", "1k", "validate", spec.toString());
        assertEquals(2, tiny.exitCode(), tiny.stderr());
        assertEquals(List.of("windsweep: driver memory '1k' is not between 256m and 64t; give it as Spark does, such as "
                + "4g (--driver-memory, spark.driver.memory or SPARK_DRIVER_MEMORY)"), tiny.stderr().lines().toList());
        // without a size the launcher ran the demo sweep, as if no option were given
        ExternalTools.Result none = windsweep(Map.of(), "--driver-memory");
        assertEquals(2, none.exitCode(), none.stderr());
        assertEquals(List.of("windsweep: --driver-memory needs a size, such as 4g, before the subcommand"),
                none.stderr().lines().toList());
    }

    @Test
    void aBadSpecFailsBeforeSparkStarts() throws Exception {
        Path spec = dir.resolve("typo.yaml");
        Files.writeString(spec, SPEC.replace("seeds:", "seedz:"));
        Path out = dir.resolve("never");
        ExternalTools.Result bad = windsweep(Map.of(), "run", spec.toString(), "--out", out.toString());
        assertEquals(2, bad.exitCode(), bad.stderr());
        assertTrue(bad.stderr().contains("seedz") && bad.stderr().contains("line 13"), bad.stderr());
        assertFalse(bad.stderr().contains("SparkContext"), "no Spark context was started");
        assertFalse(Files.exists(out), "nothing was written");
    }

    @Test
    void runMergesEveryConfigAndStatusReportAndValidateAgree() throws Exception {
        assertEquals(0, runResult.exitCode(), runResult.stdout() + runResult.stderr());
        Map<String, StoredResult> results = results(run);
        assertEquals(8, results.size());

        ExternalTools.Result status = windsweep(Map.of(), "status", run.toString(), "--json");
        assertEquals(0, status.exitCode(), status.stderr());
        JsonNode json = new ObjectMapper().readTree(status.stdout());
        assertEquals(8, json.get("totals").get("configs_ok").asInt());
        assertEquals(4, json.get("best").size(), "one best config per farm and turbine type");
        for (JsonNode best : json.get("best")) {
            StoredResult result = results.get(best.get("key").asText());
            assertEquals(result.breakdown().wakeLossPct(result.aep()), best.get("wake_loss_pct").asDouble());
            assertTrue(best.get("gain_over_baseline_pct").isNull(), "no farm has a baseline layout");
        }

        ExternalTools.Result validate = windsweep(Map.of(), "validate", run.toString());
        assertEquals(0, validate.exitCode(), validate.stdout() + validate.stderr());

        ExternalTools.Result report = windsweep(Map.of(), "report", run.toString());
        assertEquals(0, report.exitCode(), report.stderr());
        Document page = xhtml(run.resolve("report.html"));
        NodeList svgs = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        int layoutPlots = 0;
        for (int i = 0; i < svgs.getLength(); i++) {
            Element svg = (Element) svgs.item(i);
            if (!svg.getAttribute("class").equals("layout")) {
                continue;
            }
            layoutPlots++;
            StoredResult shown = results.get(svg.getAttribute("data-key"));
            assertEquals(shown.aep(), Double.parseDouble(svg.getAttribute("data-aep")), "the AEP of results.h5");
            double best = results.values().stream()
                    .filter(r -> r.configFields().get("farm_idx").equals(shown.configFields().get("farm_idx"))
                            && r.configFields().get("type_idx").equals(shown.configFields().get("type_idx")))
                    .mapToDouble(StoredResult::aep).max().orElseThrow();
            assertEquals(best, shown.aep(), "the best of its farm and turbine type");
        }
        assertEquals(4, layoutPlots, "one layout plot per farm and turbine type");
    }

    @Test
    void statusAnswersSqlOverTheResultsAndManifest() throws Exception {
        ExternalTools.Result sql = windsweep(Map.of("MASTER", "local[1]"), "status", run.toString(), "--sql",
                "SELECT farm_idx, type_idx, count(*) AS configs, max(aep) AS best FROM results "
                        + "GROUP BY farm_idx, type_idx ORDER BY farm_idx, type_idx");
        assertEquals(0, sql.exitCode(), sql.stderr());
        List<String> rows = sql.stdout().lines().filter(l -> l.matches("\\|\\s*\\d.*")).toList();
        assertEquals(4, rows.size(), sql.stdout());
        assertTrue(rows.get(0).matches("\\|\\s*0\\s*\\|\\s*0\\s*\\|\\s*2\\s*\\|.*"), rows.get(0));

        ExternalTools.Result badQuery = windsweep(Map.of("MASTER", "local[1]"), "status", run.toString(), "--sql",
                "SELECT nope FROM results");
        assertEquals(2, badQuery.exitCode(), badQuery.stderr());
        assertTrue(badQuery.stderr().contains("--sql"), badQuery.stderr());
    }

    @Test
    void mergeAgainGivesTheSameResultsAndRerunOfACompleteRunComputesNothing() throws Exception {
        Map<String, StoredResult> before = results(run);
        ExternalTools.Result merge = windsweep(Map.of(), "merge", run.toString(), "--json");
        assertEquals(0, merge.exitCode(), merge.stderr());
        assertEquals(8, new ObjectMapper().readTree(merge.stdout()).get("configs_ok").asInt());
        assertEquals(before, results(run));

        ExternalTools.Result rerun = windsweep(Map.of("MASTER", "local[2]"), "rerun", run.toString(), "--json");
        assertEquals(0, rerun.exitCode(), rerun.stderr());
        assertEquals(0, new ObjectMapper().readTree(rerun.stdout()).get("configs_computed").asInt());
    }

    @Test
    void runsFromACheckoutWhosePathHasASpace() throws Exception {
        Path checkout = dir.resolve("wind sweep");
        for (String part : List.of("pom.xml", "config", "src/main", "submit", "spark-conf", "target/windsweep.jar",
                "target/classpath-provided.txt", "target/classpath-runtime.txt", "target/classpath-without-spark.txt")) {
            copyKeepingTimes(PROJECT.resolve(part), checkout.resolve(part));
        }
        String launcher = checkout.resolve("submit/windsweep").toString();

        ExternalTools.Result help = ExternalTools.run(List.of(launcher, "--help"), 120);
        assertEquals(0, help.exitCode(), help.stderr());
        assertTrue(help.stdout().contains("  run "), help.stdout());
        assertFalse(help.stderr().contains("building"), "the copied build is current: " + help.stderr());

        ExternalTools.Result status = ExternalTools.run(List.of(launcher, "status", run.toString(), "--json"),
                Map.of("MASTER", "local[1]"), 300);
        assertEquals(0, status.exitCode(), status.stderr());
        assertEquals(8, new ObjectMapper().readTree(status.stdout()).get("totals").get("configs_ok").asInt());
    }

    /**
     * Copies a file or a tree with the modification times of files and directories kept (directories last, since
     * copying into one changes its time), so the launcher finds the copied build up to date.
     */
    private static void copyKeepingTimes(Path from, Path to) throws java.io.IOException {
        List<Path> sources;
        try (var paths = Files.walk(from)) {
            sources = paths.toList();
        }
        for (Path source : sources) {
            Path target = to.resolve(from.relativize(source).toString());
            if (Files.isDirectory(source)) {
                Files.createDirectories(target);
            } else {
                Files.createDirectories(target.getParent());
                Files.copy(source, target, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        for (int i = sources.size() - 1; i >= 0; i--) {
            Path source = sources.get(i);
            if (Files.isDirectory(source)) {
                Files.setLastModifiedTime(to.resolve(from.relativize(source).toString()),
                        Files.getLastModifiedTime(source));
            }
        }
    }

    static Map<String, StoredResult> results(Path run) throws Exception {
        Map<String, StoredResult> byKey = new TreeMap<>();
        RunDirectory.open(run.toString(), new org.apache.hadoop.conf.Configuration()).readResults().orElseThrow()
                .results().forEach(r -> byKey.put(r.key(), r));
        return byKey;
    }

    static Document xhtml(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
