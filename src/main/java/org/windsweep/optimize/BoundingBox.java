package org.windsweep.optimize;

import java.io.Serializable;

/** The axis-aligned rectangle that holds a boundary; smart start lays its candidate grid over it. */
public record BoundingBox(double minX, double minY, double maxX, double maxY) implements Serializable {

    public double width() {
        return maxX - minX;
    }

    public double height() {
        return maxY - minY;
    }
}
