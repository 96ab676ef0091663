package org.windsweep.physics;

import java.io.Serializable;

/** A wind climate given per direction sector, binned into a {@link Site} by MODELS.md's rules. */
public sealed interface WindResource extends Serializable permits SectorRose, WeibullSectors {

    /** The site at the default bins: the sector centres, and the resource's own or the default wind speeds. */
    Site site();

    /** The site at chosen bins; null for either means its default. */
    Site site(double[] wdBinsDeg, double[] wsBinsMs);
}
