package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.windsweep.InvalidInputException;
import org.windsweep.physics.PhysicalLimits;

/**
 * A polygon's outline, convex or not, given in either orientation (stored counter-clockwise), and the side of it a
 * turbine keeps to: the inside (a farm or region outline) or the outside (a hole or an exclusion zone), at least a
 * setback away. Validated on construction: finite coordinates, at least three distinct vertices, non-zero area,
 * no self-intersection.
 *
 * <p>For the optimiser a convex kept side is the intersection of its edges' half-planes: linear constraints, exact
 * everywhere. Otherwise the outline is described near each turbine by the features within reach: half-planes of
 * its edges and, at each reflex corner of the kept side, the signed distance to the corner's outside wedge, which
 * is smooth outside the wedge. Near a convex corner both edges' half-planes are included, so the optimiser never
 * has to linearise the kink of the plain signed distance there. A setback moves every piece by the same distance
 * into the kept side: half-planes stay half-planes (meeting in a sharp corner, as the offset of a convex corner
 * does) and the wedge distance becomes the rounded offset of a reflex corner.
 */
final class PolygonOutline implements Outline {

    private static final long serialVersionUID = 1L;

    private final double[] xs;
    private final double[] ys;
    private final boolean keepInside;
    private final double setbackM;
    /** Whether the kept side is convex: only ever the inside of a convex polygon. */
    private final boolean keptSideConvex;

    /**
     * @param vertices   {@code [[x, y], ...]} in metres; a closing vertex equal to the first is ignored
     * @param keepInside whether turbines keep to the inside (a region) or the outside (a hole, an exclusion)
     * @param setbackM   how far (m, at least 0) a turbine must stay from the outline
     */
    PolygonOutline(double[][] vertices, boolean keepInside, double setbackM) {
        double[][] distinct = distinctVertices(vertices);
        int n = distinct.length;
        double[] px = new double[n];
        double[] py = new double[n];
        for (int i = 0; i < n; i++) {
            px[i] = distinct[i][0];
            py[i] = distinct[i][1];
        }
        BoundaryLimits.requireExtent("polygon boundary", extent(px, py));
        double area = signedArea(px, py);
        if (Math.abs(area) <= 1e-12 * squared(extent(px, py)) && px.length == 3) {
            throw new InvalidInputException("polygon boundary: the vertices are collinear (zero area); give at least"
                    + " three vertices that enclose the farm");
        }
        checkNoSelfIntersection(px, py); // also rejects other zero-area outlines, which must fold over themselves
        if (area < 0) { // clockwise: store counter-clockwise so that every edge's inside is on its left
            reverse(px);
            reverse(py);
        }
        this.xs = px;
        this.ys = py;
        this.keepInside = keepInside;
        this.setbackM = setbackM;
        this.keptSideConvex = keepInside && isConvex(px, py);
    }

    int vertexCount() {
        return xs.length;
    }

    /** The vertices, counter-clockwise, as {@code [[x, y], ...]}. */
    double[][] vertices() {
        double[][] out = new double[xs.length][];
        for (int i = 0; i < xs.length; i++) {
            out[i] = new double[] {xs[i], ys[i]};
        }
        return out;
    }

    boolean isConvex() {
        return isConvex(xs, ys);
    }

    @Override
    public double clearance(double x, double y) {
        double d = Math.sqrt(nearestSquaredDistance(x, y, null));
        return (containsByCrossings(x, y) == keepInside ? d : -d) - setbackM;
    }

    @Override
    public double[] clearanceGradient(double x, double y) {
        double[] nearest = new double[2];
        double d = Math.sqrt(nearestSquaredDistance(x, y, nearest));
        boolean kept = containsByCrossings(x, y) == keepInside;
        if (d == 0) { // on an edge: the normal into the kept side of the edge it lies on
            int e = nearestEdge(x, y);
            return keptSideNormal(e);
        }
        double sign = kept ? 1 : -1;
        return new double[] {sign * (x - nearest[0]) / d, sign * (y - nearest[1]) / d};
    }

