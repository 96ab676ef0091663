package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

class BoundaryTest {

    /** An L: a 2000 m square with its top-right 1000 m quarter cut away (reflex corner at (1000, 1000)). */
    static final double[][] L_SHAPE = {{0, 0}, {2000, 0}, {2000, 1000}, {1000, 1000}, {1000, 2000}, {0, 2000}};

    @Test
    void circleSignedDistanceIsPositiveInsideAndItsGradientPointsInwards() {
        CircleBoundary c = new CircleBoundary(100, -50, 1300);
        assertEquals(1300, c.signedDistance(100, -50), 1e-12);
        assertEquals(300, c.signedDistance(1100, -50), 1e-9);
        assertEquals(-200, c.signedDistance(100, 1450), 1e-9);
        assertTrue(c.contains(100 + 1300, -50));
        assertFalse(c.contains(100 + 1300.001, -50));
        double[] g = c.signedDistanceGradient(1100, -50);
        assertEquals(-1, g[0], 1e-15);
        assertEquals(0, g[1], 1e-15);
        assertEquals(new BoundingBox(-1200, -1350, 1400, 1250), c.boundingBox());
    }

    @Test
    void aCircleNeedsAPositiveFiniteRadiusAndFiniteCentre() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new CircleBoundary(0, 0, -5));
        assertTrue(e.getMessage().contains("radius"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> new CircleBoundary(Double.NaN, 0, 5));
    }

    @Test
    void polygonSignedDistanceDoesNotDependOnVertexOrientation() {
        PolygonBoundary ccw = new PolygonBoundary(L_SHAPE);
        double[][] reversed = new double[L_SHAPE.length][];
        for (int i = 0; i < L_SHAPE.length; i++) {
            reversed[i] = L_SHAPE[L_SHAPE.length - 1 - i];
        }
        PolygonBoundary cw = new PolygonBoundary(reversed);
        double[][] probes = {{500, 500}, {1500, 500}, {1500, 1500}, {999, 1500}, {-10, 700}, {1200, 1100}};
        double[] expected = {500, 500, -500, 1, -10, -100};
        for (int i = 0; i < probes.length; i++) {
            assertEquals(expected[i], ccw.signedDistance(probes[i][0], probes[i][1]), 1e-9, "probe " + i);
            assertEquals(expected[i], cw.signedDistance(probes[i][0], probes[i][1]), 1e-9, "probe " + i);
        }
        assertFalse(ccw.isConvex());
        assertEquals(new BoundingBox(0, 0, 2000, 2000), ccw.boundingBox());
    }

    @Test
    void polygonSignedDistanceGradientMatchesFiniteDifferences() {
        PolygonBoundary p = new PolygonBoundary(L_SHAPE);
        double h = 1e-4;
        for (double[] q : new double[][] {{300, 700}, {1500, 800}, {1300, 1200}, {700, 1600}, {2100, 500}}) {
            double[] g = p.signedDistanceGradient(q[0], q[1]);
            double fx = (p.signedDistance(q[0] + h, q[1]) - p.signedDistance(q[0] - h, q[1])) / (2 * h);
            double fy = (p.signedDistance(q[0], q[1] + h) - p.signedDistance(q[0], q[1] - h)) / (2 * h);
            assertEquals(fx, g[0], 1e-6);
            assertEquals(fy, g[1], 1e-6);
        }
    }

    @Test
    void aConvexPolygonIsDescribedByAllItsEdgesHalfPlanes() {
        PolygonBoundary square = new PolygonBoundary(new double[][] {{0, 0}, {0, 10}, {10, 10}, {10, 0}});
        assertTrue(square.isConvex());
        List<BoundaryPiece> pieces = square.piecesNear(5, 5, 1);
        assertEquals(4, pieces.size());
        double[] g = new double[2];
        double min = Double.POSITIVE_INFINITY;
        for (BoundaryPiece piece : pieces) {
            min = Math.min(min, piece.value(9, 5, g));
        }
        assertEquals(1, min, 1e-12);
    }

    @Test
    void nonConvexPiecesNeverExcludeAFeasiblePointNearTheTurbine() {
        PolygonBoundary l = new PolygonBoundary(L_SHAPE);
        double[] g = new double[2];
        // a turbine near the reflex corner, and one near the notch but in the lower arm
        for (double[] t : new double[][] {{950, 950}, {1500, 950}, {950, 1500}, {1900, 100}}) {
            List<BoundaryPiece> pieces = l.piecesNear(t[0], t[1], 130);
            assertFalse(pieces.isEmpty());
            for (double dx = -120; dx <= 120; dx += 20) {
                for (double dy = -120; dy <= 120; dy += 20) {
                    double x = t[0] + dx;
                    double y = t[1] + dy;
                    boolean allPiecesMet = pieces.stream().allMatch(p -> p.value(x, y, g) >= 0);
                    if (allPiecesMet) {
                        assertTrue(l.signedDistance(x, y) >= -1e-9, "pieces admit an outside point " + x + "," + y);
                    }
                }
            }
            assertTrue(pieces.stream().allMatch(p -> p.value(t[0], t[1], g) >= 0), "the turbine's own position");
        }
    }

    @Test
    void reflexCornerPieceHasAContinuousGradient() {
        PolygonBoundary l = new PolygonBoundary(L_SHAPE);
        List<BoundaryPiece> pieces = l.piecesNear(1050, 1050, 10); // outside, in the notch: nearest is the corner
        double h = 1e-5;
        double[] g = new double[2];
        double[] scratch = new double[2];
        for (BoundaryPiece p : pieces) {
            for (double[] q : new double[][] {{900, 1100}, {1000.0, 1100}, {1100, 1000.0}, {1100, 900}}) {
                p.value(q[0], q[1], g);
                double fx = (p.value(q[0] + h, q[1], scratch) - p.value(q[0] - h, q[1], scratch)) / (2 * h);
                double fy = (p.value(q[0], q[1] + h, scratch) - p.value(q[0], q[1] - h, scratch)) / (2 * h);
                assertEquals(fx, g[0], 1e-5);
                assertEquals(fy, g[1], 1e-5);
            }
        }
    }

    @Test
    void invalidPolygonsAreRejectedWithAMessageSayingWhatToFix() {
        assertMessage(new double[][] {{0, 0}, {1, 1}}, "at least 3 distinct vertices");
        assertMessage(new double[][] {{0, 0}, {1, 1}, {1, 1}, {0, 0}}, "at least 3 distinct vertices");
        assertMessage(new double[][] {{0, 0}, {1, 1}, {2, 2}}, "collinear");
        assertMessage(new double[][] {{0, 0}, {10, 10}, {10, 0}, {0, 10}}, "self-intersecting");
        assertMessage(new double[][] {{0, 0}, {10, Double.NaN}, {10, 0}}, "non-finite");
        assertMessage(new double[][] {{0, 0}, {10, 0, 3}, {10, 10}}, "pair [x, y]");
    }

    @Test
    void anExplicitlyClosedRingIsAccepted() {
        PolygonBoundary p = new PolygonBoundary(new double[][] {{0, 0}, {10, 0}, {10, 10}, {0, 0}});
        assertEquals(3, p.vertexCount());
    }

    private static void assertMessage(double[][] vertices, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new PolygonBoundary(vertices));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
        assertTrue(e.getMessage().startsWith("polygon boundary"), e.getMessage());
        assertFalse(e.getMessage().contains("\n"));
    }
}
