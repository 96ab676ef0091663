package org.windsweep.optimize;

import java.util.Locale;
import org.windsweep.InvalidInputException;
import org.windsweep.physics.PhysicalLimits;

/**
 * The boundaries windsweep handles, checked by every boundary's constructor (so inline and file boundaries alike);
 * their coordinates are positions within {@link PhysicalLimits#MAX_COORDINATE_M}.
 * Beyond them squared distances lose their precision or overflow (1e300 m coordinates gave an AEP of 0) and a
 * polygon's crossing check grows with the square of its vertices. docs/sweep-spec.md lists them.
 */
public final class BoundaryLimits {

    /** A farm at most this many metres across (a circle's diameter, a polygon's bounding box). */
    public static final double MAX_EXTENT_M = 2e6;
    /** At most this many polygon vertices. */
    public static final int MAX_VERTICES = 10_000;

    private BoundaryLimits() {
    }

    static void requireRadius(double radiusM) {
        if (!(radiusM <= MAX_EXTENT_M / 2)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "circle boundary: radius %s m is more than "
                    + "the %.0e m a farm may have (it may span %.0e m); give the radius in metres", radiusM,
                    MAX_EXTENT_M / 2, MAX_EXTENT_M));
        }
    }

    static void requireExtent(String what, double extentM) {
        if (!(extentM <= MAX_EXTENT_M)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s spans %.6g m, more than the %.0e m a "
                    + "farm may span; give the farm's outline in metres", what, extentM, MAX_EXTENT_M));
        }
    }
}
