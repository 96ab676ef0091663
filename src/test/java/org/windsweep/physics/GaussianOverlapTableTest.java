package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The tabulated rotor average stays within its stated error of the exact series, with its partials. */
class GaussianOverlapTableTest {

    private final GaussianOverlap exact = new GaussianOverlap();
    private final GaussianOverlapTable table = new GaussianOverlapTable();

    @Test
    void crossPartialMatchesCentralDifferencesOfTheExactPartials() {
        PairTerms out = new PairTerms();
        double h = 1e-6;
        for (double[] rc : new double[][] {{0.05, 0.3}, {0.5, 0.3}, {1, 1}, {1.3, 2.5}, {2, 4}, {0.8, 6}}) {
            exact.shape(rc[0] + h, rc[1], out);
            double plus = out.dShapeDc;
            exact.shape(rc[0] - h, rc[1], out);
            double minus = out.dShapeDc;
            exact.shape(rc[0], rc[1], out);
            double expected = (plus - minus) / (2 * h);
            assertEquals(expected, exact.crossPartial(rc[0], rc[1], out), 1e-7 * Math.max(1, Math.abs(expected)));
        }
    }

    @Test
    void valueAndPartialsStayWithinTheStatedErrorEverywhereInTheTable() {
        Random random = new Random(5);
        PairTerms fromTable = new PairTerms();
        PairTerms fromSeries = new PairTerms();
        double worstValue = 0;
        double worstPartial = 0;
        for (int s = 0; s < 200_000; s++) {
            double r = GaussianOverlapTable.R_MAX * random.nextDouble();
            double c = (r + GaussianOverlap.NEGLIGIBLE_OFFSET + 0.5) * random.nextDouble();
            table.shape(r, c, fromTable);
            exact.shape(r, c, fromSeries);
            worstValue = Math.max(worstValue, Math.abs(fromTable.shape - fromSeries.shape));
            worstValue = Math.max(worstValue, Math.abs(table.shapeValue(r, c * c) - fromSeries.shape));
            worstPartial = Math.max(worstPartial, Math.abs(fromTable.dShapeDr - fromSeries.dShapeDr));
            worstPartial = Math.max(worstPartial, Math.abs(fromTable.dShapeDc - fromSeries.dShapeDc));
        }
        assertTrue(worstValue <= GaussianOverlapTable.MAX_ERROR, "value error " + worstValue);
        assertTrue(worstPartial <= GaussianOverlapTable.MAX_PARTIAL_ERROR, "partial error " + worstPartial);
    }

    @Test
    void outsideTheTableItIsTheExactSeries() {
        double r = GaussianOverlapTable.R_MAX + 0.7;
        assertEquals(exact.shapeValue(r, 2.25), table.shapeValue(r, 2.25), 0);
    }
}
