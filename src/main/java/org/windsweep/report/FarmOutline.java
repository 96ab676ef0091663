package org.windsweep.report;

import java.util.List;

/**
 * A farm's ground as the report draws it, independent of how the spec describes it: the regions turbines may stand
 * in (each an outline with optional holes), the exclusion zones no turbine may enter, and the setback outline (the
 * line a turbine's centre must stay within when the farm keeps a distance from every edge; empty without one).
 */
public record FarmOutline(String name, List<Region> regions, List<Shape> exclusions, List<Shape> setback) {

    public FarmOutline {
        if (regions.isEmpty()) {
            throw new IllegalArgumentException(name + ": a farm needs at least one region");
        }
        regions = List.copyOf(regions);
        exclusions = List.copyOf(exclusions);
        setback = List.copyOf(setback);
    }

    /** A farm of one region without holes, exclusions or setback: today's circle or polygon boundary. */
    public static FarmOutline single(String name, Shape shape) {
        return new FarmOutline(name, List.of(new Region(shape, List.of())), List.of(), List.of());
    }

    /** One region: where turbines may stand, minus its holes. */
    public record Region(Shape outline, List<Shape> holes) {
        public Region {
            holes = List.copyOf(holes);
        }
    }

    /** A closed polygon ring of {x, y} vertices [m] (not repeating the first), or a circle. */
    public record Shape(double[][] ring, double[] center, double radius) {

        public static Shape polygon(double[][] ring) {
            return new Shape(ring, null, 0);
        }

        public static Shape circle(double centerX, double centerY, double radius) {
            return new Shape(null, new double[] {centerX, centerY}, radius);
        }

        public boolean isCircle() {
            return center != null;
        }
    }
}
