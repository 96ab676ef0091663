package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;

/**
 * Values beyond the documented ranges (docs/sweep-spec.md) are bad input, one line each, found before anything
 * runs: each of these once crashed, hung or overflowed a run instead.
 */
class SpecLimitsTest {

    @TempDir
    Path dir;

    private static final String VALID = """
            name: limits
            farms:
              - name: round
                boundary: {circle: {center: [0, 0], radius: 1300}}
            turbines: [IEA37_3.35MW]
            site:
              sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.25, 0.25, 0.25, 0.25], ws_ms: 9.8}
            n_turbines: 16
            seeds: {start: 0, count: 4}
            smart_start: {grid_size: 18, random_pct: 30}
            optimizer: {max_iterations: 100, time_limit_s: 60}
            """;

    private String message(String line, String replacement) {
        assertTrue(VALID.contains(line), "the test changes a line that exists: " + line);
        String yaml = VALID.replace(line, replacement);
        return assertThrows(InvalidInputException.class, () -> SweepSpecParser.parse(yaml, "spec.yaml", dir))
                .getMessage();
    }

    @Test
    void theValidSpecIsValid() {
        assertEquals(4, SweepSpecParser.parse(VALID, "spec.yaml", dir).configs().size());
    }

    @Test
    void aHugeCandidateGridIsRefused() {
        assertEquals("spec.yaml line 10, smart_start.grid_size: found '100000'; expected the candidate grid's points "
                + "per side, a whole number in [2, 500]", message("grid_size: 18", "grid_size: 100000"));
    }

    @Test
    void aBillionSeedsAreRefusedBeforeAnyConfigIsExpanded() {
        assertEquals("spec.yaml line 9, seeds.count: found '1000000000'; expected how many seeds, a whole number in "
                + "[1, 1000000]", message("count: 4", "count: 1000000000"));
        assertEquals("spec.yaml line 1: the sweep expands to 1600000 configs (farms x turbines x seeds x turbine "
                        + "counts), more than 1000000; split it into several sweeps",
                messageOfSpec(VALID.replace("n_turbines: 16", "n_turbines: [15, 16]").replace("count: 4", "count: 800000")));
    }

    private String messageOfSpec(String yaml) {
        return assertThrows(InvalidInputException.class, () -> SweepSpecParser.parse(yaml, "spec.yaml", dir))
                .getMessage();
    }

    @Test
    void seedsNearTwoToThe63AreRefusedInsteadOfWrappingToNegativeKeys() {
        assertEquals("spec.yaml line 9, seeds.start: found '9223372036854775806'; expected the first seed, a whole "
                + "number in [0, 9007199254740991]", message("start: 0", "start: 9223372036854775806"));
        assertEquals("spec.yaml line 9, seeds.count: found '4'; expected the last seed, start + count - 1, to be at "
                        + "most 9007199254740991; lower seeds.start",
                message("seeds: {start: 0, count: 4}", "seeds: {start: 9007199254740990, count: 4}"));
    }

    @Test
    void anEnormousTimeLimitIsRefusedAndTheLargestAllowedOneDoesNotOverflow() {
        assertEquals("spec.yaml line 11, optimizer.time_limit_s: found '1e308'; expected the time limit per config "
                + "in seconds, a number above 0 and at most 1000000.0", message("time_limit_s: 60", "time_limit_s: 1e308"));
        SweepSpec largest = SweepSpecParser.parse(VALID.replace("time_limit_s: 60", "time_limit_s: 1e6, hard_limit_s: 4e6"),
                "spec.yaml", dir);
        assertEquals(4e6, largest.optimizer().hardLimitS());
    }

    @Test
    void boundariesOutsideTheDocumentedRangeAreRefusedWithTheirReason() {
        assertEquals("spec.yaml line 4, farms[0].boundary.circle: circle boundary: radius 1.0E308 m is more than the "
                + "1e+06 m a farm may have (it may span 2e+06 m); give the radius in metres",
                message("radius: 1300", "radius: 1e308"));
        assertTrue(message("center: [0, 0]", "center: [1e300, 0]").contains("center [1.0E300, 0.0] is not within "
                + "+-1e+08 m"), message("center: [0, 0]", "center: [1e300, 0]"));
        assertTrue(message("center: [0, 0], radius: 1300", "center: [1e8, 0], radius: 1300").contains("circle "
                + "boundary: its bounding box's corner [1.000013E8, 1300.0] is not within +-1e+08 m"));
        assertTrue(message("{circle: {center: [0, 0], radius: 1300}}",
                "{polygon: [[1e300, 0], [1.0000001e300, 0], [1e300, 1e3]]}").contains("vertex 0 [1.0E300, 0.0] is not "
                + "within +-1e+08 m"));
    }

