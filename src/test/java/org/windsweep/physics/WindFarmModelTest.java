package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

/** WindFarmModel's contract beyond the reference numbers: candidate scores, unknown names, bad layouts. */
class WindFarmModelTest {

    static java.util.List<String> models() {
        return WakeModels.names();
    }

    private static Site site() {
        return new WeibullSectors(new double[] {0, 90, 180, 270}, new double[] {0.2, 0.2, 0.3, 0.3},
                new double[] {9, 9, 10, 11}, new double[] {2, 2, 2.2, 2.4}, new double[] {0.08})
                .site(new double[] {0, 45, 90, 135, 180, 225, 270, 315}, new double[] {5, 8, 11});
    }

    /**
     * A candidate's score is the AEP that turbine would have as one more turbine of the farm: it only sees wakes of
     * turbines upstream of it, which it does not disturb.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void candidateAepEqualsTheNewTurbinesOwnAepInTheFarm(String modelName) {
        Turbine v80 = TurbineLibrary.builtIn("V80");
        WindFarmModel model = new WindFarmModel(v80, site(), WakeModels.byName(modelName));
        double[] placedX = {0, 400, 900, 150};
        double[] placedY = {0, 120, -80, 600};
        Random random = new Random(7);
        double[] candX = new double[6];
        double[] candY = new double[6];
        for (int c = 0; c < candX.length; c++) {
            candX[c] = -500 + 1800 * random.nextDouble();
            candY[c] = -500 + 1500 * random.nextDouble();
        }
        double[] scores = model.candidateAep(placedX, placedY, candX, candY);
        for (int c = 0; c < candX.length; c++) {
            double[] x = Arrays.copyOf(placedX, 5);
            double[] y = Arrays.copyOf(placedY, 5);
            x[4] = candX[c];
            y[4] = candY[c];
            double own = model.aep(x, y).perTurbine()[4];
            assertEquals(own, scores[c], 1e-12 * own, "candidate " + c);
        }
    }

    @Test
    void candidateAepWithNothingPlacedIsTheFreeStreamAep() {
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("IEA37_3.35MW"), site(), WakeModels.byName("NOJ"));
        double[] scores = model.candidateAep(new double[0], new double[0], new double[] {0, 1000}, new double[] {0, 0});
        double alone = model.aep(new double[] {0}, new double[] {0}).total();
        assertArrayEquals(new double[] {alone, alone}, scores, 1e-12 * alone);
    }

    /** A lone turbine sees no wakes: the wake-free AEP per turbine is its AEP, and no farm's turbine beats it. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void wakeFreeAepPerTurbineIsALoneTurbinesAep(String modelName) {
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("IEA37_3.35MW"), site(), WakeModels.byName(modelName));
        double alone = model.aep(new double[] {250}, new double[] {-40}).total();
        assertEquals(alone, model.wakeFreeAepPerTurbine(), 1e-12 * alone);
        AepResult farm = model.aep(new double[] {0, 400, 800, 0}, new double[] {0, 0, 0, 500});
        for (double own : farm.perTurbine()) {
            assertTrue(own <= model.wakeFreeAepPerTurbine() * (1 + 1e-12), own + " GWh");
        }
        assertTrue(farm.total() < 4 * model.wakeFreeAepPerTurbine() * 0.99, "turbines 400 m apart lose energy to wakes");
    }

    @Test
    void aepPartsAddUpToTheTotal() {
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("V80"), site(), WakeModels.byName("Nygaard_2022"));
        AepResult aep = model.aep(new double[] {0, 500, 1000}, new double[] {0, 0, 0});
        assertEquals(aep.total(), Arrays.stream(aep.perWd()).sum(), 1e-12 * aep.total());
        assertEquals(aep.total(), Arrays.stream(aep.perTurbine()).sum(), 1e-12 * aep.total());
        assertTrue(aep.perTurbine()[0] > aep.perTurbine()[1] * 0.9, "wakes cost energy, but not most of it");
    }

    /** Spark ships models to executors: a deserialized copy computes the same AEP. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void modelSurvivesJavaSerialization(String modelName) throws Exception {
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("V80"), site(), WakeModels.byName(modelName));
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
            out.writeObject(model);
        }
        WindFarmModel copy;
        try (java.io.ObjectInputStream in = new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (WindFarmModel) in.readObject();
        }
        double[] x = {0, 500, 1000};
        double[] y = {0, 50, -50};
        assertEquals(model.aep(x, y).total(), copy.aep(x, y).total());
    }

    /**
     * A model reuses each thread's solver from call to call: a layout's AEP, per-turbine AEP and gradient must be those
     * of a fresh model, bit for bit, whatever the calls before it (other layouts, other turbine counts, candidates).
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void resultsDoNotDependOnTheCallsBefore(String modelName) {
        Turbine v80 = TurbineLibrary.builtIn("V80");
        double[] x = {0, 420, 910, 130, 600};
        double[] y = {0, 90, -60, 580, 350};
        WindFarmModel fresh = new WindFarmModel(v80, site(), WakeModels.byName(modelName));
        double[] freshDx = new double[5];
        double[] freshDy = new double[5];
        double freshTotal = fresh.aepWithGradient(x, y, freshDx, freshDy);
        AepResult freshAep = new WindFarmModel(v80, site(), WakeModels.byName(modelName)).aep(x, y);

        WindFarmModel used = new WindFarmModel(v80, site(), WakeModels.byName(modelName));
        used.aepWithGradient(new double[] {0, 300, 700, 50, 900, 400, 250}, new double[] {0, -200, 100, 640, 20, 400, 90},
                new double[7], new double[7]);
        used.aepWithGradient(new double[] {10, 520, 880, 160, 640}, new double[] {-30, 70, 40, 500, 310},
                new double[5], new double[5]);
        used.aep(new double[] {5, 450, 930}, new double[] {0, 80, -40});
        used.candidateAep(x, y, new double[] {1200, -400}, new double[] {100, 300});
        double[] dx = new double[5];
        double[] dy = new double[5];
        assertEquals(freshTotal, used.aepWithGradient(x, y, dx, dy));
        assertArrayEquals(freshDx, dx);
        assertArrayEquals(freshDy, dy);
        AepResult aep = used.aep(x, y);
        assertEquals(freshAep.total(), aep.total());
        assertArrayEquals(freshAep.perTurbine(), aep.perTurbine());
        assertArrayEquals(freshAep.perWd(), aep.perWd());
    }

    /** One model, many threads: every call works in its own scratch space, so results equal the sequential ones. */
    @Test
    void concurrentCallsGiveTheSequentialResults() {
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("V80"), site(), WakeModels.byName("NiayifarGaussian_CrespoHernandez"));
        Random random = new Random(3);
        double[][] xs = new double[16][6];
        double[][] ys = new double[16][6];
        for (int c = 0; c < 16; c++) {
            for (int i = 0; i < 6; i++) {
                xs[c][i] = 2000 * random.nextDouble();
                ys[c][i] = 2000 * random.nextDouble();
            }
        }
        double[] sequential = new double[16];
        for (int c = 0; c < 16; c++) {
            sequential[c] = model.aepWithGradient(xs[c], ys[c], new double[6], new double[6]);
        }
        double[] parallel = java.util.stream.IntStream.range(0, 16).parallel()
                .mapToDouble(c -> model.aepWithGradient(xs[c], ys[c], new double[6], new double[6])).toArray();
        assertArrayEquals(sequential, parallel);
    }

    /** 20,000 turbines in an AEP case ran out of heap in the pair arrays (exit 1): refused before they are made. */
    @Test
    void aLayoutOfMoreTurbinesThanOneCalculationTakesIsRefused() {
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("V80"), site(), WakeModels.byName("NOJ"));
        double[] x = new double[WindFarmModel.MAX_TURBINES + 1];
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> model.aep(x, x.clone()));
        assertTrue(e.getMessage().startsWith("layout: 5001 turbines are more than the 5000"), e.getMessage());
    }

    @Test
    void unknownWakeModelListsTheValidNames() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> WakeModels.byName("Jensen"));
        assertTrue(e.getMessage().contains("Jensen") && e.getMessage().contains("Nygaard_2022")
                && e.getMessage().contains("IEA37SimpleBastankhahGaussian"), e.getMessage());
    }

    @Test
    void referenceFileSpellingOfCrespoHernandezIsAccepted() {
        assertEquals("NiayifarGaussian_CrespoHernandez", WakeModels.byName("NiayifarGaussian+CrespoHernandez").name());
    }

    @Test
    void layoutWithMismatchedCoordinatesIsRejected() {
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("V80"), site(), WakeModels.byName("NOJ"));
        assertThrows(InvalidInputException.class, () -> model.aep(new double[] {0, 1}, new double[] {0}));
        assertThrows(InvalidInputException.class, () -> model.aep(new double[] {0, Double.NaN}, new double[] {0, 1}));
    }
}
