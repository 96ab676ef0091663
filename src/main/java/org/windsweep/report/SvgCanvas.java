package org.windsweep.report;

import java.util.Locale;

/** Builds one inline SVG element; coordinates are in the SVG's own pixel space. */
final class SvgCanvas {

    private final StringBuilder svg = new StringBuilder();

    SvgCanvas(int width, int height, String cssClass, String dataAttributes) {
        svg.append(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\"%s>",
                cssClass, width, height, width, height, dataAttributes));
    }

    SvgCanvas line(double x1, double y1, double x2, double y2, String style) {
        svg.append(String.format(Locale.ROOT, "<line x1=\"%.2f\" y1=\"%.2f\" x2=\"%.2f\" y2=\"%.2f\" style=\"%s\"/>",
                x1, y1, x2, y2, style));
        return this;
    }

    SvgCanvas circle(double cx, double cy, double r, String style) {
        svg.append(String.format(Locale.ROOT, "<circle cx=\"%.2f\" cy=\"%.2f\" r=\"%.2f\" style=\"%s\"/>", cx, cy, r, style));
        return this;
    }

    SvgCanvas rect(double x, double y, double width, double height, String style) {
        svg.append(String.format(Locale.ROOT, "<rect x=\"%.2f\" y=\"%.2f\" width=\"%.2f\" height=\"%.2f\" style=\"%s\"/>",
                x, y, width, height, style));
        return this;
    }

    SvgCanvas polygon(double[] xs, double[] ys, String style) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < xs.length; i++) {
            points.append(String.format(Locale.ROOT, "%.2f,%.2f ", xs[i], ys[i]));
        }
        svg.append("<polygon points=\"").append(points.toString().trim()).append("\" style=\"").append(style).append("\"/>");
        return this;
    }

    SvgCanvas text(double x, double y, String text, String anchor, int size) {
        svg.append(String.format(Locale.ROOT, "<text x=\"%.2f\" y=\"%.2f\" text-anchor=\"%s\" font-size=\"%d\">%s</text>",
                x, y, anchor, size, Html.escape(text)));
        return this;
    }

    /**
     * A plot's width: the given one, or wider where a label starting at x needs it. A label's width is estimated a
     * little above sans-serif's average glyph, so the label stays whole.
     */
    static int widthFitting(int width, double x, String label, int size) {
        return (int) Math.ceil(Math.max(width, 2 * x + label.length() * size * 0.62));
    }

    /** A raw element the caller built, such as a turbine marker carrying data attributes. */
    SvgCanvas element(String xml) {
        svg.append(xml);
        return this;
    }

    String toSvg() {
        return svg + "</svg>";
    }
}
