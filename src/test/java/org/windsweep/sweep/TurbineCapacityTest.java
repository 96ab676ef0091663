package org.windsweep.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The upper bound on turbines that fit in a boundary at a minimum spacing. */
class TurbineCapacityTest {

    private static final SpecLocation AT = new SpecLocation("t.yaml", "farms[0].boundary", 1);

    private static PolygonSpec polygon(double... xy) {
        List<PolygonSpec.Vertex> vertices = new java.util.ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            vertices.add(new PolygonSpec.Vertex(xy[i], xy[i + 1]));
        }
        return new PolygonSpec(vertices, AT);
    }

    @Test
    void aSquareOfSideOneSpacingHoldsItsFourCornersAndNoMore() {
        // Oler: 2/sqrt(3) * 1 + 4/2 + 1 = 4.15, and the four corners are indeed the most.
        assertEquals(4, TurbineCapacity.maxTurbines(polygon(0, 0, 100, 0, 100, 100, 0, 100), 100));
    }

    @Test
    void iea37CaseStudyFarmsAreFarBelowTheirBound() {
        long bound16 = TurbineCapacity.maxTurbines(new CircleSpec(0, 0, 1300, AT), 260);
        assertEquals(107, bound16, "2/sqrt3 * pi 1300^2/260^2 + 2 pi 1300/520 + 1");
        assertTrue(TurbineCapacity.maxTurbines(new CircleSpec(0, 0, 3000, AT), 260) > 64);
    }

    @Test
    void aNonConvexPolygonIsBoundedThroughItsHull() {
        PolygonSpec lShape = polygon(0, 0, 2000, 0, 2000, 800, 800, 800, 800, 2000, 0, 2000);
        PolygonSpec hull = TurbineCapacity.convexHull(lShape);

        assertEquals(List.of(new PolygonSpec.Vertex(0, 0), new PolygonSpec.Vertex(2000, 0), new PolygonSpec.Vertex(2000, 800),
                new PolygonSpec.Vertex(800, 2000), new PolygonSpec.Vertex(0, 2000)), hull.vertices());
        assertEquals(TurbineCapacity.maxTurbines(hull, 260), TurbineCapacity.maxTurbines(lShape, 260));
    }
}
