package org.windsweep.sweep;

/**
 * A farm boundary as the spec writes it, before the optimiser's boundary classes validate and build it: one circle
 * or one polygon (the original forms), or regions with holes, exclusion zones and a setback.
 */
public sealed interface BoundarySpec permits CircleSpec, PolygonSpec, RegionsSpec {

    SpecLocation at();
}
