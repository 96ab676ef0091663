package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.windsweep.optimize.SmartStartSettings;

/** The specs the project ships: the embedded demo and the examples/ folder. */
class ExampleSpecsTest {

    private static SweepDefinition example(String fileName) throws Exception {
        Path file = Path.of("examples", fileName);
        return SweepSpecParser.readDefinition(Files.readString(file), fileName, file.toAbsolutePath().getParent());
    }

    @Test
    void theDemoIsSmallWithANonConvexFarmAndTwoTurbineTypes() {
        SweepDefinition demo = SweepSpecParser.readDefinition(SweepSpecParser.demoYaml(), "demo.yaml", Path.of(""));

        assertEquals("demo", demo.name());
        assertEquals("Nygaard_2022", demo.wakeModel());
        assertEquals(3, demo.farms().size());
        assertEquals(2, demo.turbines().size());
        assertEquals(4, demo.seeds().count());
        assertEquals(24, demo.configCount());
        PolygonSpec lShape = assertInstanceOf(PolygonSpec.class, demo.farms().get(1).boundary());
        assertEquals(2_560_000, lShape.area(), 1e-6, "the L's two arms, 2000 x 800 and 800 x 1200");
    }

    @Test
    void iea37CaseStudy1HasItsThreeCircularFarms() throws Exception {
        SweepDefinition cs1 = example("iea37-cs1.yaml");

        assertEquals("IEA37SimpleBastankhahGaussian", cs1.wakeModel());
        assertEquals(List.of(16, 36, 64), cs1.farms().stream().map(f -> f.turbineCounts().values().get(0)).toList());
        assertEquals(List.of(1300.0, 2000.0, 3000.0), cs1.farms().stream().map(f -> ((CircleSpec) f.boundary()).radius()).toList());
        SiteSpec.SectorRose rose = assertInstanceOf(SiteSpec.SectorRose.class, cs1.farms().get(0).site());
        assertEquals(16, rose.wdDeg().size());
        assertEquals(0.213, rose.probability().get(12), "the dominant westerly");
        assertEquals(List.of(9.8), rose.wsMs());
        assertEquals(List.of(0.075), rose.ti());
        assertEquals(2.0, cs1.spacingD());
        assertFalse(cs1.turbineCountInKey(), "per-farm single counts keep the original key scheme");
    }

    @Test
    void theBenchmarkHas3000ConfigsOf16Turbines() throws Exception {
        SweepDefinition benchmark = example("benchmark-3000.yaml");

        assertEquals(3000, benchmark.configCount());
        assertEquals(10, benchmark.farms().size());
        assertEquals(3, benchmark.turbines().size());
        assertEquals(100, benchmark.seeds().count());
        assertEquals("IEA37SimpleBastankhahGaussian", benchmark.wakeModel());
        assertTrue(benchmark.farms().stream().allMatch(f -> f.turbineCounts().values().equals(List.of(16))));
        assertTrue(benchmark.farms().stream().anyMatch(f -> f.boundary() instanceof CircleSpec));
        assertTrue(benchmark.farms().stream().anyMatch(f -> f.boundary() instanceof PolygonSpec));
    }

    @Test
    void theOriginalSweepIs3000ConfigsAtFullResolutionWithAClimatePerFarm() throws Exception {
        SweepDefinition original = example("original-sweep.yaml");

        assertEquals(3000, original.configCount());
        assertEquals(10, original.farms().size());
        assertEquals(3, original.turbines().size());
        assertEquals(100, original.seeds().count());
        assertEquals("Nygaard_2022", original.wakeModel());
        assertEquals(1.1, original.spacingD());
        assertTrue(original.farms().stream().allMatch(f -> f.turbineCounts().values().equals(List.of(16))));
        assertEquals(10, original.farms().stream().map(FarmSpec::site).distinct().count(), "a climate per farm");
        SweepSpec spec = SweepSpecParser.parse(Files.readString(Path.of("examples", "original-sweep.yaml")),
                "original-sweep.yaml", Path.of("examples"));
        assertEquals(new SmartStartSettings(18, 30), spec.smartStart());
        for (int f = 0; f < 10; f++) {
            org.windsweep.physics.Site site = spec.farms().get(f).site();
            assertEquals(360, site.wdCount(), "farm " + f);
            assertEquals(23, site.wsCount(), "farm " + f);
        }
    }
}
