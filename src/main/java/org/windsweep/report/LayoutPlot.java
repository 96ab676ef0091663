package org.windsweep.report;

import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * One layout over its farm's ground: every region (with its holes), exclusion zone and setback outline, a scale
 * bar, and the turbines coloured by their own wake loss on the farm's scale (its {@link FarmKey} beside the maps
 * has the colour bar and the wind rose). Each turbine has a faint circle of half the minimum spacing, so two
 * circles touching means two turbines at the limit.
 */
final class LayoutPlot {

    private static final int MAP = 320;
    private static final int MARGIN = 14;
    private static final int CAPTION = 52;
    static final int HEIGHT = MAP + CAPTION;

    private LayoutPlot() {
    }

    /** @param losses the farm's wake-loss colours, or null when the result has no AEP per turbine (drawn dark) */
    static String render(ReportData.Farm farm, String turbineName, ReportData.ConfigResult result, ColourScale losses) {
        double[] box = boundingBox(farm.outline(), result);
        double span = Math.max(box[2] - box[0], box[3] - box[1]);
        double scale = (MAP - 2 * MARGIN) / span;
        double offsetX = MARGIN + ((MAP - 2 * MARGIN) - (box[2] - box[0]) * scale) / 2;
        double offsetY = MARGIN + ((MAP - 2 * MARGIN) - (box[3] - box[1]) * scale) / 2;
        // SVG's y axis points down; north (+y) is up in the plot.
        DoubleUnaryOperator px = x -> offsetX + (x - box[0]) * scale;
        DoubleUnaryOperator py = y -> MAP - offsetY - (y - box[1]) * scale;

        SvgCanvas canvas = new SvgCanvas(MAP, HEIGHT, "layout", String.format(Locale.ROOT,
                " data-farm=\"%s\" data-turbine=\"%s\" data-key=\"%s\" data-aep=\"%s\" data-n-turbines=\"%d\"%s%s",
                Html.escape(farm.name()), Html.escape(turbineName), Html.escape(result.key()),
                Double.toString(result.aep()), result.x().length,
                result.wakeLossPct() == null ? "" : " data-wake-loss-pct=\"" + result.wakeLossPct() + "\"",
                result.gainOverBaselinePct() == null ? ""
                        : " data-gain-over-baseline-pct=\"" + result.gainOverBaselinePct() + "\""));
        canvas.rect(0.5, 0.5, MAP - 1, MAP - 1, "fill:#fbfbfb;stroke:#ccc");
        drawGround(canvas, farm.outline(), px, py, scale);
        drawTurbines(canvas, result, px, py, scale, result.turbineWakeLossPct() == null ? null : losses);
        ScaleBar.draw(canvas, 12, MAP - 12, 1 / scale, MAP);
        canvas.text(MAP - 10, 18, "N \u2191", "end", 11);

        canvas.text(MAP / 2.0, MAP + 16, turbineName, "middle", 13);
        canvas.text(MAP / 2.0, MAP + 31, caption(result), "middle", 11);
        if (result.gainOverBaselinePct() != null) {
            canvas.text(MAP / 2.0, MAP + 45, String.format(Locale.ROOT, "%+.2f %% over the baseline layout (%.3f GWh)",
                    result.gainOverBaselinePct(), result.baselineAep()), "middle", 11);
        }
        return canvas.toSvg();
    }

    private static String caption(ReportData.ConfigResult result) {
        String aep = String.format(Locale.ROOT, "%s: %.3f GWh", result.key(), result.aep());
        return result.wakeLossPct() == null ? aep
                : aep + String.format(Locale.ROOT, ", wake loss %.2f %%", result.wakeLossPct());
    }

    private static void drawGround(SvgCanvas canvas, FarmOutline outline, DoubleUnaryOperator px,
                                   DoubleUnaryOperator py, double scale) {
        for (FarmOutline.Region region : outline.regions()) {
            StringBuilder path = new StringBuilder(subpath(region.outline(), px, py, scale));
            region.holes().forEach(hole -> path.append(' ').append(subpath(hole, px, py, scale)));
            canvas.element("<path class=\"region\" d=\"" + path + "\" style=\"" + FarmKey.REGION_STYLE + "\"/>");
        }
        for (FarmOutline.Shape exclusion : outline.exclusions()) {
            canvas.element("<path class=\"exclusion\" d=\"" + subpath(exclusion, px, py, scale) + "\" style=\""
                    + FarmKey.EXCLUSION_STYLE + "\"/>");
        }
        for (FarmOutline.Shape line : outline.setback()) {
            canvas.element("<path class=\"setback\" d=\"" + subpath(line, px, py, scale) + "\" style=\""
                    + FarmKey.SETBACK_STYLE + "\"/>");
        }
    }

