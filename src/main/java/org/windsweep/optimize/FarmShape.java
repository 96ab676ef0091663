package org.windsweep.optimize;

import java.io.Serializable;
import java.util.List;

/**
 * One region or exclusion zone of a farm as the user gave it, in metres, with a label that names it in error
 * messages (such as {@code regions[1]} or {@code site.geojson feature 3 'wreck'}).
 */
public sealed interface FarmShape extends Serializable permits FarmShape.Polygon, FarmShape.Circle {

    String label();

    /** A polygon {@code [[x, y], ...]} (either orientation, closing vertex optional) with optional holes. */
    record Polygon(String label, double[][] shell, List<double[][]> holes) implements FarmShape {

        public Polygon {
            holes = List.copyOf(holes);
        }
    }

    record Circle(String label, double centerX, double centerY, double radius) implements FarmShape {
    }
}