    @Override
    public BoundingBox boundingBox() {
        return new BoundingBox(min(xs), min(ys), max(xs), max(ys));
    }

    @Override
    public void addPiecesNear(double x, double y, double reachM, List<BoundaryPiece> pieces) {
        int n = xs.length;
        if (keptSideConvex) {
            for (int e = 0; e < n; e++) {
                pieces.add(edgeHalfPlane(e));
            }
            return;
        }
        double clearance = clearance(x, y);
        // the setback moves every feature that much into the kept side, so raw features that much farther count
        double within = Math.abs(clearance) + reachM + setbackM;
        // A feature farther than the true violation would claim the turbine is outside when it is not
        // (e.g. the far side of a notch): such pieces are not valid here and are left out.
        double floor = Math.min(0, clearance) - 1e-9 * (1 + Math.abs(clearance));
        boolean[] reflexUsed = new boolean[n];
        double[] scratch = new double[2];
        for (int e = 0; e < n; e++) {
            int a = e;
            int b = (e + 1) % n;
            double t = projectionParameter(e, x, y);
            double qx = xs[a] + t * (xs[b] - xs[a]);
            double qy = ys[a] + t * (ys[b] - ys[a]);
            if (Math.hypot(x - qx, y - qy) > within) {
                continue;
            }
            int corner = t <= 0 ? a : t >= 1 ? b : -1;
            BoundaryPiece piece;
            if (corner >= 0 && isKeptSideReflex(corner)) {
                if (reflexUsed[corner]) {
                    continue;
                }
                reflexUsed[corner] = true;
                piece = reflexCorner(corner);
            } else {
                piece = edgeHalfPlane(e);
            }
            if (piece.value(x, y, scratch) >= floor) {
                pieces.add(piece);
            }
        }
    }

    /** Signed distance into the kept side of the line through edge e, less the setback. */
    private BoundaryPiece edgeHalfPlane(int e) {
        double[] normal = keptSideNormal(e);
        double ax = xs[e];
        double ay = ys[e];
        return (x, y, gradient) -> {
            gradient[0] = normal[0];
            gradient[1] = normal[1];
            return normal[0] * (x - ax) + normal[1] * (y - ay) - setbackM;
        };
    }

    /**
     * Signed distance to the wedge outside a reflex corner v of the kept side (the region behind both of its
     * edges), less the setback: the distance to v where v is the nearest point of the wedge, else that to the
     * nearer edge line. Continuously differentiable outside the wedge, which is where a feasible turbine is.
     */
    private BoundaryPiece reflexCorner(int v) {
        int n = xs.length;
        double[] n1 = keptSideNormal((v - 1 + n) % n);
        double[] n2 = keptSideNormal(v);
        double vx = xs[v];
        double vy = ys[v];
        double det = n1[0] * n2[1] - n1[1] * n2[0];
        return (x, y, gradient) -> {
            double dx = x - vx;
            double dy = y - vy;
            // (dx, dy) = a n1 + b n2 with a, b >= 0: v is the nearest point of the wedge
            double a = (dx * n2[1] - dy * n2[0]) / det;
            double b = (n1[0] * dy - n1[1] * dx) / det;
            double r = Math.hypot(dx, dy);
            if (a >= 0 && b >= 0 && r > 0) {
                gradient[0] = dx / r;
                gradient[1] = dy / r;
                return r - setbackM;
            }
            double h1 = n1[0] * dx + n1[1] * dy;
            double h2 = n2[0] * dx + n2[1] * dy;
            double[] normal = h1 >= h2 ? n1 : n2;
            gradient[0] = normal[0];
            gradient[1] = normal[1];
            return Math.max(h1, h2) - setbackM;
        };
    }

