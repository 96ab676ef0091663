package org.windsweep.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Report data of the size of examples/benchmark-3000.yaml (10 farms x 3 turbine types x 100 seeds, 16 turbines
 * each), with farms of every kind the report draws: circles, polygons, and two regions with a hole, an exclusion
 * zone and a setback. Seeded, so every run draws the same page.
 */
final class ReportSamples {

    static final int FARMS = 10;
    static final List<String> TURBINES = List.of("IEA37_3.35MW", "V80", "DTU_10MW");
    static final int SEEDS = 100;
    private static final int N = 16;

    private ReportSamples() {
    }

    static ReportData benchmarkSized() {
        WindRose rose = new WindRose(new double[] {0, 30, 60, 90, 120, 150, 180, 210, 240, 270, 300, 330},
                new double[] {0.04, 0.04, 0.05, 0.06, 0.06, 0.07, 0.09, 0.12, 0.15, 0.14, 0.08, 0.04});
        List<ReportData.Farm> farms = new ArrayList<>();
        for (int f = 0; f < FARMS; f++) {
            farms.add(new ReportData.Farm(outline(f), rose));
        }
        Random random = new Random(11);
        List<ReportData.ConfigResult> results = new ArrayList<>();
        for (int f = 0; f < FARMS; f++) {
            for (int t = 0; t < TURBINES.size(); t++) {
                for (int s = 0; s < SEEDS; s++) {
                    results.add(result(f, t, s, random));
                }
            }
        }
        return new ReportData("benchmark-3000", "Nygaard_2022", farms, TURBINES, results,
                List.of(new ReportData.FailedConfig("farm3_t1_s42", 17, "PARTIAL", "HardLimitExceeded: 2400 s")),
                new ReportData.Totals(3001, 3000, 1, 0));
    }

    private static FarmOutline outline(int farm) {
        double size = 2000 + 300 * farm;
        if (farm == 2) {
            FarmOutline.Shape west = FarmOutline.Shape.polygon(new double[][] {{0, 0}, {1500, 0}, {1500, 4000}, {0, 4000}});
            FarmOutline.Shape hole = FarmOutline.Shape.polygon(
                    new double[][] {{400, 1600}, {1100, 1600}, {1100, 2300}, {400, 2300}});
            FarmOutline.Shape east = FarmOutline.Shape.polygon(
                    new double[][] {{2300, 0}, {4000, 0}, {4000, 1800}, {3100, 2600}, {2300, 1800}});
            return new FarmOutline("farm-" + farm + " two regions",
                    List.of(new FarmOutline.Region(west, List.of(hole)), new FarmOutline.Region(east, List.of())),
                    List.of(FarmOutline.Shape.circle(3150, 900, 350)),
                    List.of(FarmOutline.Shape.polygon(new double[][] {{100, 100}, {1400, 100}, {1400, 3900}, {100, 3900}}),
                            FarmOutline.Shape.polygon(new double[][] {{2400, 100}, {3900, 100}, {3900, 1750},
                                    {3100, 2460}, {2400, 1750}})));
        }
        if (farm % 2 == 0) {
            return FarmOutline.single("farm-" + farm + " circle", FarmOutline.Shape.circle(size / 2, size / 2, size / 2));
        }
        return FarmOutline.single("farm-" + farm + " polygon", FarmOutline.Shape.polygon(
                new double[][] {{0, 0}, {size, 0}, {size, size * 0.6}, {size * 0.6, size}, {0, size}}));
    }

    private static ReportData.ConfigResult result(int farm, int type, int seed, Random random) {
        double size = farm == 2 ? 4000 : 2000 + 300 * farm;
        double[] x = new double[N];
        double[] y = new double[N];
        double[] own = new double[N];
        double[] loss = new double[N];
        double wakeFreePerTurbine = 10 + 5 * type;
        double aep = 0;
        for (int i = 0; i < N; i++) {
            x[i] = size * (0.1 + 0.8 * ((i % 4) + 0.3 * random.nextDouble()) / 4);
            y[i] = size * (0.1 + 0.8 * ((i / 4) + 0.3 * random.nextDouble()) / 4);
            own[i] = wakeFreePerTurbine * (0.85 + 0.15 * random.nextDouble());
            loss[i] = 100 * (1 - own[i] / wakeFreePerTurbine);
            aep += own[i];
        }
        double wakeFree = N * wakeFreePerTurbine;
        Double baseline = farm == 2 ? aep / (1.01 + 0.02 * random.nextDouble()) : null;
        return new ReportData.ConfigResult(String.format(Locale.ROOT, "farm%d_t%d_s%d", farm, type, seed), farm, type, seed, aep,
                aep * (0.97 + 0.02 * random.nextDouble()), x, y, 2 * (80 + 40 * type), own, loss,
                100 * (1 - aep / wakeFree), baseline, baseline == null ? null : 100 * (aep / baseline - 1));
    }
}
