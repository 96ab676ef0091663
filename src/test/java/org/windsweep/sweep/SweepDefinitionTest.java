package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.optimize.OptimizerSettings;
import org.windsweep.optimize.SmartStartSettings;

/** What a spec's keys mean once read, and the defaults of the keys a spec leaves out (docs/sweep-spec.md). */
class SweepDefinitionTest {

    @TempDir
    Path dir;

    private SweepDefinition read(String yaml) {
        return SweepSpecParser.readDefinition(yaml, "spec.yaml", dir);
    }

    private static final String MINIMAL = """
            name: minimal
            farms:
              - boundary: {circle: {radius: 1300}}
            turbines: [IEA37_3.35MW]
            site: {sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.25, 0.25, 0.25, 0.25], ws_ms: 9.8}}
            n_turbines: 16
            """;

    @Test
    void aMinimalSpecGetsTheDocumentedDefaults() {
        SweepDefinition spec = read(MINIMAL);

        assertEquals("minimal", spec.name());
        assertEquals("Nygaard_2022", spec.wakeModel());
        assertEquals(new SeedRange(0, 1), spec.seeds());
        assertEquals(new SmartStartSettings(18, 30), spec.smartStart());
        assertEquals(new OptimizerSpec(new OptimizerSettings(200, 600), 2400), spec.optimizer());
        assertEquals(2.0, spec.spacingD());
        assertEquals(0, spec.partitions(), "0: the run chooses the partition count");
        assertFalse(spec.turbineCountInKey());
        assertEquals(MINIMAL, spec.yamlText());

        FarmSpec farm = spec.farms().get(0);
        assertEquals("farm0", farm.name(), "an unnamed farm is named by its index");
        assertEquals(new CircleSpec(0, 0, 1300, farm.boundary().at()), farm.boundary(), "the centre defaults to the origin");
        assertEquals(List.of(16), farm.turbineCounts().values());

        SiteSpec.SectorRose site = assertInstanceOf(SiteSpec.SectorRose.class, farm.site());
        assertEquals(List.of(9.8), site.wsMs(), "one speed reads as a list of one");
        assertEquals(List.of(0.1), site.ti(), "PyWake's default ambient TI");
        assertEquals(SiteSpec.Bins.DEFAULT, site.bins());
    }

    @Test
    void everyTopLevelKeyIsRead() {
        SweepDefinition spec = read("""
                name: full
                farms:
                  - name: round
                    boundary: {circle: {center: [100, -200], radius: 1500.5}}
                  - name: square
                    boundary:
                      polygon: [[0, 0], [2000, 0], [2000, 2000], [0, 2000]]
                turbines: [IEA37_3.35MW, V80]
                site:
                  weibull_sectors:
                    wd_deg: [0, 120, 240]
                    frequency: [0.2, 0.3, 0.5]
                    A: [9, 10, 11]
                    k: [2.0, 2.2, 2.4]
                  ti: [0.06, 0.07, 0.08]
                  wd_deg: {from: 0, to: 350, step: 10}
                  ws_ms: [4, 8, 12]
                wake_model: IEA37SimpleBastankhahGaussian
                n_turbines: 12
                seeds: {start: 7, count: 5}
                smart_start: {grid_size: 10, random_pct: 0}
                optimizer: {max_iterations: 0, time_limit_s: 30, hard_limit_s: 45}
                spacing_d: 3.5
                partitions: 4
                """);

        assertEquals("IEA37SimpleBastankhahGaussian", spec.wakeModel());
        assertEquals(new SeedRange(7, 5), spec.seeds());
        assertEquals(new SmartStartSettings(10, 0), spec.smartStart());
        assertEquals(new OptimizerSpec(new OptimizerSettings(0, 30), 45), spec.optimizer());
        assertEquals(3.5, spec.spacingD());
        assertEquals(4, spec.partitions());
        assertEquals(List.of("round", "square"), spec.farms().stream().map(FarmSpec::name).toList());
        assertEquals(List.of("IEA37_3.35MW", "V80"), spec.turbines().stream().map(t -> ((TurbineRef.BuiltIn) t).name()).toList());

        CircleSpec circle = assertInstanceOf(CircleSpec.class, spec.farms().get(0).boundary());
        assertEquals(100, circle.centerX());
        assertEquals(-200, circle.centerY());
        assertEquals(1500.5, circle.radius());
        PolygonSpec square = assertInstanceOf(PolygonSpec.class, spec.farms().get(1).boundary());
        assertEquals(4_000_000, square.area(), 1e-9);
        assertEquals(8_000, square.perimeter(), 1e-9);

        SiteSpec.WeibullSectors site = assertInstanceOf(SiteSpec.WeibullSectors.class, spec.farms().get(0).site());
        assertEquals(List.of(0.2, 0.3, 0.5), site.frequency());
        assertEquals(List.of(9.0, 10.0, 11.0), site.weibullA());
        assertEquals(List.of(2.0, 2.2, 2.4), site.weibullK());
        assertEquals(List.of(0.06, 0.07, 0.08), site.ti());
        assertEquals(36, site.bins().wdDeg().size(), "0, 10, ..., 350");
        assertEquals(350.0, site.bins().wdDeg().get(35));
        assertEquals(List.of(4.0, 8.0, 12.0), site.bins().wsMs());
    }

