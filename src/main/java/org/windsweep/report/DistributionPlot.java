package org.windsweep.report;

import java.util.List;
import java.util.Locale;

/**
 * Box plots of AEP across seeds, one per farm x turbine type group, with every seed as a dot. Groups differ in
 * AEP many times more than seeds do, so each is drawn relative to its best seed (in percent) on one shared axis.
 */
final class DistributionPlot {

    private static final int COLUMN = 90;
    private static final int HEIGHT = 320;
    private static final int TOP = 20;
    private static final int BOTTOM = 70;
    private static final int LEFT = 70;

    private DistributionPlot() {
    }

    static String render(List<GroupStatistics> groups) {
        double low = groups.stream().mapToDouble(g -> relative(g, g.min())).min().orElse(-1);
        double high = 0;
        double yMin = low - Math.max((high - low) * 0.05, 1e-3);
        double yMax = high; // the best seed of every group sits on the top line
        int width = LEFT + COLUMN * groups.size() + 20;
        double plotHeight = HEIGHT - TOP - BOTTOM;
        java.util.function.DoubleUnaryOperator py = percent -> TOP + (yMax - percent) / (yMax - yMin) * plotHeight;

        SvgCanvas canvas = new SvgCanvas(width, HEIGHT, "distribution", "");
        canvas.line(LEFT, TOP, LEFT, TOP + plotHeight, "stroke:#333");
        for (int tick = 0; tick <= 4; tick++) {
            double percent = yMin + (yMax - yMin) * tick / 4;
            canvas.line(LEFT - 4, py.applyAsDouble(percent), LEFT, py.applyAsDouble(percent), "stroke:#333");
            canvas.text(LEFT - 6, py.applyAsDouble(percent) + 4, String.format(Locale.ROOT, "%.2f %%", percent), "end", 10);
        }
        canvas.text(14, TOP - 6, "AEP vs best seed", "start", 11);
        for (int g = 0; g < groups.size(); g++) {
            GroupStatistics group = groups.get(g);
            double center = LEFT + COLUMN * (g + 0.5);
            double q1 = py.applyAsDouble(relative(group, group.quantile(0.25)));
            double q3 = py.applyAsDouble(relative(group, group.quantile(0.75)));
            canvas.element(String.format(Locale.ROOT,
                    "<g class=\"group\" data-group=\"%s\" data-count=\"%d\" data-median=\"%s\" data-best=\"%s\">",
                    Html.escape(group.label()), group.count(), Double.toString(group.quantile(0.5)),
                    Double.toString(group.max())));
            canvas.line(center, py.applyAsDouble(relative(group, group.min())), center, py.applyAsDouble(0), "stroke:#555");
            canvas.rect(center - 18, q3, 36, Math.max(q1 - q3, 1), "fill:#cfe0f3;stroke:#4a7bb7");
            double median = py.applyAsDouble(relative(group, group.quantile(0.5)));
            canvas.line(center - 18, median, center + 18, median, "stroke:#1b1b1b;stroke-width:2");
            for (int i = 0; i < group.count(); i++) {
                double jitter = ((i * 37) % 21 - 10) * 0.8;
                canvas.circle(center + jitter, py.applyAsDouble(relative(group, group.sortedAep()[i])), 2,
                        "fill:#1b1b1b;fill-opacity:0.5");
            }
            canvas.element("</g>");
            String[] lines = group.label().split(" / ", 2);
            canvas.text(center, HEIGHT - BOTTOM + 18, lines[0], "middle", 10);
            if (lines.length > 1) {
                canvas.text(center, HEIGHT - BOTTOM + 32, lines[1], "middle", 10);
            }
            canvas.text(center, HEIGHT - BOTTOM + 46, String.format(Locale.ROOT, "best %.2f GWh", group.max()), "middle", 9);
        }
        return canvas.toSvg();
    }

    /** AEP as percent above (positive) or below (negative) the group's best seed. */
    private static double relative(GroupStatistics group, double aep) {
        return 100 * (aep / group.max() - 1);
    }
}
