package org.windsweep.report;

import java.util.Locale;

/**
 * A perceptually even colour ramp (viridis, from yellow for the lowest values through green and blue to dark purple
 * for the highest) over a range of values, and its colour bar. Readable in grey scale and by readers with red-green
 * colour blindness; for wake losses, the turbines that lose most are the darkest.
 */
final class ColourScale {

    private static final int[][] RAMP = {
        {253, 231, 37}, {94, 201, 98}, {33, 145, 140}, {59, 82, 139}, {68, 1, 84}};

    private final double low;
    private final double high;

    /** A range of zero width is widened, so every value gets a colour. */
    ColourScale(double low, double high) {
        this.low = low;
        this.high = high > low ? high : low + Math.max(Math.abs(low) * 1e-3, 1e-9);
    }

    String colour(double value) {
        double t = Math.min(Math.max((value - low) / (high - low), 0), 1) * (RAMP.length - 1);
        int i = Math.min((int) t, RAMP.length - 2);
        double f = t - i;
        return String.format(Locale.ROOT, "#%02x%02x%02x", mix(i, f, 0), mix(i, f, 1), mix(i, f, 2));
    }

    private static int mix(int i, double f, int channel) {
        return (int) Math.round(RAMP[i][channel] + f * (RAMP[i + 1][channel] - RAMP[i][channel]));
    }

    /** A vertical bar from low (bottom) to high (top) at (x, y), with its end values and title. */
    void drawBar(SvgCanvas canvas, double x, double y, double width, double height, String title, String format) {
        int steps = 24;
        for (int s = 0; s < steps; s++) {
            double value = high - (high - low) * (s + 0.5) / steps;
            canvas.rect(x, y + height * s / steps, width, height / steps + 0.5, "fill:" + colour(value));
        }
        canvas.rect(x, y, width, height, "fill:none;stroke:#333;stroke-width:0.5");
        canvas.text(x + width + 4, y + 9, String.format(Locale.ROOT, format, high), "start", 10);
        canvas.text(x + width + 4, y + height, String.format(Locale.ROOT, format, low), "start", 10);
        canvas.text(x, y - 6, title, "start", 10);
    }
}