    @Test
    void hardLimitDefaultsToFourTimesTheTimeLimit() {
        SweepDefinition spec = read(MINIMAL + "optimizer: {time_limit_s: 15}\n");

        assertEquals(new OptimizerSpec(new OptimizerSettings(200, 15), 60), spec.optimizer());
    }

    @Test
    void aFarmsOwnSiteAndTurbineCountReplaceTheSweeps() {
        SweepDefinition spec = read("""
                name: overrides
                farms:
                  - name: plain
                    boundary: {circle: {radius: 1300}}
                  - name: own
                    boundary: {circle: {radius: 2000}}
                    n_turbines: 36
                    site: {sector_rose: {wd_deg: [270], probability: [1], ws_ms: [8, 10]}, ti: 0.06}
                turbines: [IEA37_3.35MW]
                site: {sector_rose: {wd_deg: [0, 180], probability: [0.5, 0.5], ws_ms: 9.8}}
                n_turbines: 16
                """);

        FarmSpec plain = spec.farms().get(0);
        FarmSpec own = spec.farms().get(1);
        assertEquals(List.of(16), plain.turbineCounts().values());
        assertEquals(List.of(0.0, 180.0), ((SiteSpec.SectorRose) plain.site()).wdDeg());
        assertEquals(List.of(36), own.turbineCounts().values());
        SiteSpec.SectorRose ownSite = (SiteSpec.SectorRose) own.site();
        assertEquals(List.of(270.0), ownSite.wdDeg());
        assertEquals(List.of(8.0, 10.0), ownSite.wsMs());
        assertEquals(List.of(0.06), ownSite.ti());
    }

    @Test
    void theSweepNeedsNoSiteOrTurbineCountWhenEveryFarmHasItsOwn() {
        SweepDefinition spec = read("""
                name: per-farm
                farms:
                  - boundary: {circle: {radius: 1300}}
                    n_turbines: 10
                    site: {sector_rose: {wd_deg: [270], probability: [1], ws_ms: 10}}
                turbines: [V80]
                """);

        assertEquals(List.of(10), spec.farms().get(0).turbineCounts().values());
    }

    @Test
    void aTurbineCountListAnywhereAddsTheCountToEveryKey() {
        SweepDefinition spec = read("""
                name: counts
                farms:
                  - boundary: {circle: {radius: 1300}}
                  - boundary: {circle: {radius: 2000}}
                    n_turbines: [16, 25]
                turbines: [IEA37_3.35MW]
                site: {sector_rose: {wd_deg: [270], probability: [1], ws_ms: 10}}
                n_turbines: 16
                seeds: {count: 3}
                """);

        assertTrue(spec.turbineCountInKey());
        assertEquals(List.of(16, 25), spec.farms().get(1).turbineCounts().values());
        assertEquals((1 + 2) * 1 * 3, spec.configCount());
    }

    @Test
    void aClosedPolygonRingLosesItsRepeatedFirstVertex() {
        SweepDefinition spec = read(MINIMAL.replace("{circle: {radius: 1300}}",
                "{polygon: [[0, 0], [1000, 0], [0, 1000], [0, 0]]}"));

        assertEquals(3, ((PolygonSpec) spec.farms().get(0).boundary()).vertices().size());
    }

    @Test
    void filePathsAreReadFromTheSpecsDirectory() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/my-turbine.yaml"), "name: mine\n");
        Files.writeString(dir.resolve("data/site.nc"), "");

        SweepDefinition spec = read(MINIMAL
                .replace("turbines: [IEA37_3.35MW]", "turbines: [V80, {file: data/my-turbine.yaml}]")
                .replace("site: {sector_rose: {wd_deg: [0, 90, 180, 270], probability: [0.25, 0.25, 0.25, 0.25], ws_ms: 9.8}}",
                        "site: {file: data/site.nc, ws_ms: {from: 4, to: 25, step: 1}}"));

        TurbineRef.File turbine = assertInstanceOf(TurbineRef.File.class, spec.turbines().get(1));
        assertEquals(dir.resolve("data/my-turbine.yaml").toAbsolutePath().normalize(), turbine.path());
        SiteSpec.File site = assertInstanceOf(SiteSpec.File.class, spec.farms().get(0).site());
        assertEquals(dir.resolve("data/site.nc").toAbsolutePath().normalize(), site.path());
        assertEquals(22, site.bins().wsMs().size(), "4, 5, ..., 25");
        assertEquals(List.of(), site.bins().wdDeg());
    }

    @Test
    void numbersMayBeWrittenAsPeopleWriteThem() {
        SweepDefinition spec = read(MINIMAL + "spacing_d: .5e1\noptimizer: {time_limit_s: +20}\n");

        assertEquals(5.0, spec.spacingD());
        assertEquals(20.0, spec.optimizer().timeLimitS());
    }
}