    @Test
    void turbineCountsSpacingAndPartitionsHaveUpperBounds() {
        assertTrue(message("n_turbines: 16", "n_turbines: 5000").contains("expected a turbine count in [1, 1000]"));
        assertTrue(message("optimizer: {", "spacing_d: 1e300\noptimizer: {")
                .contains("spacing_d: found '1e300'; expected the minimum spacing in rotor diameters, such as 2, a "
                        + "number above 0 and at most 100.0"));
        assertTrue(message("optimizer: {", "partitions: 200000\noptimizer: {")
                .contains("expected the number of partitions, a whole number in [1, 100000]"));
    }

    @Test
    void theSameTurbineTwiceIsRefusedNamingBothEntries() {
        assertEquals("spec.yaml line 5, turbines[1]: 'IEA37_3.35MW' is listed twice in turbines (also turbines[0] on "
                + "line 5); keep one", message("turbines: [IEA37_3.35MW]", "turbines: [IEA37_3.35MW, IEA37_3.35MW]"));
    }

    @Test
    void deepNestingIsBadInputNotAStackOverflow() {
        String deep = "[".repeat(100_000) + "]".repeat(100_000);
        String message = message("ws_ms: 9.8", "ws_ms: " + deep);
        assertTrue(message.contains("collections nested more than 64 levels deep"), message);
        String moderate = "[".repeat(100) + "]".repeat(100);
        assertTrue(message("ws_ms: 9.8", "ws_ms: " + moderate).contains("nested more than 64 levels"));
    }

