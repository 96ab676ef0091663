package org.windsweep.run;

import org.windsweep.optimize.Boundary;
import org.windsweep.optimize.CircleBoundary;
import org.windsweep.optimize.FarmShape;
import org.windsweep.optimize.PolygonBoundary;
import org.windsweep.optimize.RegionBoundary;
import org.windsweep.optimize.RegionGeometry;
import org.windsweep.physics.Site;
import org.windsweep.report.FarmOutline;
import org.windsweep.report.WindRose;
import org.windsweep.sweep.Farm;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the report and the notebook draw of a farm, built from the resolved spec: its ground as a
 * {@link FarmOutline} (regions with holes, exclusions, setback) and its site's {@link WindRose}; and the same in
 * run.json's form ({@code outline}, {@code wind_rose}), which is where the notebook finds them.
 */
public final class FarmDrawing {

    private FarmDrawing() {
    }

    /** A farm's regions (with holes), exclusion zones and setback line, whichever boundary form the spec used. */
    public static FarmOutline outline(Farm farm) {
        Boundary boundary = farm.boundary();
        if (boundary instanceof CircleBoundary circle) {
            return FarmOutline.single(farm.name(),
                    FarmOutline.Shape.circle(circle.centerX(), circle.centerY(), circle.radius()));
        }
        if (boundary instanceof RegionBoundary regions) {
            return new FarmOutline(farm.name(),
                    regions.regions().stream().map(FarmDrawing::region).toList(),
                    regions.exclusions().stream().map(FarmDrawing::shape).toList(),
                    RegionGeometry.setbackRings(regions).stream().map(FarmOutline.Shape::polygon).toList());
        }
        return FarmOutline.single(farm.name(), FarmOutline.Shape.polygon(((PolygonBoundary) boundary).vertices()));
    }

    private static FarmOutline.Region region(FarmShape shape) {
        List<FarmOutline.Shape> holes = shape instanceof FarmShape.Polygon polygon
                ? polygon.holes().stream().map(FarmOutline.Shape::polygon).toList()
                : List.of();
        return new FarmOutline.Region(shape(shape), holes);
    }

    private static FarmOutline.Shape shape(FarmShape shape) {
        if (shape instanceof FarmShape.Circle circle) {
            return FarmOutline.Shape.circle(circle.centerX(), circle.centerY(), circle.radius());
        }
        return FarmOutline.Shape.polygon(((FarmShape.Polygon) shape).shell());
    }

    /** How often the wind comes from each direction: the site's probabilities summed over wind speeds. */
    public static WindRose windRose(Site site) {
        double[][] probability = site.probability();
        double[] frequency = new double[probability.length];
        for (int l = 0; l < probability.length; l++) {
            frequency[l] = Arrays.stream(probability[l]).sum();
        }
        return new WindRose(site.wdDeg(), frequency);
    }

    /** run.json's {@code outline}: {@code regions} (each {@code outline} and {@code holes}), {@code exclusions}, {@code setback}. */
    static Map<String, Object> outlineJson(FarmOutline outline) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("regions", outline.regions().stream().map(region -> {
            Map<String, Object> r = new LinkedHashMap<>();
            r.put("outline", shapeJson(region.outline()));
            r.put("holes", region.holes().stream().map(FarmDrawing::shapeJson).toList());
            return r;
        }).toList());
        json.put("exclusions", outline.exclusions().stream().map(FarmDrawing::shapeJson).toList());
        json.put("setback", outline.setback().stream().map(FarmDrawing::shapeJson).toList());
        return json;
    }

    static Map<String, Object> windRoseJson(WindRose rose) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("wd_deg", rose.wdDeg());
        json.put("frequency", rose.frequency());
        return json;
    }

    /** {@code {"polygon": [[x, y], ...]}} or {@code {"circle": {"center": [x, y], "radius": r}}}, as in the spec. */
    private static Map<String, Object> shapeJson(FarmOutline.Shape shape) {
        if (shape.isCircle()) {
            return Map.of("circle", Map.of("center", List.of(shape.center()[0], shape.center()[1]),
                    "radius", shape.radius()));
        }
        return Map.of("polygon", Arrays.stream(shape.ring()).map(v -> List.of(v[0], v[1])).toList());
    }
}
