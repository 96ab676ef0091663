package org.windsweep.sweep;

/**
 * A farm boundary as the spec writes it, before the optimiser's boundary classes validate and build it. Its area
 * and perimeter bound how many turbines can fit (see {@link TurbineCapacity}).
 */
public sealed interface BoundarySpec permits CircleSpec, PolygonSpec {

    double area();

    double perimeter();

    SpecLocation at();
}
