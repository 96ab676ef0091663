package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Flow cases in which every turbine is proved to run at its steady (rated) power are not solved
 * ({@link SteadyPower}). That may change no number: AEP and its gradient are those of solving every flow case, and
 * every flow case skipped, when solved, has every turbine on the curve's steady stretch.
 */
class SteadyPowerTest {

    private static final String CUT_OUT = "CUT_OUT";
    private static final String RISING_CT = "RISING_CT";
    private static final double[] WD = directions(10);
    private static final double[] WS = speeds();

    @ParameterizedTest(name = "{0} {1}, {2} D apart")
    @CsvSource({"Nygaard_2022, V80, 4", "Nygaard_2022, V80, 1.5", "Nygaard_2022, IEA_15MW, 3", "NiayifarGaussian, V80, 4",
            "BastankhahGaussian, IEA_15MW, 3", "NOJ, V80, 4", "Nygaard_2022, DTU_10MW, 4",
            "Nygaard_2022, " + CUT_OUT + ", 4", "NOJ, " + CUT_OUT + ", 2",
            "Nygaard_2022, " + RISING_CT + ", 4", "Nygaard_2022, " + RISING_CT + ", 1.5", "NOJ, " + RISING_CT + ", 2"})
    void aepAndGradientAreThoseOfSolvingEveryFlowCase(String modelName, String turbineName, double spacingD) {
        Turbine turbine = turbine(turbineName);
        WakeModel model = WakeModels.byName(modelName);
        Site site = site();
        double[][] layout = jitteredGrid(turbine, 25, spacingD);
        double[] x = layout[0];
        double[] y = layout[1];
        WindFarmModel skipping = new WindFarmModel(turbine, site, model);
        WindFarmModel solvingAll = new WindFarmModel(turbine, site, withoutThrustClaim(model));

        AepResult expected = solvingAll.aep(x, y);
        AepResult actual = skipping.aep(x, y);
        assertEquals(expected.total(), actual.total(), 0, "AEP");
        assertArrayEquals(expected.perWd(), actual.perWd(), 0, "AEP per wd");
        assertArrayEquals(expected.perTurbine(), actual.perTurbine(), 0, "AEP per turbine");

        double[] expectedDx = new double[x.length];
        double[] expectedDy = new double[x.length];
        double[] dx = new double[x.length];
        double[] dy = new double[x.length];
        assertEquals(solvingAll.aepWithGradient(x, y, expectedDx, expectedDy), skipping.aepWithGradient(x, y, dx, dy), 0,
                "AEP with the gradient");
        assertArrayEquals(expectedDx, dx, 0, "dAEP/dx");
        assertArrayEquals(expectedDy, dy, 0, "dAEP/dy");
    }

