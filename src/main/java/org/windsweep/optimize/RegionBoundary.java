package org.windsweep.optimize;

import java.util.ArrayList;
import java.util.List;

/**
 * A farm of one or more regions (polygons, optionally with holes, or circles) and exclusion zones (polygons or
 * circles), with a setback from every edge. A turbine may stand where it is inside some region, out of that
 * region's holes and out of every exclusion zone, at least the setback from each of their edges; a turbine exactly
 * on such a limit is inside. {@link RegionGeometry} validates the shapes on construction.
 *
 * <p>The signed distance is min(max over regions of the region's clearance, min over exclusions of theirs). The
 * optimiser sees, for each turbine, the pieces of the region it is in or nearest to (and of the exclusions within
 * reach): a turbine stays in its region during one refinement and moves to another only by relocation, which picks
 * grid points in any region. Making the optimiser follow the max over regions instead would give it a constraint
 * whose gradient jumps where the nearest region switches, which a linearising method cannot step across anyway.
 */
public final class RegionBoundary implements Boundary {

    private static final long serialVersionUID = 1L;

    private final List<FarmShape> regionShapes;
    private final List<FarmShape> exclusionShapes;
    private final double setbackM;
    private final List<Region> regions = new ArrayList<>();
    private final List<Outline> exclusions = new ArrayList<>();

    /**
     * @param regions    at least one region
     * @param exclusions zones no turbine may enter (polygons without holes, or circles)
     * @param setbackM   the least distance (m) from every edge of a region, hole or exclusion zone
     */
    public RegionBoundary(List<FarmShape> regions, List<FarmShape> exclusions, double setbackM) {
        this.regionShapes = List.copyOf(regions);
        this.exclusionShapes = List.copyOf(exclusions);
        this.setbackM = setbackM;
        RegionGeometry.check(this);
        for (FarmShape shape : regionShapes) {
            if (shape instanceof FarmShape.Polygon polygon) {
                List<Outline> holes = new ArrayList<>();
                for (double[][] hole : polygon.holes()) {
                    holes.add(new PolygonOutline(hole, false, setbackM));
                }
                this.regions.add(new Region(new PolygonOutline(polygon.shell(), true, setbackM), holes));
            } else {
                this.regions.add(new Region(circle((FarmShape.Circle) shape, true), List.of()));
            }
        }
        for (FarmShape shape : exclusionShapes) {
            this.exclusions.add(shape instanceof FarmShape.Polygon polygon
                    ? new PolygonOutline(polygon.shell(), false, setbackM)
                    : circle((FarmShape.Circle) shape, false));
        }
    }

    public List<FarmShape> regions() {
        return regionShapes;
    }

    public List<FarmShape> exclusions() {
        return exclusionShapes;
    }

    public double setbackM() {
        return setbackM;
    }

    @Override
    public double signedDistance(double x, double y) {
        double inRegion = regions.get(nearestRegion(x, y)).clearance(x, y);
        Outline exclusion = Outlines.nearest(null, exclusions, x, y);
        return exclusion == null ? inRegion : Math.min(inRegion, exclusion.clearance(x, y));
    }

    @Override
    public double[] signedDistanceGradient(double x, double y) {
        Region region = regions.get(nearestRegion(x, y));
        Outline exclusion = Outlines.nearest(null, exclusions, x, y);
        if (exclusion != null && exclusion.clearance(x, y) < region.clearance(x, y)) {
            return exclusion.clearanceGradient(x, y);
        }
        return region.clearanceGradient(x, y);
    }

    @Override
    public BoundingBox boundingBox() {
        BoundingBox box = regions.get(0).boundingBox();
        for (Region region : regions) {
            BoundingBox b = region.boundingBox();
            box = new BoundingBox(Math.min(box.minX(), b.minX()), Math.min(box.minY(), b.minY()),
                    Math.max(box.maxX(), b.maxX()), Math.max(box.maxY(), b.maxY()));
        }
        return box;
    }

    @Override
    public List<BoundaryPiece> piecesNear(double x, double y, double reachM) {
        List<BoundaryPiece> pieces = new ArrayList<>();
        regions.get(nearestRegion(x, y)).addPiecesNear(x, y, reachM, pieces);
        Outlines.addPiecesWithinReach(exclusions, x, y, reachM, pieces);
        return pieces;
    }

    /** The region with the largest clearance at (x, y): the one the turbine is in, or the nearest; first on a tie. */
    private int nearestRegion(double x, double y) {
        int best = 0;
        double bestClearance = regions.get(0).clearance(x, y);
        for (int r = 1; r < regions.size(); r++) {
            double clearance = regions.get(r).clearance(x, y);
            if (clearance > bestClearance) {
                bestClearance = clearance;
                best = r;
            }
        }
        return best;
    }

    private CircleOutline circle(FarmShape.Circle circle, boolean keepInside) {
        return new CircleOutline(circle.centerX(), circle.centerY(), circle.radius(), keepInside, setbackM);
    }
}
