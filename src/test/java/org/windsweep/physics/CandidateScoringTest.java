package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Incremental candidate scoring gives candidateAep's numbers bit for bit after every placement, for every model
 * (with and without ground images and added turbulence), while candidates are excluded on the way.
 */
class CandidateScoringTest {

    static List<String> models() {
        return WakeModels.names();
    }

    /** 36 directions x 6 speeds: enough flow cases that a new turbine changes some placed turbines' thrust. */
    private static Site site() {
        double[] wd = new double[36];
        for (int l = 0; l < wd.length; l++) {
            wd[l] = 10.0 * l;
        }
        return new WeibullSectors(new double[] {0, 90, 180, 270}, new double[] {0.2, 0.2, 0.3, 0.3},
                new double[] {9, 9, 10, 11}, new double[] {2, 2, 2.2, 2.4}, new double[] {0.08})
                .site(wd, new double[] {4, 7, 9, 11, 14, 20});
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("models")
    void scoresAfterEveryPlacementAreCandidateAepsExactly(String modelName) {
        WindFarmModel model = new WindFarmModel(TurbineLibrary.builtIn("V80"), site(), WakeModels.byName(modelName));
        Random random = new Random(11);
        int n = 40;
        double[] candX = new double[n];
        double[] candY = new double[n];
        for (int c = 0; c < n; c++) {
            candX[c] = 2000 * random.nextDouble();
            candY[c] = 1500 * random.nextDouble();
        }
        CandidateScoring scoring = model.candidateScoring(candX, candY);
        List<Integer> remaining = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            remaining.add(c);
        }
        double[] placedX = new double[0];
        double[] placedY = new double[0];
        for (int step = 0; step < 10; step++) {
            assertScoresEqualCandidateAep(model, scoring, placedX, placedY, candX, candY, remaining, step);
            int chosen = remaining.remove(random.nextInt(remaining.size()));
            scoring.exclude(chosen);
            // a turbine at a candidate's position, or (every third step) anywhere
            double x = step % 3 == 2 ? 2000 * random.nextDouble() : candX[chosen];
            double y = step % 3 == 2 ? 1500 * random.nextDouble() : candY[chosen];
            scoring.place(x, y);
            placedX = java.util.Arrays.copyOf(placedX, step + 1);
            placedY = java.util.Arrays.copyOf(placedY, step + 1);
            placedX[step] = x;
            placedY[step] = y;
            Integer dropped = remaining.remove(random.nextInt(remaining.size())); // as smart start drops close spots
            scoring.exclude(dropped);
        }
        assertScoresEqualCandidateAep(model, scoring, placedX, placedY, candX, candY, remaining, 10);
    }

    private static void assertScoresEqualCandidateAep(WindFarmModel model, CandidateScoring scoring, double[] placedX,
                                                     double[] placedY, double[] candX, double[] candY,
                                                     List<Integer> remaining, int placed) {
        double[] x = new double[remaining.size()];
        double[] y = new double[remaining.size()];
        for (int r = 0; r < x.length; r++) {
            x[r] = candX[remaining.get(r)];
            y[r] = candY[remaining.get(r)];
        }
        double[] expected = model.candidateAep(placedX, placedY, x, y);
        for (int r = 0; r < x.length; r++) {
            assertEquals(expected[r], scoring.score(remaining.get(r)), 0.0,
                    "candidate " + remaining.get(r) + " after " + placed + " placements");
        }
    }
}
