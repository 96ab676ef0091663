package org.windsweep.optimize;

import java.io.Serializable;
import java.util.List;

/** One region of a farm: where a turbine may stand as far as this region goes, inside its outline and out of its holes. */
final class Region implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Outline shell;
    private final List<Outline> holes;

    Region(Outline shell, List<Outline> holes) {
        this.shell = shell;
        this.holes = List.copyOf(holes);
    }

    /** The least clearance of the outline and the holes: positive where a turbine may stand in this region. */
    double clearance(double x, double y) {
        return Outlines.nearest(shell, holes, x, y).clearance(x, y);
    }

    double[] clearanceGradient(double x, double y) {
        return Outlines.nearest(shell, holes, x, y).clearanceGradient(x, y);
    }

    /** The outline's pieces near (x, y) and those of every hole that one step can reach. */
    void addPiecesNear(double x, double y, double reachM, List<BoundaryPiece> out) {
        shell.addPiecesNear(x, y, reachM, out);
        Outlines.addPiecesWithinReach(holes, x, y, reachM, out);
    }

    BoundingBox boundingBox() {
        return shell.boundingBox();
    }
}