    /** An SVG path of one closed shape: its ring, or a circle as two half arcs. */
    private static String subpath(FarmOutline.Shape shape, DoubleUnaryOperator px, DoubleUnaryOperator py,
                                  double scale) {
        if (shape.isCircle()) {
            double cx = px.applyAsDouble(shape.center()[0]);
            double cy = py.applyAsDouble(shape.center()[1]);
            double r = shape.radius() * scale;
            return String.format(Locale.ROOT, "M %.2f %.2f A %.2f %.2f 0 1 0 %.2f %.2f A %.2f %.2f 0 1 0 %.2f %.2f Z",
                    cx - r, cy, r, r, cx + r, cy, r, r, cx - r, cy);
        }
        StringBuilder path = new StringBuilder();
        for (double[] vertex : shape.ring()) {
            path.append(path.length() == 0 ? "M " : " L ").append(String.format(Locale.ROOT, "%.2f %.2f",
                    px.applyAsDouble(vertex[0]), py.applyAsDouble(vertex[1])));
        }
        return path.append(" Z").toString();
    }

    private static void drawTurbines(SvgCanvas canvas, ReportData.ConfigResult result, DoubleUnaryOperator px,
                                     DoubleUnaryOperator py, double scale, ColourScale losses) {
        double[] own = result.aepPerTurbine();
        double[] loss = result.turbineWakeLossPct();
        for (int i = 0; i < result.x().length; i++) {
            canvas.circle(px.applyAsDouble(result.x()[i]), py.applyAsDouble(result.y()[i]), result.spacingM() / 2 * scale,
                    FarmKey.SPACING_STYLE);
        }
        for (int i = 0; i < result.x().length; i++) {
            String fill = losses == null ? "#1b1b1b" : losses.colour(loss[i]);
            String numbers = losses == null ? ""
                    : " data-aep=\"" + own[i] + "\" data-wake-loss-pct=\"" + loss[i] + "\"";
            String title = losses == null ? "" : String.format(Locale.ROOT,
                    "<title>turbine %d: %.3f GWh, wake loss %.1f %%</title>", i, own[i], loss[i]);
            canvas.element(String.format(Locale.ROOT,
                    "<circle class=\"turbine\" cx=\"%.2f\" cy=\"%.2f\" r=\"4.5\" style=\"fill:%s;stroke:#1b1b1b;"
                            + "stroke-width:0.8\" data-x=\"%s\" data-y=\"%s\"%s>%s</circle>",
                    px.applyAsDouble(result.x()[i]), py.applyAsDouble(result.y()[i]), fill,
                    Double.toString(result.x()[i]), Double.toString(result.y()[i]), numbers, title));
        }
    }

    /** {xmin, ymin, xmax, ymax} of the farm's ground and the turbines together. */
    private static double[] boundingBox(FarmOutline outline, ReportData.ConfigResult result) {
        double[] box = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (FarmOutline.Region region : outline.regions()) {
            include(box, region.outline());
        }
        outline.exclusions().forEach(shape -> include(box, shape));
        for (int i = 0; i < result.x().length; i++) {
            include(box, result.x()[i] - result.spacingM() / 2, result.y()[i] - result.spacingM() / 2);
            include(box, result.x()[i] + result.spacingM() / 2, result.y()[i] + result.spacingM() / 2);
        }
        return box;
    }

    private static void include(double[] box, FarmOutline.Shape shape) {
        if (shape.isCircle()) {
            include(box, shape.center()[0] - shape.radius(), shape.center()[1] - shape.radius());
            include(box, shape.center()[0] + shape.radius(), shape.center()[1] + shape.radius());
        } else {
            for (double[] vertex : shape.ring()) {
                include(box, vertex[0], vertex[1]);
            }
        }
    }

    private static void include(double[] box, double x, double y) {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
    }
}