    /** The files a spec names are loaded by another reader, which has no nesting limit of its own. */
    @Test
    void deepNestingInAFileTheSpecNamesIsBadInputNotAStackOverflow() throws Exception {
        Files.writeString(dir.resolve("deep.yaml"), "name: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        String message = message("turbines: [IEA37_3.35MW]", "turbines: [{file: deep.yaml}]");
        assertTrue(message.contains("deep.yaml: collections nested thousands of levels deep"), message);
    }

    /** A count of bins beyond a long once wrapped to a negative one: no bins, so the default ones, without a word. */
    @Test
    void aRangeOfBinsTooLongToCountIsRefusedNotReplacedByTheDefaultBins() {
        String roseLine = "  sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.25, 0.25, 0.25, 0.25], ws_ms: 9.8}";
        String weibull = "  weibull_sectors: {wd_deg: [0, 180], frequency: [0.5, 0.5], A: [9, 9], k: [2, 2]}\n";
        assertTrue(message(roseLine, weibull + "  ws_ms: {from: 3, to: 1e300, step: 1}")
                .contains("ws_ms.step: found '1'; expected at most 100000 values from 3.0 to 1.0E300"));
        assertTrue(message(roseLine, weibull + "  ws_ms: {from: 3, to: 150, step: 1}")
                .contains("expected a wind speed above 0 and at most 100.0 m/s, but the range reaches 101.0"));
        assertTrue(message(roseLine, weibull.replace("A: [9, 9]", "A: [9, 1e300]"))
                .contains("weibull_sectors.A: scale must be > 0 and at most 100.0 m/s, got 1.0E300"));
    }

    @Test
    void aBaselineLayoutHasOneOfTheFarmsTurbineCounts() {
        String farmLine = "    boundary: {circle: {center: [0, 0], radius: 1300}}";
        assertEquals("spec.yaml line 5, farms[0].baseline_layout: the baseline has 1 turbines but the farm's n_turbines "
                + "is 16; results are compared with a baseline of their own size: give a layout of that many turbines",
                message(farmLine, farmLine + "\n    baseline_layout: {x: [0], y: [0]}"));
    }

    @Test
    void aBaselineLayoutMustBeFiniteAndWithinTheCoordinateRange() throws Exception {
        String farmLine = "    boundary: {circle: {center: [0, 0], radius: 1300}}";
        Files.writeString(dir.resolve("layout.yaml"), "definitions:\n  position:\n    items:\n      - [0, 0]\n"
                + "      - [.nan, 5]\n");
        assertTrue(message(farmLine, farmLine + "\n    baseline_layout: {file: layout.yaml}")
                .contains("'definitions.position.items[1][0]' is not a finite number (found 'NaN')"));
        assertTrue(message(farmLine, farmLine + "\n    baseline_layout: {x: [0, 1e300], y: [0, 0]}")
                .contains("baseline layout: turbine 1 [1.0E300, 0.0] is not within +-1e+08 m"));
    }

    /** A wide setback leaves a sliver no candidate falls in: the run would fail every config of the farm. */
    @Test
    void aTurbineCountSmartStartsGridCannotHoldIsRefused() {
        String yaml = VALID.replace("n_turbines: 16", "n_turbines: 1").replace("{circle: {center: [0, 0], radius: 1300}}",
                "{polygon: [[0, 0], [3000, 0], [3000, 3000], [0, 3000]], buffer_m: 1499}");
        String message = assertThrows(InvalidInputException.class, () -> SweepSpecParser.parse(yaml, "spec.yaml", dir))
                .getMessage();
        assertEquals("spec.yaml line 8, n_turbines: no point of smart start's 18x18 candidate grid lies inside farm "
                + "'round''s boundary (less its setback); raise smart_start.grid_size or enlarge the boundary", message);
        assertEquals("spec.yaml line 8, n_turbines: n_turbines 400 for farm 'round' is more than smart start's 18x18 "
                + "candidate grid can hold in its boundary: at most 216, 260.0 m (2.0 x IEA37_3.35MW's diameter) "
                + "apart; raise smart_start.grid_size, lower n_turbines or spacing_d, or enlarge the boundary",
                assertThrows(InvalidInputException.class, () -> SweepSpecParser.parse(VALID.replace("n_turbines: 16",
                        "n_turbines: 400").replace("radius: 1300", "radius: 10000"), "spec.yaml", dir)).getMessage());
        // a run recorded before the check existed still opens, so that its other farms' results can be merged
        assertEquals(4, SweepSpecParser.parseRecorded(yaml, "spec.yaml", dir).configs().size());
    }

    /** Names are printed in tables and stored in results: a control character rewrote the terminal or split a line. */
    @Test
    void namesArePrintableShortAndTellTurbineTypesApart() throws Exception {
        assertEquals("spec.yaml line 3, farms[0].name: the farm's name has the control character U+001B at position 5; "
                + "give a name of printable characters", message("- name: round", "- name: \"round\\e[2J\""));
        assertTrue(message("name: limits", "name: " + "x".repeat(201)).contains("expected at most 200 letters"));
        String turbine = "name: NAME\ndiameter: 130\nhub_height: 110\nws: [3, 10, 25]\npower: [0, 3e6, 3e6]\nct: [0.8, 0.8, 0.4]\n";
        Files.writeString(dir.resolve("a.yaml"), turbine.replace("NAME", "Same"));
        Files.writeString(dir.resolve("b.yaml"), turbine.replace("NAME", "Same"));
        assertEquals("spec.yaml line 5, turbines[1].file: this turbine is named 'Same', as is turbines[0]; results tell "
                + "turbine types apart by name: rename one in its file",
                message("turbines: [IEA37_3.35MW]", "turbines: [{file: a.yaml}, {file: b.yaml}]"));
        assertEquals(8, SweepSpecParser.parseRecorded(VALID.replace("turbines: [IEA37_3.35MW]",
                "turbines: [{file: a.yaml}, {file: b.yaml}]"), "spec.yaml", dir).configs().size(), "a recorded run opens");
        Files.writeString(dir.resolve("c.yaml"), turbine.replace("NAME", "\"nul\\0\""));
        assertTrue(message("turbines: [IEA37_3.35MW]", "turbines: [{file: c.yaml}]")
                .contains("turbine: the name has the control character U+0000 at position 3"));
    }

    @Test
    void aSpecOverTheSizeLimitIsRefusedTheSameWayAsFileAndAsText() throws Exception {
        String padded = VALID + "#" + "x".repeat(SpecLimits.MAX_SPEC_BYTES) + "\n";
        Path file = dir.resolve("big.yaml");
        Files.writeString(file, padded);
        String fromFile = assertThrows(InvalidInputException.class, () -> SweepSpecParser.parseFile(file)).getMessage();
        assertTrue(fromFile.contains("is larger than 1000000 bytes"), fromFile);
        String fromText = assertThrows(InvalidInputException.class,
                () -> SweepSpecParser.parse(padded, "big.yaml", dir)).getMessage();
        assertTrue(fromText.contains("more than the 1000000 a spec may have"), fromText);
    }

    @Test
    void aTagOutsideYamlsCoreSchemaIsRefusedNotIgnored() {
        assertEquals("spec.yaml line 1: the YAML tag tag:yaml.org,2002:python/object:os.system has no meaning in a spec; "
                + "remove it", message("name: limits", "name: !!python/object:os.system limits"));
    }

    @Test
    void aFileEntryNamingADirectoryOrDeviceSaysSo() {
        assertTrue(message("turbines: [IEA37_3.35MW]", "turbines: [{file: /dev/zero}]")
                .contains("/dev/zero is a directory or a device, not a file; expected a turbine file"));
    }
}
