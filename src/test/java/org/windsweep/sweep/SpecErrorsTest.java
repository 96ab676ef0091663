package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.InvalidInputException;

/**
 * Every spec mistake is reported before anything runs, in one line: file and line, the key path, what was found and
 * what is expected. Line numbers below count from the first line of each YAML text.
 */
class SpecErrorsTest {

    @TempDir
    Path dir;

    /** A valid spec, one key per line, so that each test can break one line of it. */
    private static final String VALID = """
            name: errors
            farms:
              - name: round
                boundary: {circle: {center: [0, 0], radius: 1300}}
              - name: square
                boundary:
                  polygon: [[0, 0], [2000, 0], [2000, 2000], [0, 2000]]
            turbines: [IEA37_3.35MW]
            site:
              sector_rose:
                wd_deg: [0, 90, 180, 270]
                probability: [0.25, 0.25, 0.25, 0.25]
                ws_ms: 9.8
              ti: 0.075
            n_turbines: 16
            seeds: {start: 0, count: 4}
            smart_start: {grid_size: 18, random_pct: 30}
            optimizer: {max_iterations: 100, time_limit_s: 60, hard_limit_s: 240}
            spacing_d: 2
            """;

    private String message(String yaml) {
        return assertThrows(InvalidInputException.class, () -> SweepSpecParser.readDefinition(yaml, "spec.yaml", dir)).getMessage();
    }

    private String messageWith(String line, String replacement) {
        assertTrue(VALID.contains(line), "the test breaks a line that exists: " + line);
        return message(VALID.replace(line, replacement));
    }

    @Test
    void theValidSpecIsValid() {
        assertEquals(8, SweepSpecParser.readDefinition(VALID, "spec.yaml", dir).configCount());
    }

    @Test
    void aTypoInAKeySuggestsTheKeyMeant() {
        assertEquals("spec.yaml line 16, seed: unknown key 'seed'; did you mean 'seeds'? allowed here: name, farms, turbines, site, "
                        + "wake_model, n_turbines, seeds, smart_start, optimizer, spacing_d, partitions",
                messageWith("seeds: {start", "seed: {start"));
        assertEquals("spec.yaml line 17, smart_start.gridsize: unknown key 'gridsize'; did you mean 'grid_size'? allowed here: grid_size, random_pct",
                messageWith("{grid_size: 18,", "{gridsize: 18,"));
        assertEquals("spec.yaml line 4, farms[0].boundry: unknown key 'boundry'; did you mean 'boundary'? allowed here: name, boundary, site, n_turbines, baseline_layout",
                messageWith("    boundary: {circle", "    boundry: {circle"));
    }

    @Test
    void anUnknownKeyFarFromEveryAllowedOneListsThemWithoutAGuess() {
        assertEquals("spec.yaml line 14, site.turbulence: unknown key 'turbulence'; allowed here: sector_rose, wind_rose, weibull_sectors, file, ti, wd_deg, ws_ms",
                messageWith("  ti: 0.075", "  turbulence: 0.075"));
    }

    @Test
    void aNegativeOrZeroSeedCountIsRefused() {
        assertEquals("spec.yaml line 16, seeds.count: found '-4'; expected how many seeds, a whole number in [1, 1000000]",
                messageWith("count: 4", "count: -4"));
        assertEquals("spec.yaml line 16, seeds.count: found '0'; expected how many seeds, a whole number in [1, 1000000]",
                messageWith("count: 4", "count: 0"));
        assertEquals("spec.yaml line 16, seeds.start: found '-1'; expected the first seed, a whole number in [0, 9007199254740991]",
                messageWith("start: 0, count", "start: -1, count"));
    }