    /** A corner that points into the kept side: inward turns of a region's outline, outward ones of a hole's. */
    private boolean isKeptSideReflex(int v) {
        int n = xs.length;
        int u = (v - 1 + n) % n;
        int w = (v + 1) % n;
        double turn = cross(xs[v] - xs[u], ys[v] - ys[u], xs[w] - xs[v], ys[w] - ys[v]);
        return keepInside ? turn < 0 : turn > 0;
    }

    /** The unit normal of edge e pointing into the kept side (a counter-clockwise edge has the inside on its left). */
    private double[] keptSideNormal(int e) {
        int b = (e + 1) % xs.length;
        double ex = xs[b] - xs[e];
        double ey = ys[b] - ys[e];
        double len = Math.hypot(ex, ey);
        return keepInside ? new double[] {-ey / len, ex / len} : new double[] {ey / len, -ex / len};
    }

    /** Where the projection of (x, y) on edge e falls, clamped to the edge: 0 at its start, 1 at its end. */
    private double projectionParameter(int e, double x, double y) {
        int b = (e + 1) % xs.length;
        double ex = xs[b] - xs[e];
        double ey = ys[b] - ys[e];
        double t = ((x - xs[e]) * ex + (y - ys[e]) * ey) / (ex * ex + ey * ey);
        return Math.max(0, Math.min(1, t));
    }

    private double nearestSquaredDistance(double x, double y, double[] nearestOut) {
        double best = Double.POSITIVE_INFINITY;
        for (int e = 0; e < xs.length; e++) {
            int b = (e + 1) % xs.length;
            double t = projectionParameter(e, x, y);
            double qx = xs[e] + t * (xs[b] - xs[e]);
            double qy = ys[e] + t * (ys[b] - ys[e]);
            double d2 = squared(x - qx) + squared(y - qy);
            if (d2 < best) {
                best = d2;
                if (nearestOut != null) {
                    nearestOut[0] = qx;
                    nearestOut[1] = qy;
                }
            }
        }
        return best;
    }

