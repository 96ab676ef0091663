package org.windsweep.report;

import java.util.List;
import java.util.Locale;

/** Mean AEP gain of refinement over smart start, in percent, one bar per farm x turbine type group. */
final class GainPlot {

    private static final int COLUMN = 90;
    private static final int HEIGHT = 260;
    private static final int TOP = 20;
    private static final int BOTTOM = 60;
    private static final int LEFT = 70;

    private GainPlot() {
    }

    static String render(List<GroupStatistics> groups) {
        double high = Math.max(groups.stream().mapToDouble(GroupStatistics::meanGainPct).max().orElse(0), 0);
        double low = Math.min(groups.stream().mapToDouble(GroupStatistics::meanGainPct).min().orElse(0), 0);
        if (high - low < 1e-9) {
            high = low + 1;
        }
        double plotHeight = HEIGHT - TOP - BOTTOM;
        final double top = high;
        final double range = high - low;
        java.util.function.DoubleUnaryOperator py = gain -> TOP + (top - gain) / range * plotHeight;
        int width = LEFT + COLUMN * groups.size() + 20;

        SvgCanvas canvas = new SvgCanvas(width, HEIGHT, "gain", "");
        canvas.line(LEFT, py.applyAsDouble(0), width - 20, py.applyAsDouble(0), "stroke:#333");
        canvas.text(LEFT - 6, py.applyAsDouble(high) + 4, String.format(Locale.ROOT, "%.2f %%", high), "end", 10);
        canvas.text(LEFT - 6, py.applyAsDouble(0) + 4, "0 %", "end", 10);
        for (int g = 0; g < groups.size(); g++) {
            GroupStatistics group = groups.get(g);
            double center = LEFT + COLUMN * (g + 0.5);
            double zero = py.applyAsDouble(0);
            double bar = py.applyAsDouble(group.meanGainPct());
            canvas.element(String.format(Locale.ROOT, "<g class=\"gain-bar\" data-group=\"%s\" data-mean-gain-pct=\"%s\">",
                    Html.escape(group.label()), Double.toString(group.meanGainPct())));
            canvas.rect(center - 20, Math.min(zero, bar), 40, Math.max(Math.abs(zero - bar), 0.5), "fill:#7fb77e");
            canvas.element("</g>");
            canvas.text(center, Math.min(zero, bar) - 4, String.format(Locale.ROOT, "%.2f %%", group.meanGainPct()), "middle", 10);
            String[] lines = group.label().split(" / ", 2);
            canvas.text(center, HEIGHT - BOTTOM + 18, lines[0], "middle", 10);
            if (lines.length > 1) {
                canvas.text(center, HEIGHT - BOTTOM + 32, lines[1], "middle", 10);
            }
        }
        return canvas.toSvg();
    }
}