    @Test
    void aPolygonNeedsThreeVerticesOfTwoCoordinates() {
        assertEquals("spec.yaml line 7, farms[1].boundary.polygon: found a list of 2 items; expected a list of at least 3 [x, y] vertices (metres)",
                messageWith("[[0, 0], [2000, 0], [2000, 2000], [0, 2000]]", "[[0, 0], [2000, 0]]"));
        assertEquals("spec.yaml line 7, farms[1].boundary.polygon[1]: found a list of 3 items; expected a point [x, y] in metres (two numbers)",
                messageWith("[[0, 0], [2000, 0], [2000, 2000], [0, 2000]]", "[[0, 0], [2000, 0, 5], [2000, 2000]]"));
        assertEquals("spec.yaml line 7, farms[1].boundary.polygon[2][0]: found 'x'; expected a number, as an item of a point [x, y] in metres",
                messageWith("[[0, 0], [2000, 0], [2000, 2000], [0, 2000]]", "[[0, 0], [2000, 0], [x, 2000]]"));
    }

    @Test
    void aBoundaryIsACircleOrAPolygonAndNotBoth() {
        assertEquals("spec.yaml line 6, farms[1].boundary: found none of them; expected exactly one of circle, polygon, regions, file",
                message(VALID.replace("      polygon: [[0, 0], [2000, 0], [2000, 2000], [0, 2000]]\n", "      {}\n")
                        .replace("    boundary:\n      {}", "    boundary: {}")));
        assertEquals("spec.yaml line 4, farms[0].boundary: found circle and polygon; expected exactly one of circle, polygon, regions, file",
                messageWith("{circle: {center: [0, 0], radius: 1300}}", "{circle: {radius: 1300}, polygon: [[0, 0], [1, 0], [0, 1]]}"));
    }

    @Test
    void aRadiusMustBePositive() {
        assertEquals("spec.yaml line 4, farms[0].boundary.circle.radius: found '0'; expected the radius in metres, a number above 0",
                messageWith("radius: 1300", "radius: 0"));
        assertEquals("spec.yaml line 4, farms[0].boundary.circle.radius: found '-5'; expected the radius in metres, a number above 0",
                messageWith("radius: 1300", "radius: -5"));
    }

    @Test
    void aMissingRequiredKeyIsNamedAtItsMapping() {
        assertEquals("spec.yaml line 4, farms[0].boundary.circle.radius: missing; expected the radius in metres, a number above 0",
                messageWith("{center: [0, 0], radius: 1300}", "{center: [0, 0]}"));
        assertEquals("spec.yaml line 1, farms: missing; expected a list of farms {name, boundary}",
                message("name: x\nturbines: [V80]\n"));
        assertEquals("spec.yaml line 7, farms[1].n_turbines: missing; give the farm its n_turbines or set the sweep's top-level n_turbines",
                message("""
                        name: x
                        turbines: [V80]
                        site: {sector_rose: {wd_deg: [0], probability: [1], ws_ms: 8}}
                        farms:
                          - boundary: {circle: {radius: 1000}}
                            n_turbines: 4
                          - name: b
                            boundary: {circle: {radius: 1000}}
                        """));
    }

    @Test
    void turbineCountsMustBeWholeAtLeastOneAndDistinct() {
        assertEquals("spec.yaml line 15, n_turbines: found '0'; expected a turbine count in [1, 1000], or a list of distinct counts",
                messageWith("n_turbines: 16", "n_turbines: 0"));
        assertEquals("spec.yaml line 15, n_turbines[2]: found '16'; expected distinct counts (each is a sweep value, and keys must be unique); remove the repeat",
                messageWith("n_turbines: 16", "n_turbines: [16, 25, 16]"));
        assertEquals("spec.yaml line 15, n_turbines: found '2.5'; expected a turbine count in [1, 1000], or a list of distinct counts (a whole number)",
                messageWith("n_turbines: 16", "n_turbines: 2.5"));
    }

