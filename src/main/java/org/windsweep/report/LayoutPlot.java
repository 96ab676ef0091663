package org.windsweep.report;

import java.util.Locale;

/** A farm's boundary with one layout over it; each turbine has a circle of half the minimum spacing. */
final class LayoutPlot {

    private static final int SIZE = 360;
    private static final int MARGIN = 24;

    private LayoutPlot() {
    }

    static String render(ReportData.Farm farm, String turbineName, ReportData.ConfigResult result) {
        double[] box = boundingBox(farm, result);
        double span = Math.max(box[2] - box[0], box[3] - box[1]);
        double scale = (SIZE - 2 * MARGIN) / span;
        double offsetX = MARGIN + ((SIZE - 2 * MARGIN) - (box[2] - box[0]) * scale) / 2;
        double offsetY = MARGIN + ((SIZE - 2 * MARGIN) - (box[3] - box[1]) * scale) / 2;
        // SVG's y axis points down; north (+y) is up in the plot.
        java.util.function.DoubleUnaryOperator px = x -> offsetX + (x - box[0]) * scale;
        java.util.function.DoubleUnaryOperator py = y -> SIZE - offsetY - (y - box[1]) * scale;

        SvgCanvas canvas = new SvgCanvas(SIZE, SIZE + 30, "layout", String.format(Locale.ROOT,
                " data-farm=\"%s\" data-turbine=\"%s\" data-key=\"%s\" data-aep=\"%s\" data-n-turbines=\"%d\"",
                Html.escape(farm.name()), Html.escape(turbineName), Html.escape(result.key()),
                Double.toString(result.aep()), result.x().length));
        if (farm.isCircle()) {
            canvas.circle(px.applyAsDouble(farm.circleCenter()[0]), py.applyAsDouble(farm.circleCenter()[1]),
                    farm.circleRadius() * scale, "fill:#eef5ee;stroke:#333;stroke-width:1.5");
        } else {
            double[] xs = new double[farm.polygon().length];
            double[] ys = new double[farm.polygon().length];
            for (int i = 0; i < xs.length; i++) {
                xs[i] = px.applyAsDouble(farm.polygon()[i][0]);
                ys[i] = py.applyAsDouble(farm.polygon()[i][1]);
            }
            canvas.polygon(xs, ys, "fill:#eef5ee;stroke:#333;stroke-width:1.5");
        }
        for (int i = 0; i < result.x().length; i++) {
            double cx = px.applyAsDouble(result.x()[i]);
            double cy = py.applyAsDouble(result.y()[i]);
            canvas.circle(cx, cy, result.spacingM() / 2 * scale, "fill:none;stroke:#4a7bb7;stroke-opacity:0.5");
            canvas.element(String.format(Locale.ROOT,
                    "<circle class=\"turbine\" cx=\"%.2f\" cy=\"%.2f\" r=\"3\" style=\"fill:#1b1b1b\" data-x=\"%s\" data-y=\"%s\"/>",
                    cx, cy, Double.toString(result.x()[i]), Double.toString(result.y()[i])));
        }
        canvas.text(SIZE / 2.0, SIZE + 12, farm.name() + " / " + turbineName, "middle", 12);
        canvas.text(SIZE / 2.0, SIZE + 26, String.format(Locale.ROOT, "%s: %.3f GWh", result.key(), result.aep()), "middle", 11);
        return canvas.toSvg();
    }

    /** {xmin, ymin, xmax, ymax} of the boundary and the turbines together. */
    private static double[] boundingBox(ReportData.Farm farm, ReportData.ConfigResult result) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        if (farm.isCircle()) {
            include(box, farm.circleCenter()[0] - farm.circleRadius(), farm.circleCenter()[1] - farm.circleRadius());
            include(box, farm.circleCenter()[0] + farm.circleRadius(), farm.circleCenter()[1] + farm.circleRadius());
        } else {
            for (double[] vertex : farm.polygon()) {
                include(box, vertex[0], vertex[1]);
            }
        }
        for (int i = 0; i < result.x().length; i++) {
            include(box, result.x()[i] - result.spacingM() / 2, result.y()[i] - result.spacingM() / 2);
            include(box, result.x()[i] + result.spacingM() / 2, result.y()[i] + result.spacingM() / 2);
        }
        return box;
    }

    private static void include(double[] box, double x, double y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }
}
