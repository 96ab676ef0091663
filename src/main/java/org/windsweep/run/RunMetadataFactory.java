package org.windsweep.run;

import org.windsweep.optimize.Boundary;
import org.windsweep.optimize.CircleBoundary;
import org.windsweep.optimize.PolygonBoundary;
import org.windsweep.physics.Turbine;
import org.windsweep.sweep.Farm;
import org.windsweep.sweep.PartitionAssignment;
import org.windsweep.sweep.SweepSpec;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The run.json of a new run directory. */
public final class RunMetadataFactory {

    private RunMetadataFactory() {
    }

    public static RunMetadata create(SweepSpec spec, PartitionAssignment assignment) {
        return new RunMetadata(RunMetadata.SCHEMA, UUID.randomUUID().toString(), spec.name(),
                org.windsweep.WindsweepVersion.get(), Instant.now().toString(), spec.sourceName(),
                spec.baseDir(), spec.yamlText(), spec.toRunJson(), spec.wakeModel(),
                spec.farms().stream().map(RunMetadataFactory::farm).toList(),
                spec.turbines().stream().map(RunMetadataFactory::turbine).toList(),
                spec.configs().size(), assignment.toRunJson(), InputFingerprint.of(spec), List.of());
    }

    private static Map<String, Object> farm(Farm farm) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", farm.name());
        json.put("boundary", boundary(farm.boundary()));
        json.put("n_turbines", farm.turbineCounts());
        return json;
    }

    /** The boundary in the spec's own form, so the notebook and the report can draw it. */
    private static Map<String, Object> boundary(Boundary boundary) {
        if (boundary instanceof CircleBoundary circle) {
            return Map.of("circle", Map.of("center", List.of(circle.centerX(), circle.centerY()),
                    "radius", circle.radius()));
        }
        PolygonBoundary polygon = (PolygonBoundary) boundary;
        List<List<Double>> vertices = new ArrayList<>();
        for (double[] vertex : polygon.vertices()) {
            vertices.add(List.of(vertex[0], vertex[1]));
        }
        return Map.of("polygon", vertices);
    }

    private static Map<String, Object> turbine(Turbine turbine) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", turbine.name());
        json.put("diameter", turbine.diameter());
        json.put("hub_height", turbine.hubHeight());
        return json;
    }
}
