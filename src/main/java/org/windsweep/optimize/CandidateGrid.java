package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;

/** gridSize x gridSize points spanning a boundary's bounding box (edges included), those inside the boundary. */
final class CandidateGrid {

    private CandidateGrid() {
    }

    /** The points as {x, y} pairs, in grid order (x outer, y inner). */
    static List<double[]> inside(Boundary boundary, int gridSize) {
        BoundingBox box = boundary.boundingBox();
        List<double[]> inside = new ArrayList<>();
        for (int i = 0; i < gridSize; i++) {
            double x = box.minX() + box.width() * i / (gridSize - 1);
            for (int j = 0; j < gridSize; j++) {
                double y = box.minY() + box.height() * j / (gridSize - 1);
                if (boundary.contains(x, y)) {
                    inside.add(new double[] {x, y});
                }
            }
        }
        return inside;
    }
}