    private int nearestEdge(double x, double y) {
        int bestEdge = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int e = 0; e < xs.length; e++) {
            int b = (e + 1) % xs.length;
            double t = projectionParameter(e, x, y);
            double d2 = squared(x - xs[e] - t * (xs[b] - xs[e])) + squared(y - ys[e] - t * (ys[b] - ys[e]));
            if (d2 < best) {
                best = d2;
                bestEdge = e;
            }
        }
        return bestEdge;
    }

    /** Even-odd rule; points on an edge count as inside (their distance is 0 either way). */
    private boolean containsByCrossings(double x, double y) {
        boolean inside = false;
        int n = xs.length;
        for (int i = 0, j = n - 1; i < n; j = i++) {
            if ((ys[i] > y) != (ys[j] > y)) {
                double xCross = xs[j] + (y - ys[j]) / (ys[i] - ys[j]) * (xs[i] - xs[j]);
                if (x < xCross) {
                    inside = !inside;
                }
            }
        }
        return inside;
    }

    private static double[][] distinctVertices(double[][] vertices) {
        if (vertices == null) {
            throw new InvalidInputException("polygon boundary: no vertices; give a list of [x, y] points in metres");
        }
        List<double[]> kept = new ArrayList<>();
        for (int i = 0; i < vertices.length; i++) {
            double[] v = vertices[i];
            if (v == null || v.length != 2) {
                throw new InvalidInputException("polygon boundary: vertex " + i + " must be a pair [x, y], got "
                        + Arrays.toString(v));
            }
            if (!Double.isFinite(v[0]) || !Double.isFinite(v[1])) {
                throw new InvalidInputException("polygon boundary: vertex " + i + " has a non-finite coordinate "
                        + Arrays.toString(v) + "; give finite numbers in metres");
            }
            PhysicalLimits.requirePosition("polygon boundary: vertex " + i, v[0], v[1]);
            double[] last = kept.isEmpty() ? null : kept.get(kept.size() - 1);
            if (last == null || last[0] != v[0] || last[1] != v[1]) {
                kept.add(new double[] {v[0], v[1]});
            }
        }
        if (kept.size() > 1 && Arrays.equals(kept.get(0), kept.get(kept.size() - 1))) {
            kept.remove(kept.size() - 1); // an explicitly closed ring
        }
        if (kept.size() < 3) {
            throw new InvalidInputException("polygon boundary: needs at least 3 distinct vertices, got " + kept.size()
                    + "; list the farm's corners as [[x, y], ...]");
        }
        if (kept.size() > BoundaryLimits.MAX_VERTICES) {
            throw new InvalidInputException("polygon boundary: " + kept.size() + " vertices, more than "
                    + BoundaryLimits.MAX_VERTICES + "; simplify the outline");
        }
        return kept.toArray(new double[0][]);
    }

    private static void checkNoSelfIntersection(double[] px, double[] py) {
        int n = px.length;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                boolean adjacent = j == i + 1 || (i == 0 && j == n - 1);
                if (!adjacent && segmentsTouch(px, py, i, j)) {
                    throw new InvalidInputException("polygon boundary: edges " + i + " and " + j
                            + " cross or touch (self-intersecting polygon); order the vertices along the outline"
                            + " without crossings");
                }
            }
        }
    }

    private static boolean segmentsTouch(double[] px, double[] py, int i, int j) {
        int n = px.length;
        double ax = px[i], ay = py[i], bx = px[(i + 1) % n], by = py[(i + 1) % n];
        double cx = px[j], cy = py[j], dx = px[(j + 1) % n], dy = py[(j + 1) % n];
        double d1 = cross(bx - ax, by - ay, cx - ax, cy - ay);
        double d2 = cross(bx - ax, by - ay, dx - ax, dy - ay);
        double d3 = cross(dx - cx, dy - cy, ax - cx, ay - cy);
        double d4 = cross(dx - cx, dy - cy, bx - cx, by - cy);
        if (((d1 > 0 && d2 < 0) || (d1 < 0 && d2 > 0)) && ((d3 > 0 && d4 < 0) || (d3 < 0 && d4 > 0))) {
            return true;
        }
        return (d1 == 0 && onSegment(ax, ay, bx, by, cx, cy)) || (d2 == 0 && onSegment(ax, ay, bx, by, dx, dy))
                || (d3 == 0 && onSegment(cx, cy, dx, dy, ax, ay)) || (d4 == 0 && onSegment(cx, cy, dx, dy, bx, by));
    }

    private static boolean onSegment(double ax, double ay, double bx, double by, double px, double py) {
        return Math.min(ax, bx) <= px && px <= Math.max(ax, bx) && Math.min(ay, by) <= py && py <= Math.max(ay, by);
    }

    private static boolean isConvex(double[] px, double[] py) {
        int n = px.length;
        for (int v = 0; v < n; v++) {
            int u = (v - 1 + n) % n;
            int w = (v + 1) % n;
            if (cross(px[v] - px[u], py[v] - py[u], px[w] - px[v], py[w] - py[v]) < 0) {
                return false;
            }
        }
        return true;
    }

    private static double signedArea(double[] px, double[] py) {
        double twice = 0;
        for (int i = 0, j = px.length - 1; i < px.length; j = i++) {
            twice += px[j] * py[i] - px[i] * py[j];
        }
        return twice / 2;
    }

    private static double extent(double[] px, double[] py) {
        return Math.max(max(px) - min(px), max(py) - min(py));
    }

    private static double cross(double ax, double ay, double bx, double by) {
        return ax * by - ay * bx;
    }

    private static double squared(double v) {
        return v * v;
    }

    private static double min(double[] v) {
        return Arrays.stream(v).min().orElseThrow();
    }

    private static double max(double[] v) {
        return Arrays.stream(v).max().orElseThrow();
    }

    private static void reverse(double[] v) {
        for (int i = 0, j = v.length - 1; i < j; i++, j--) {
            double t = v[i];
            v[i] = v[j];
            v[j] = t;
        }
    }
}
