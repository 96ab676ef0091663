package org.windsweep.report;

import java.util.Locale;

/** A wind rose: one wedge per direction sector, its length proportional to how often the wind comes from there. */
final class WindRosePlot {

    private WindRosePlot() {
    }

    static void draw(SvgCanvas canvas, WindRose rose, double cx, double cy, double radius) {
        double[] frequency = rose.frequency();
        double max = java.util.Arrays.stream(frequency).max().orElse(0);
        double total = java.util.Arrays.stream(frequency).sum();
        canvas.element(String.format(Locale.ROOT, "<g class=\"wind-rose\" data-sectors=\"%d\">", frequency.length));
        canvas.circle(cx, cy, radius, "fill:#fff;stroke:#bbb");
        canvas.circle(cx, cy, radius / 2, "fill:none;stroke:#ddd");
        double half = rose.sectorDeg() / 2;
        for (int i = 0; i < frequency.length; i++) {
            if (frequency[i] <= 0 || max <= 0) {
                continue;
            }
            double r = radius * frequency[i] / max;
            double from = Math.toRadians(rose.wdDeg()[i] - half);
            double to = Math.toRadians(rose.wdDeg()[i] + half);
            // Compass bearings: clockwise from north (up).
            canvas.element(String.format(Locale.ROOT,
                    "<path d=\"M %.2f %.2f L %.2f %.2f A %.2f %.2f 0 0 1 %.2f %.2f Z\" style=\"fill:#4a7bb7;"
                            + "fill-opacity:0.8;stroke:#fff;stroke-width:0.3\" data-wd=\"%s\" data-frequency=\"%s\"/>",
                    cx, cy, cx + r * Math.sin(from), cy - r * Math.cos(from), r, r, cx + r * Math.sin(to),
                    cy - r * Math.cos(to), Double.toString(rose.wdDeg()[i]), Double.toString(frequency[i])));
        }
        canvas.text(cx, cy - radius - 4, "N", "middle", 10);
        canvas.text(cx + radius + 4, cy + 4, "E", "start", 10);
        canvas.text(cx, cy + radius + 12, "S", "middle", 10);
        canvas.text(cx - radius - 4, cy + 4, "W", "end", 10);
        canvas.text(cx, cy + radius + 26, String.format(Locale.ROOT, "wind rose: outer ring %.1f %%",
                100 * max / (total > 0 ? total : 1)), "middle", 10);
        canvas.element("</g>");
    }
}