    @Test
    void spacingAndOptimizerLimitsMustMakeSense() {
        assertEquals("spec.yaml line 19, spacing_d: found '0'; expected the minimum spacing in rotor diameters, such as 2, a number above 0 and at most 100.0",
                messageWith("spacing_d: 2", "spacing_d: 0"));
        assertEquals("spec.yaml line 18, optimizer.max_iterations: found '-1'; expected the iteration cap (0: smart start only), a whole number in [0, 1000000]",
                messageWith("max_iterations: 100", "max_iterations: -1"));
        assertEquals("spec.yaml line 18, optimizer.time_limit_s: found '0'; expected the time limit per config in seconds, a number above 0 and at most 1000000.0",
                messageWith("time_limit_s: 60", "time_limit_s: 0"));
        assertEquals("spec.yaml line 18, optimizer.hard_limit_s: found '30'; expected at least time_limit_s (60.0); "
                        + "the hard limit abandons a config that overran its time limit",
                messageWith("hard_limit_s: 240", "hard_limit_s: 30"));
    }

    @Test
    void smartStartSettingsHaveTheirRanges() {
        assertEquals("spec.yaml line 17, smart_start.random_pct: found '130'; expected a percentage in [0, 100] (0: always the best candidate)",
                messageWith("random_pct: 30", "random_pct: 130"));
        assertEquals("spec.yaml line 17, smart_start.random_pct: found '-1'; expected a percentage in [0, 100] (0: always the best candidate)",
                messageWith("random_pct: 30", "random_pct: -1"));
        assertEquals("spec.yaml line 17, smart_start.grid_size: found '1'; expected the candidate grid's points per side, a whole number in [2, 500]",
                messageWith("grid_size: 18", "grid_size: 1"));
    }

    @Test
    void siteArraysMustMatchAndProbabilitiesSumToOne() {
        assertEquals("spec.yaml line 12, site.sector_rose.probability: found a list of 3 items; expected 4 numbers, one per item of wd_deg",
                messageWith("probability: [0.25, 0.25, 0.25, 0.25]", "probability: [0.25, 0.25, 0.5]"));
        assertEquals("spec.yaml line 12, site.sector_rose.probability: found a list of 4 items; expected values that sum to 1 (within 0.01),"
                        + " but they sum to 100.0; give fractions, not percentages, and include every sector",
                messageWith("probability: [0.25, 0.25, 0.25, 0.25]", "probability: [25, 25, 25, 25]"));
        assertEquals("spec.yaml line 12, site.sector_rose.probability[1]: found '-0.25'; expected a probability of at least 0",
                messageWith("probability: [0.25, 0.25, 0.25, 0.25]", "probability: [0.5, -0.25, 0.5, 0.25]"));
        assertEquals("spec.yaml line 11, site.sector_rose.wd_deg[3]: found '360'; expected a direction in [0, 360) degrees",
                messageWith("wd_deg: [0, 90, 180, 270]", "wd_deg: [0, 90, 180, 360]"));
        assertEquals("spec.yaml line 11, site.sector_rose.wd_deg[2]: found '90'; expected directions in increasing order, after 90.0",
                messageWith("wd_deg: [0, 90, 180, 270]", "wd_deg: [0, 90, 90, 270]"));
        assertEquals("spec.yaml line 14, site.ti: found '7.5'; expected a turbulence intensity in (0, 1) (0.075 means 7.5 %)",
                messageWith("ti: 0.075", "ti: 7.5"));
    }

    @Test
    void weibullSectorArraysMustMatch() {
        String weibull = """
                name: w
                farms: [{boundary: {circle: {radius: 1000}}}]
                turbines: [V80]
                n_turbines: 4
                site:
                  weibull_sectors:
                    wd_deg: [0, 180]
                    frequency: [0.5, 0.5]
                    A: [9, 10]
                    k: [2, 2.1]
                """;
        assertEquals(1, SweepSpecParser.readDefinition(weibull, "spec.yaml", dir).configCount());
        assertEquals("spec.yaml line 9, site.weibull_sectors.A: found a list of 3 items; expected 2 numbers, one per item of wd_deg",
                message(weibull.replace("A: [9, 10]", "A: [9, 10, 11]")));
        assertEquals("spec.yaml line 10, site.weibull_sectors.k[0]: found '0'; expected a value above 0",
                message(weibull.replace("k: [2, 2.1]", "k: [0, 2.1]")));
        assertEquals("spec.yaml line 6, site.weibull_sectors.k: missing; expected one Weibull shape k per sector, a list",
                message(weibull.replace("    k: [2, 2.1]\n", "")));
    }

