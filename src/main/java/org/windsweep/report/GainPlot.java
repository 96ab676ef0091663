package org.windsweep.report;

import java.util.List;
import java.util.Locale;
import java.util.function.DoubleUnaryOperator;

/**
 * Mean AEP gain of refinement over smart start [%] for one farm, one bar per turbine type; every farm's panel
 * shares one axis.
 */
final class GainPlot {

    private static final int COLUMN = 72;
    private static final int HEIGHT = 200;
    private static final int TOP = 28;
    private static final int BOTTOM = 30;
    private static final int LEFT = 62;
    private static final int TITLE_X = 4;
    private static final int TITLE_SIZE = 12;

    private GainPlot() {
    }

    /** {low, high} of the shared axis: every group's mean gain, zero, and room above the bars for their labels. */
    static double[] axis(List<GroupStatistics> groups) {
        double high = Math.max(groups.stream().mapToDouble(GroupStatistics::meanGainPct).max().orElse(0), 0);
        double low = Math.min(groups.stream().mapToDouble(GroupStatistics::meanGainPct).min().orElse(0), 0);
        return new double[] {low, high - low < 1e-9 ? low + 1 : high + 0.12 * (high - low)};
    }

    static String render(String farmName, List<GroupStatistics> groups, double[] axis) {
        double low = axis[0];
        double high = axis[1];
        double plotHeight = HEIGHT - TOP - BOTTOM;
        DoubleUnaryOperator py = gain -> TOP + (high - gain) / (high - low) * plotHeight;
        int width = SvgCanvas.widthFitting(LEFT + COLUMN * groups.size() + 10, TITLE_X, farmName, TITLE_SIZE);

        SvgCanvas canvas = new SvgCanvas(width, HEIGHT, "gain", " data-farm=\"" + Html.escape(farmName) + "\"");
        canvas.text(TITLE_X, 14, farmName, "start", TITLE_SIZE);
        canvas.line(LEFT, TOP, LEFT, TOP + plotHeight, "stroke:#333");
        canvas.line(LEFT, py.applyAsDouble(0), width - 10, py.applyAsDouble(0), "stroke:#333");
        canvas.text(LEFT - 6, py.applyAsDouble(high) + 4, String.format(Locale.ROOT, "%.2f %%", high), "end", 10);
        canvas.text(LEFT - 6, py.applyAsDouble(0) + 4, "0 %", "end", 10);
        for (int g = 0; g < groups.size(); g++) {
            GroupStatistics group = groups.get(g);
            double center = LEFT + COLUMN * (g + 0.5);
            double zero = py.applyAsDouble(0);
            double bar = py.applyAsDouble(group.meanGainPct());
            canvas.element(String.format(Locale.ROOT, "<g class=\"gain-bar\" data-group=\"%s\" data-mean-gain-pct=\"%s\">",
                    Html.escape(group.label()), Double.toString(group.meanGainPct())));
            canvas.rect(center - 18, Math.min(zero, bar), 36, Math.max(Math.abs(zero - bar), 0.5), "fill:#7fb77e");
            canvas.element("</g>");
            canvas.text(center, Math.min(zero, bar) - 4, String.format(Locale.ROOT, "%.2f %%", group.meanGainPct()), "middle", 10);
            canvas.text(center, HEIGHT - BOTTOM + 16, group.turbineName(), "middle", 10);
        }
        return canvas.toSvg();
    }
}
