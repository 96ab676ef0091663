package org.windsweep.run;

import org.windsweep.physics.Turbine;
import org.windsweep.sweep.Farm;
import org.windsweep.sweep.PartitionAssignment;
import org.windsweep.sweep.SweepSpec;

import java.time.Instant;
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
                spec.baseDir(), spec.yamlText(), ResolvedSpecJson.of(spec), spec.wakeModel(),
                spec.farms().stream().map(RunMetadataFactory::farm).toList(),
                spec.turbines().stream().map(RunMetadataFactory::turbine).toList(),
                spec.configs().size(), assignment.toRunJson(), InputFingerprint.of(spec), List.of());
    }

    private static Map<String, Object> farm(Farm farm) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", farm.name());
        json.put("outline", FarmDrawing.outlineJson(FarmDrawing.outline(farm)));
        json.put("wind_rose", FarmDrawing.windRoseJson(FarmDrawing.windRose(farm.site())));
        json.put("n_turbines", farm.turbineCounts());
        return json;
    }

    private static Map<String, Object> turbine(Turbine turbine) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("name", turbine.name());
        json.put("diameter", turbine.diameter());
        json.put("hub_height", turbine.hubHeight());
        return json;
    }
}
