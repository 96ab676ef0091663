package org.windsweep.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Box plots of AEP across seeds for one farm, one box per turbine type, with every seed as a dot. Groups differ in
 * AEP many times more than seeds do, so each is drawn relative to its best seed (in percent); every farm's panel
 * shares one axis, so panels side by side compare at a glance.
 */
final class DistributionPlot {

    private static final int COLUMN = 72;
    private static final int HEIGHT = 250;
    private static final int TOP = 28;
    private static final int BOTTOM = 44;
    private static final int LEFT = 62;
    private static final int TITLE_X = 4;
    private static final int TITLE_SIZE = 12;

    private DistributionPlot() {
    }

    /** The lowest relative AEP [%] of all groups: the shared bottom of every panel's axis. */
    static double axisBottom(List<GroupStatistics> groups) {
        double low = groups.stream().mapToDouble(g -> relative(g, g.min())).min().orElse(-1);
        return low - Math.max(-low * 0.05, 1e-3);
    }

    static String render(String farmName, List<GroupStatistics> groups, double yMin) {
        double yMax = 0; // the best seed of every group sits on the top line
        int width = SvgCanvas.widthFitting(LEFT + COLUMN * groups.size() + 10, TITLE_X, farmName, TITLE_SIZE);
        double plotHeight = HEIGHT - TOP - BOTTOM;
        DoubleUnaryOperator py = percent -> TOP + (yMax - percent) / (yMax - yMin) * plotHeight;

        SvgCanvas canvas = new SvgCanvas(width, HEIGHT, "distribution",
                " data-farm=\"" + Html.escape(farmName) + "\"");
        canvas.text(TITLE_X, 14, farmName, "start", TITLE_SIZE);
        canvas.line(LEFT, TOP, LEFT, TOP + plotHeight, "stroke:#333");
        for (int tick = 0; tick <= 4; tick++) {
            double percent = yMin + (yMax - yMin) * tick / 4;
            canvas.line(LEFT - 4, py.applyAsDouble(percent), width - 10, py.applyAsDouble(percent),
                    tick == 4 ? "stroke:#333" : "stroke:#e4e4e4");
            canvas.text(LEFT - 6, py.applyAsDouble(percent) + 4, String.format(Locale.ROOT, "%.2f %%", percent), "end", 10);
        }
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
            canvas.rect(center - 16, q3, 32, Math.max(q1 - q3, 1), "fill:#cfe0f3;stroke:#4a7bb7");
            double median = py.applyAsDouble(relative(group, group.quantile(0.5)));
            canvas.line(center - 16, median, center + 16, median, "stroke:#1b1b1b;stroke-width:2");
            for (int i = 0; i < group.count(); i++) {
                double jitter = ((i * 37) % 21 - 10) * 0.8;
                canvas.circle(center + jitter, py.applyAsDouble(relative(group, group.sortedAep()[i])), 2,
                        "fill:#1b1b1b;fill-opacity:0.5");
            }
            canvas.element("</g>");
            canvas.text(center, HEIGHT - BOTTOM + 16, group.turbineName(), "middle", 10);
            canvas.text(center, HEIGHT - BOTTOM + 30, String.format(Locale.ROOT, "best %.1f", group.max()), "middle", 10);
        }
        return canvas.toSvg();
    }

    /** AEP as percent above (positive) or below (negative) the group's best seed. */
    private static double relative(GroupStatistics group, double aep) {
        return 100 * (aep / group.max() - 1);
    }
}