    @Test
    void binsMustBeValidToo() {
        assertEquals("spec.yaml line 15, site.wd_deg: found a mapping with keys [from, to, step]; expected a direction in [0, 360) degrees, but the range reaches 360.0",
                messageWith("  ti: 0.075", "  ti: 0.075\n  wd_deg: {from: 0, to: 360, step: 1}"));
        assertEquals("spec.yaml line 15, site.wd_deg.step: found '0'; expected a step above 0",
                messageWith("  ti: 0.075", "  ti: 0.075\n  wd_deg: {from: 0, to: 359, step: 0}"));
    }

    @Test
    void filesThatDoNotExistAreNamedWithTheDirectoryTheyWereLookedFor() {
        Path base = dir.toAbsolutePath().normalize();
        assertEquals("spec.yaml line 8, turbines[1].file: no such file: " + base.resolve("nope.yaml")
                        + "; expected a turbine file (relative paths are read from the spec's directory " + base + ")",
                messageWith("turbines: [IEA37_3.35MW]", "turbines: [IEA37_3.35MW, {file: nope.yaml}]"));
        assertEquals("spec.yaml line 10, site.file: no such file: " + base.resolve("wind/site.nc")
                        + "; expected a netCDF4/HDF5 wind-resource file or an IEA37 wind-rose YAML (relative paths are read from the spec's directory " + base + ")",
                message(VALID.replace("""
                          sector_rose:
                            wd_deg: [0, 90, 180, 270]
                            probability: [0.25, 0.25, 0.25, 0.25]
                            ws_ms: 9.8
                          ti: 0.075
                        """, "  file: wind/site.nc\n")));
    }

    @Test
    void namesAndPartitionsAreChecked() {
        assertEquals("spec.yaml line 1, name: found 'my sweep'; expected at most 200 letters, digits, '.', '_' or '-' (it names the run directory), such as my-sweep",
                messageWith("name: errors", "name: my sweep"));
        assertEquals("spec.yaml line 5, farms[1]: the farm name 'round' is also used on line 3; give each farm its own name",
                messageWith("name: square", "name: round"));
        assertEquals("spec.yaml line 20, partitions: found '9'; expected at most 8 (the number of configs), so that no partition is empty",
                message(VALID + "partitions: 9\n"));
    }

    @Test
    void yamlSyntaxErrorsAndWrongShapesNameTheirLine() {
        String broken = message(VALID.replace("seeds: {start: 0, count: 4}", "seeds: {start: 0, count: 4"));
        assertTrue(broken.startsWith("spec.yaml line 17: not valid YAML: "), broken);
        assertEquals("spec.yaml line 8, turbines: found 'IEA37_3.35MW'; expected a list of turbine names (such as IEA37_3.35MW) or {file: path}",
                messageWith("turbines: [IEA37_3.35MW]", "turbines: IEA37_3.35MW"));
        assertEquals("spec.yaml line 16, seeds.start: key 'start' appears twice (first on line 16); keep one",
                messageWith("seeds: {start: 0, count: 4}", "seeds: {start: 0, start: 4}"));
        assertEquals("spec.yaml line 1: the spec is empty; expected a mapping with at least name, farms, turbines, site and n_turbines",
                message("# nothing but a comment\n"));
        assertEquals("spec.yaml line 1: found a list of 1 item; expected a sweep spec: a mapping with keys name, farms, turbines, site,"
                        + " wake_model, n_turbines, seeds, smart_start, optimizer, spacing_d, partitions",
                message("- name: x\n"));
    }
}
