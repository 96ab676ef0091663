package org.windsweep.report;

import java.util.List;
import java.util.Locale;

/** Box plots of AEP across seeds, one per farm x turbine type group, with every seed as a dot. */
final class DistributionPlot {

    private static final int COLUMN = 90;
    private static final int HEIGHT = 320;
    private static final int TOP = 20;
    private static final int BOTTOM = 60;
    private static final int LEFT = 70;

    private DistributionPlot() {
    }

    static String render(List<GroupStatistics> groups) {
        double low = groups.stream().mapToDouble(GroupStatistics::min).min().orElse(0);
        double high = groups.stream().mapToDouble(GroupStatistics::max).max().orElse(1);
        double pad = Math.max((high - low) * 0.05, Math.abs(high) * 1e-6 + 1e-9);
        double yMin = low - pad;
        double yMax = high + pad;
        int width = LEFT + COLUMN * groups.size() + 20;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        java.util.function.DoubleUnaryOperator py = aep -> TOP + (yMax - aep) / (yMax - yMin) * plotHeight;

        SvgCanvas canvas = new SvgCanvas(width, HEIGHT, "distribution", "");
        canvas.line(LEFT, TOP, LEFT, TOP + plotHeight, "stroke:#333");
        for (int tick = 0; tick <= 4; tick++) {
            double aep = yMin + (yMax - yMin) * tick / 4;
            canvas.line(LEFT - 4, py.applyAsDouble(aep), LEFT, py.applyAsDouble(aep), "stroke:#333");
            canvas.text(LEFT - 6, py.applyAsDouble(aep) + 4, String.format(Locale.ROOT, "%.2f", aep), "end", 10);
        }
        canvas.text(14, TOP + plotHeight / 2, "GWh", "middle", 11);
        for (int g = 0; g < groups.size(); g++) {
            GroupStatistics group = groups.get(g);
            double center = LEFT + COLUMN * (g + 0.5);
            double q1 = py.applyAsDouble(group.quantile(0.25));
            double q3 = py.applyAsDouble(group.quantile(0.75));
            canvas.element(String.format(Locale.ROOT,
                    "<g class=\"group\" data-group=\"%s\" data-count=\"%d\" data-median=\"%s\" data-best=\"%s\">",
                    Html.escape(group.label()), group.count(), Double.toString(group.quantile(0.5)),
                    Double.toString(group.max())));
            canvas.line(center, py.applyAsDouble(group.min()), center, py.applyAsDouble(group.max()), "stroke:#555");
            canvas.rect(center - 18, q3, 36, Math.max(q1 - q3, 1), "fill:#cfe0f3;stroke:#4a7bb7");
            double median = py.applyAsDouble(group.quantile(0.5));
            canvas.line(center - 18, median, center + 18, median, "stroke:#1b1b1b;stroke-width:2");
            for (int i = 0; i < group.count(); i++) {
                double jitter = ((i * 37) % 21 - 10) * 0.8;
                canvas.circle(center + jitter, py.applyAsDouble(group.sortedAep()[i]), 2, "fill:#1b1b1b;fill-opacity:0.5");
            }
            canvas.element("</g>");
            String[] lines = group.label().split(" / ", 2);
            canvas.text(center, HEIGHT - BOTTOM + 18, lines[0], "middle", 10);
            if (lines.length > 1) {
                canvas.text(center, HEIGHT - BOTTOM + 32, lines[1], "middle", 10);
            }
        }
        return canvas.toSvg();
    }
}
