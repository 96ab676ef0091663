package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

/** Building sites: default bins, the nearest-sector rule, TI per sector and validation. */
class SiteTest {

    private static final double[] FOUR_SECTORS = {0, 90, 180, 270};

    @Test
    void sectorRoseDefaultsToItsSectorCentresAndOwnSpeeds() {
        SectorRose rose = SectorRose.singleSpeed(FOUR_SECTORS, new double[] {0.1, 0.2, 0.3, 0.4}, 9.8, 0.075);
        Site site = rose.site();
        assertArrayEquals(FOUR_SECTORS, site.wdDeg());
        assertArrayEquals(new double[] {9.8}, site.wsMs());
        assertEquals(0.4, site.probability()[3][0], 1e-15);
    }

    @Test
    void windDirectionsHalfwayBetweenSectorsGoToTheLowerSector() {
        SectorRose rose = SectorRose.singleSpeed(FOUR_SECTORS, new double[] {0.1, 0.2, 0.3, 0.4}, 10, 0.1);
        Site site = rose.site(new double[] {45, 46, 315, 316});
        // Four bins of 90 deg over sectors of 90 deg: the sector probability itself.
        assertEquals(0.1, site.probability()[0][0], 1e-15);
        assertEquals(0.2, site.probability()[1][0], 1e-15);
        assertEquals(0.4, site.probability()[2][0], 1e-15);
        assertEquals(0.1, site.probability()[3][0], 1e-15);
    }

    @Test
    void weibullSectorsDefaultToSectorCentresAndThreeToTwentyFiveMetresPerSecond() {
        WeibullSectors weibull = new WeibullSectors(FOUR_SECTORS, new double[] {0.25, 0.25, 0.25, 0.25},
                new double[] {9, 9, 9, 9}, new double[] {2, 2, 2, 2}, new double[] {0.05, 0.06, 0.07, 0.08});
        Site site = weibull.site();
        assertEquals(23, site.wsCount());
        assertEquals(3, site.wsMs()[0]);
        assertEquals(25, site.wsMs()[22]);
        assertArrayEquals(new double[] {0.05, 0.06, 0.07, 0.08}, site.ti());
        double inside = Math.exp(-Math.pow(2.5 / 9, 2)) - Math.exp(-Math.pow(25.5 / 9, 2));
        double sum = 0;
        for (double[] row : site.probability()) {
            for (double p : row) {
                sum += p;
            }
        }
        assertEquals(inside, sum, 1e-14, "the tails outside 2.5..25.5 m/s are not renormalised");
    }

    @Test
    void unequallySpacedSectorsAreRejectedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> SectorRose.singleSpeed(new double[] {0, 90, 200, 270}, new double[] {0.25, 0.25, 0.25, 0.25}, 10, 0.1));
        assertTrue(e.getMessage().contains("sector_rose.wd_deg"), e.getMessage());
    }

    @Test
    void weibullParametersAreValidated() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new WeibullSectors(FOUR_SECTORS,
                new double[] {0.25, 0.25, 0.25, 0.25}, new double[] {9, -1, 9, 9}, new double[] {2, 2, 2, 2}, new double[] {0.1}));
        assertTrue(e.getMessage().contains("weibull_sectors.A"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new WeibullSectors(FOUR_SECTORS,
                new double[] {0.25, 0.25, 0.25}, new double[] {9, 9, 9, 9}, new double[] {2, 2, 2, 2}, new double[] {0.1}));
        assertTrue(e.getMessage().contains("weibull_sectors.frequency"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> new WeibullSectors(FOUR_SECTORS,
                new double[] {0.25, 0.25, 0.25, 0.25}, new double[] {9, 1e300, 9, 9}, new double[] {2, 2, 2, 2},
                new double[] {0.1}));
        assertTrue(e.getMessage().contains("at most 100.0 m/s, got 1.0E300"), e.getMessage());
    }

    /** SteadyPower takes a direction's last speed as its highest: speeds out of order or not finite are bad input. */
    @Test
    void windSpeedsMustBeFiniteAndAscending() {
        double[][] p = {{0.5, 0.5}};
        for (double[] ws : new double[][] {{25.5, 15}, {10, 10}, {10, Double.POSITIVE_INFINITY}, {Double.NaN, 10}, {-1, 10},
            {10, 1e300}}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Site.withUniformTi(new double[] {0}, ws, p, 0.1), java.util.Arrays.toString(ws));
            assertTrue(e.getMessage().startsWith("site: ws_ms"), e.getMessage());
        }
        Site.withUniformTi(new double[] {0}, new double[] {0, 10}, p, 0.1);
    }

    @Test
    void windDirectionsMustBeFinite() {
        for (double wd : new double[] {Double.POSITIVE_INFINITY, Double.NaN, Double.NEGATIVE_INFINITY}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Site.withUniformTi(new double[] {0, wd}, new double[] {10}, new double[][] {{0.5}, {0.5}}, 0.1));
            assertTrue(e.getMessage().startsWith("site: wd_deg"), e.getMessage());
        }
    }

    @Test
    void probabilityMatrixMustMatchTheBins() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Site.withUniformTi(new double[] {0, 180}, new double[] {8, 10}, new double[][] {{0.5, 0.5}}, 0.1));
        assertTrue(e.getMessage().contains("probability"), e.getMessage());
    }
}
