package org.windsweep.optimize;

import java.util.List;

/** What the region and farm boundaries do alike with lists of outlines (holes, exclusion zones). */
final class Outlines {

    private Outlines() {
    }

    /** The outline of {@code first} and {@code others} with the least clearance at (x, y); the first on a tie. */
    static Outline nearest(Outline first, List<Outline> others, double x, double y) {
        Outline nearest = first;
        double least = first == null ? Double.POSITIVE_INFINITY : first.clearance(x, y);
        for (Outline outline : others) {
            double clearance = outline.clearance(x, y);
            if (clearance < least) {
                least = clearance;
                nearest = outline;
            }
        }
        return nearest;
    }

    /**
     * Adds the pieces of every outline one step can bring a turbine at (x, y) to: a step moves each coordinate by
     * at most reachM, so at most reachM * sqrt(2) in all; outlines farther than twice the reach are left out.
     */
    static void addPiecesWithinReach(List<Outline> outlines, double x, double y, double reachM,
                                     List<BoundaryPiece> out) {
        for (Outline outline : outlines) {
            if (outline.clearance(x, y) <= 2 * reachM) {
                outline.addPiecesNear(x, y, reachM, out);
            }
        }
    }
}
