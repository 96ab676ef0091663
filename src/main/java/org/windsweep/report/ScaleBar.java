package org.windsweep.report;

import java.util.Locale;

/** A map scale bar of a round length (1, 2 or 5 times a power of ten metres) about a quarter of the plot wide. */
final class ScaleBar {

    private ScaleBar() {
    }

    /** @param metresPerPixel the plot's scale; the bar starts at (x, y) and goes right */
    static void draw(SvgCanvas canvas, double x, double y, double metresPerPixel, double plotWidthPx) {
        double metres = roundLength(plotWidthPx / 4 * metresPerPixel);
        double length = metres / metresPerPixel;
        canvas.element(String.format(Locale.ROOT, "<g class=\"scale-bar\" data-metres=\"%s\">", Double.toString(metres)));
        canvas.rect(x, y - 3, length / 2, 3, "fill:#333");
        canvas.rect(x + length / 2, y - 3, length / 2, 3, "fill:#fff;stroke:#333;stroke-width:0.5");
        canvas.text(x, y + 11, "0", "middle", 9);
        canvas.text(x + length, y + 11, label(metres), "middle", 9);
        canvas.element("</g>");
    }

    /** The largest of 1, 2, 5 x 10^k not above the given length. */
    static double roundLength(double metres) {
        double power = Math.pow(10, Math.floor(Math.log10(metres)));
        for (double step : new double[] {5, 2, 1}) {
            if (step * power <= metres) {
                return step * power;
            }
        }
        return power;
    }

    static String label(double metres) {
        return metres >= 1000 ? String.format(Locale.ROOT, "%s km", trim(metres / 1000))
                : String.format(Locale.ROOT, "%s m", trim(metres));
    }

    private static String trim(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
