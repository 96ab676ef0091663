package org.windsweep.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The panel at the start of a farm's row of layouts: the site's wind rose, the colour bar of the turbines' wake
 * losses (one scale for every layout of the farm), and a legend of what the maps show.
 */
final class FarmKey {

    static final int WIDTH = 180;
    static final String REGION_STYLE = "fill:#e3f1e3;stroke:#2f5d2f;stroke-width:1.2;fill-rule:evenodd";
    static final String HOLE_STYLE = "fill:#fbfbfb;stroke:#2f5d2f;stroke-width:1.2";
    static final String EXCLUSION_STYLE = "fill:#f6d5d5;stroke:#b03030;stroke-width:1";
    static final String SETBACK_STYLE = "fill:none;stroke:#2f5d2f;stroke-width:1;stroke-dasharray:5,3";
    static final String SPACING_STYLE = "fill:none;stroke:#4a7bb7;stroke-opacity:0.4";

    private FarmKey() {
    }

    /** @param losses the farm's wake-loss colour scale, or null when its results have no AEP per turbine */
    static String render(ReportData.Farm farm, ColourScale losses, int height) {
        SvgCanvas canvas = new SvgCanvas(WIDTH, height, "farm-key", " data-farm=\"" + Html.escape(farm.name()) + "\"");
        canvas.text(4, 14, farm.name(), "start", 13);
        WindRosePlot.draw(canvas, farm.windRose(), WIDTH / 2.0, 88, 52);
        double top = 180;
        if (losses != null) {
            losses.drawBar(canvas, 10, top + 16, 14, 70, "wake loss per turbine", "%.1f %%");
            top += 98;
        } else {
            canvas.text(4, top + 10, "no AEP per turbine in", "start", 10);
            canvas.text(4, top + 23, "these (older) results", "start", 10);
            top += 36;
        }
        drawLegend(canvas, farm.outline(), 10, top);
        return canvas.toSvg();
    }

    /** Swatches for what the maps show, only those present. */
    private static void drawLegend(SvgCanvas canvas, FarmOutline outline, double x, double top) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {REGION_STYLE, outline.regions().size() > 1 ? "regions" : "region"});
        if (outline.regions().stream().anyMatch(r -> !r.holes().isEmpty())) {
            rows.add(new String[] {HOLE_STYLE, "hole"});
        }
        if (!outline.exclusions().isEmpty()) {
            rows.add(new String[] {EXCLUSION_STYLE, "exclusion zone"});
        }
        if (!outline.setback().isEmpty()) {
            rows.add(new String[] {SETBACK_STYLE, "setback"});
        }
        rows.add(new String[] {SPACING_STYLE, "half min. spacing"});
        for (int i = 0; i < rows.size(); i++) {
            double y = top + i * 17;
            canvas.rect(x, y, 16, 11, rows.get(i)[0]);
            canvas.text(x + 22, y + 10, rows.get(i)[1], "start", 10);
        }
    }

    /** One colour scale over the wake losses of every turbine in the farm's layouts; null if none has them. */
    static ColourScale lossScale(List<ReportData.ConfigResult> layouts) {
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        for (ReportData.ConfigResult layout : layouts) {
            if (layout.turbineWakeLossPct() == null) {
                continue;
            }
            for (double loss : layout.turbineWakeLossPct()) {
                low = Math.min(low, loss);
                high = Math.max(high, loss);
            }
        }
        return low > high ? null : new ColourScale(Math.min(low, 0), high);
    }
}
