package org.windsweep.sweep;

/** {@code circle: {center: [x, y], radius: r}} in metres; the radius is positive. */
public record CircleSpec(double centerX, double centerY, double radius, SpecLocation at) implements BoundarySpec {

    public double area() {
        return Math.PI * radius * radius;
    }

    public double perimeter() {
        return 2 * Math.PI * radius;
    }
}