    /**
     * Every flow case the shortcut skips, solved: each turbine's effective speed on the steady stretch, so its power is
     * the steady power. And the shortcut does skip: at least three speeds per direction at 4 D, but not the first
     * speed of the steady stretch in a row 1.1 D apart along the wind, whose wakes slow the last turbines below it.
     */
    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"Nygaard_2022, V80", "Nygaard_2022, IEA_15MW", "NiayifarGaussian, V80", "NOJ, IEA_15MW"})
    void everySkippedFlowCaseHasEveryTurbineOnTheSteadyStretch(String modelName, String turbineName) {
        Turbine turbine = TurbineLibrary.builtIn(turbineName);
        WakeModel model = WakeModels.byName(modelName);
        Site site = site();
        double[][] grid = jitteredGrid(turbine, 16, 4);
        int skipped = 0;
        for (int l = 0; l < WD.length; l++) {
            skipped += skippedAndChecked(turbine, model, grid[0], grid[1], WD[l], site.ti(l));
        }
        assertTrue(skipped >= WD.length * 3, "flow cases skipped at 4 D: " + skipped);

        double d = turbine.diameter();
        int skippedInRow = skippedAndChecked(turbine, model, new double[] {0, 0, 0, 0},
                new double[] {0, 1.1 * d, 2.2 * d, 3.3 * d}, 0, 0.06);
        double stretchFrom = turbine.curve().steadyPowerFrom(WS[WS.length - 1]);
        long speedsOnStretch = Arrays.stream(WS).filter(ws -> ws >= stretchFrom).count();
        assertTrue(skippedInRow < speedsOnStretch, "a row 1.1 D apart: skipped " + skippedInRow + " of the "
                + speedsOnStretch + " speeds on the steady stretch");
    }

    /** How many of the speeds of wind direction wd the shortcut skips, each checked by solving it. */
    private static int skippedAndChecked(Turbine turbine, WakeModel model, double[] x, double[] y, double wd, double ti) {
        FarmSolver solver = new FarmSolver(turbine, model, x.length, WS, false);
        SteadyPower steady = new SteadyPower(turbine, model, WS);
        int[] all = allSpeeds();
        solver.setDirection(x, y, wd);
        int unsteady = steady.unsteadyCount(solver, ti, all, all.length);
        if (unsteady < all.length) {
            solver.solve(all, unsteady, all.length, ti, false);
        }
        for (int k = unsteady; k < all.length; k++) {
            double from = turbine.curve().steadyPowerFrom(WS[k]);
            for (int j = 0; j < x.length; j++) {
                assertTrue(solver.wsEff(j, k) >= from, "turbine " + j + " at wd " + wd + ", ws " + WS[k]
                        + ": effective speed " + solver.wsEff(j, k) + " below the steady stretch from " + from);
                assertEquals(steady.power(k), solver.power(j, k), 0);
            }
        }
        return all.length - unsteady;
    }

    /**
     * Each deficit's claim ({@link WakeDeficit#thrustMonotoneUpTo}) checked on a grid of points: the deficit does not
     * fall as CT grows up to the claimed CT (within the rotor average table's error).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource({"Nygaard_2022", "NiayifarGaussian", "BastankhahGaussian", "NOJ"})
    void everyDeficitGrowsWithThrustUpToItsClaim(String modelName) {
        WakeDeficit deficit = WakeModels.byName(modelName).deficit();
        double limit = Math.min(deficit.thrustMonotoneUpTo(), 3);
        assertTrue(limit >= 0.75, modelName + " claims " + limit);
        Turbine turbine = TurbineLibrary.builtIn("V80");
        double d = turbine.diameter();
        WakeSource source = new WakeSource();
        for (double ti : new double[] {0.02, 0.06, 0.1, 0.2}) {
            for (double dwD : new double[] {0.25, 1, 2, 4, 8, 20, 60}) {
                for (double cwD : new double[] {0, 0.2, 0.5, 0.9, 1.5, 2.5, 4}) {
                    double previous = 0;
                    for (double ct = 0.005; ct <= limit; ct += 0.005) {
                        source.set(ct, ti, ti, turbine);
                        deficit.prepare(source);
                        double value = deficit.deficit(source, dwD * d, cwD * d * (cwD * d), d / 2);
                        assertTrue(value >= previous - 1e-9, modelName + " at TI " + ti + ", " + dwD + " D downwind, "
                                + cwD + " D across: " + value + " at CT " + ct + " below " + previous);
                        previous = value;
                    }
                }
            }
        }
    }

    @Test
    void theSteadyStretchIsTheRunOfEqualPowerThatHoldsTheSpeed() {
        PowerCtCurve v80 = TurbineLibrary.builtIn("V80").curve();
        assertEquals(17, v80.steadyPowerFrom(17));
        assertEquals(17, v80.steadyPowerFrom(21.5));
        assertEquals(17, v80.steadyPowerFrom(25));
        assertEquals(17, v80.steadyPowerFrom(30), "beyond the table its last value holds");
        assertTrue(Double.isNaN(v80.steadyPowerFrom(16.5)), "power still rises towards 17 m/s");
        assertTrue(Double.isNaN(v80.steadyPowerFrom(16)), "the slope at a node is its right segment's");
        assertTrue(Double.isNaN(TurbineLibrary.builtIn("DTU_10MW").curve().steadyPowerFrom(20)),
                "the DTU 10 MW table's power wavers above rated");
        assertEquals(0.167, v80.largestCt(17, 25));
        assertEquals(0.807, v80.largestCt(8.5, 9.5), "the node between the ends");
        assertEquals(0.5 * (0.739 + 0.709), v80.largestCt(11.5, 11.5));

        PowerCtCurve cubic = TurbineLibrary.builtIn("IEA37_3.35MW").curve();
        assertEquals(9.8, cubic.steadyPowerFrom(9.8));
        assertEquals(9.8, cubic.steadyPowerFrom(25));
        assertTrue(Double.isNaN(cubic.steadyPowerFrom(9)));
        assertTrue(Double.isNaN(cubic.steadyPowerFrom(26)), "no power beyond cut-out");
    }

    /** The model with its deficit's claim withdrawn, so that every flow case is solved; the same numbers otherwise. */
    private static WakeModel withoutThrustClaim(WakeModel model) {
        WakeDeficit wrapped = model.deficit();
        WakeDeficit unclaimed = new WakeDeficit() {
            @Override
            public void prepare(WakeSource source) {
                wrapped.prepare(source);
            }

            @Override
            public double deficit(WakeSource source, double dw, double cwSquared, double destRadius) {
                return wrapped.deficit(source, dw, cwSquared, destRadius);
            }

            @Override
            public void deficits(WakeSource[] states, int from, int count, double dw, double[] cwSquared, int offsets,
                                 double destRadius, StateBatch batch) {
                wrapped.deficits(states, from, count, dw, cwSquared, offsets, destRadius, batch);
            }

            @Override
            public void evaluate(WakeSource source, double dw, double cw, double destRadius, PairTerms out) {
                wrapped.evaluate(source, dw, cw, destRadius, out);
            }

            @Override
            public void evaluateStates(WakeSource[] states, int from, int count, double dw, double[] cw, int offsets,
                                       double destRadius, StateBatch batch) {
                wrapped.evaluateStates(states, from, count, dw, cw, offsets, destRadius, batch);
            }

            @Override
            public void wakeRadius(WakeSource source, double dw, PairTerms out) {
                wrapped.wakeRadius(source, dw, out);
            }
        };
        return new WakeModel(model.name(), unclaimed, model.superposition(), model.ground(), model.turbulence());
    }

    /**
     * A built-in turbine, or one whose curve has what the built-in ones lack, both with a flat stretch below rated
     * (8-9 m/s): CUT_OUT stops (0 W, CT 0) from 20.01 m/s, inside the site's speeds; RISING_CT's CT rises along its
     * rated stretch (13-25 m/s), so the bound must take the stretch's largest CT, not its top speed's.
     */
    private static Turbine turbine(String name) {
        double[] ws = {3, 4, 6, 8, 9, 10, 12, 13, 20, 20.01, 25};
        return switch (name) {
            case CUT_OUT -> new Turbine(name, 80, 70, new TabularCurve(ws,
                    new double[] {0, 5e4, 3e5, 8e5, 8e5, 1e6, 1.8e6, 2e6, 2e6, 0, 0},
                    new double[] {0, 0.8, 0.8, 0.78, 0.6, 0.55, 0.5, 0.3, 0.35, 0, 0}));
            case RISING_CT -> new Turbine(name, 80, 70, new TabularCurve(ws,
                    new double[] {0, 5e4, 3e5, 8e5, 8e5, 1e6, 1.8e6, 2e6, 2e6, 2e6, 2e6},
                    new double[] {0, 0.8, 0.8, 0.78, 0.6, 0.55, 0.5, 0.2, 0.45, 0.3, 0.1}));
            default -> TurbineLibrary.builtIn(name);
        };
    }

    private static Site site() {
        return new WeibullSectors(new double[] {0, 90, 180, 270}, new double[] {0.2, 0.2, 0.3, 0.3},
                new double[] {9, 9, 10, 11}, new double[] {2, 2, 2.2, 2.4}, new double[] {0.08, 0.07, 0.09, 0.06})
                .site(WD, WS);
    }

    /** n turbines (a square number) on a grid spacingD diameters apart, each moved by up to half a diameter. */
    private static double[][] jitteredGrid(Turbine turbine, int n, double spacingD) {
        int side = (int) Math.round(Math.sqrt(n));
        double[] x = new double[n];
        double[] y = new double[n];
        Random random = new Random(n * 31L + (long) (spacingD * 10));
        for (int i = 0; i < n; i++) {
            x[i] = (i % side) * spacingD * turbine.diameter() + 0.5 * turbine.diameter() * random.nextDouble();
            y[i] = (i / side) * spacingD * turbine.diameter() + 0.5 * turbine.diameter() * random.nextDouble();
        }
        return new double[][] {x, y};
    }

    private static double[] directions(double step) {
        double[] wd = new double[(int) (360 / step)];
        for (int l = 0; l < wd.length; l++) {
            wd[l] = l * step;
        }
        return wd;
    }

    /** PyWake's default speeds, 3..25 m/s. */
    private static double[] speeds() {
        double[] ws = new double[23];
        for (int k = 0; k < ws.length; k++) {
            ws[k] = 3 + k;
        }
        return ws;
    }

    private static int[] allSpeeds() {
        int[] all = new int[WS.length];
        for (int k = 0; k < all.length; k++) {
            all[k] = k;
        }
        return all;
    }
}
