package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.windsweep.InvalidInputException;

class RegionBoundaryTest {

    private static final double[][] SQUARE = {{0, 0}, {1000, 0}, {1000, 1000}, {0, 1000}};
    private static final double[][] HOLE = {{400, 400}, {600, 400}, {600, 600}, {400, 600}};

    private static FarmShape.Polygon polygon(String label, double[][] shell, double[][]... holes) {
        return new FarmShape.Polygon(label, shell, List.of(holes));
    }

    @Test
    void signedDistanceCountsHolesExclusionsSetbackAndTheNearestOfSeveralRegions() {
        RegionBoundary b = new RegionBoundary(
                List.of(polygon("a", SQUARE, HOLE), new FarmShape.Circle("b", 3000, 500, 400)),
                List.of(new FarmShape.Circle("wreck", 200, 800, 50)), 10);
        assertEquals(90, b.signedDistance(300, 500), 1e-9, "100 m from the hole, less the 10 m setback");
        assertEquals(-110, b.signedDistance(500, 500), 1e-9, "in the hole's middle");
        assertEquals(390, b.signedDistance(3000, 500), 1e-9, "the centre of the circular region");
        assertEquals(-60, b.signedDistance(200, 800), 1e-9, "the exclusion's centre");
        assertEquals(-10, b.signedDistance(1000, 500), 1e-9, "on the edge: inside by the rule, but within the setback");
        assertTrue(b.contains(3390, 500));
        assertFalse(b.contains(2000, 500), "between the regions");
        assertEquals(new BoundingBox(0, 0, 3400, 1000), b.boundingBox());
        double[] g = b.signedDistanceGradient(300, 500);
        assertEquals(-1, g[0], 1e-12);
        assertEquals(0, g[1], 1e-12);
    }

    @Test
    void aTurbineExactlyOnAnEdgeIsInside() {
        RegionBoundary b = new RegionBoundary(List.of(polygon("a", SQUARE, HOLE)),
                List.of(new FarmShape.Circle("wreck", 200, 800, 50)), 0);
        assertTrue(b.contains(1000, 300));
        assertTrue(b.contains(400, 500), "on the hole's edge");
        assertTrue(b.contains(250, 800), "on the exclusion's edge");
    }

    @Test
    void badGeometryIsRefusedWithTheShapeAndTheFix() {
        InvalidInputException crossing = assertThrows(InvalidInputException.class, () -> new RegionBoundary(
                List.of(polygon("regions[0]", new double[][] {{0, 0}, {1000, 1000}, {1000, 0}, {0, 1000}})),
                List.of(), 0));
        assertTrue(crossing.getMessage().startsWith("regions[0]: a ring crosses or touches itself"),
                crossing.getMessage());
        InvalidInputException outside = assertThrows(InvalidInputException.class, () -> new RegionBoundary(
                List.of(polygon("regions[0]", SQUARE, new double[][] {{2000, 0}, {2100, 0}, {2100, 100}})),
                List.of(), 0));
        assertTrue(outside.getMessage().contains("a hole lies outside its outline"), outside.getMessage());
        InvalidInputException covered = assertThrows(InvalidInputException.class, () -> new RegionBoundary(
                List.of(polygon("regions[0]", SQUARE)), List.of(new FarmShape.Circle("exclusions[0]", 500, 500, 800)),
                0));
        assertTrue(covered.getMessage().startsWith("regions[0]: no point of this region"), covered.getMessage());
        InvalidInputException small = assertThrows(InvalidInputException.class, () -> new RegionBoundary(
                List.of(polygon("big", SQUARE), polygon("small", new double[][] {{2000, 0}, {2050, 0}, {2050, 50},
                        {2000, 50}})), List.of(), 30));
        assertTrue(small.getMessage().startsWith("small: no point of this region is at least the setback 30.0 m"),
                small.getMessage());
    }

    @Test
    void theUsableAreaIsTheRegionsLessExclusionsShrunkByTheSetback() {
        RegionBoundary b = new RegionBoundary(List.of(polygon("a", SQUARE, HOLE)), List.of(), 100);
        // the outline shrinks to 800 x 800; the hole grows to 400 x 400 with rounded corners (area pi 100^2 less
        // than the square 400 x 400 corners would give: 4 corners of (100^2 - pi 100^2 / 4))
        double expected = 800 * 800 - (200 * 200 + 4 * 200 * 100 + Math.PI * 100 * 100);
        // JTS draws the round corners with 128 chords a circle, which cut 12.6 m^2 off them: within 20 m^2
        assertEquals(expected, RegionGeometry.usableArea(b).getArea(), 20);
    }
}
