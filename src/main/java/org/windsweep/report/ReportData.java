package org.windsweep.report;

import java.util.List;

/**
 * What the report shows, read from a run directory: the farms' outlines, the turbine types, every successful
 * config's layout and AEP, and the configs that failed.
 */
public record ReportData(String runName, String wakeModel, List<Farm> farms, List<String> turbineNames,
                         List<ConfigResult> results, List<FailedConfig> failed, Totals totals) {

    /** A farm's boundary as a closed outline (a circle is given by its centre and radius). */
    public record Farm(String name, double[][] polygon, double[] circleCenter, double circleRadius) {

        public static Farm polygon(String name, double[][] vertices) {
            return new Farm(name, vertices, null, 0);
        }

        public static Farm circle(String name, double[] center, double radius) {
            return new Farm(name, null, center, radius);
        }

        boolean isCircle() {
            return circleCenter != null;
        }
    }

    /** One successful config. */
    public record ConfigResult(String key, int farmIdx, int typeIdx, long seed, double aep, double aepInitial,
                               double[] x, double[] y, double spacingM) {
    }

    public record FailedConfig(String key, int partition, String status, String reason) {
    }

    public record Totals(long expected, long ok, long failed, long missing) {
    }
}
