package org.windsweep.physics;

import java.util.Arrays;
import org.windsweep.InvalidInputException;

/**
 * A wind rose given per direction sector (PyWake's UniformSite): probability[sector][ws] at its own wind speeds,
 * and ambient TI per sector (one value for all sectors is allowed).
 */
public record SectorRose(double[] sectorWdDeg, double[] wsMs, double[][] probability, double[] ti) implements WindResource {

    public SectorRose {
        Sectors.of(sectorWdDeg, "sector_rose.wd_deg");
        if (wsMs == null || wsMs.length == 0) {
            throw new InvalidInputException("sector_rose.ws_ms: needs at least one wind speed");
        }
        if (probability == null || probability.length != sectorWdDeg.length) {
            throw new InvalidInputException("sector_rose.probability: needs one entry per sector (" + sectorWdDeg.length + ")");
        }
        for (double[] row : probability) {
            if (row == null || row.length != wsMs.length) {
                throw new InvalidInputException("sector_rose.probability: needs one value per wind speed (" + wsMs.length + ") in every sector");
            }
            for (double p : row) {
                if (!(p >= 0) || !Double.isFinite(p)) {
                    throw new InvalidInputException("sector_rose.probability: values must be finite and >= 0, got " + p);
                }
            }
        }
        TiPerSector.check(ti, sectorWdDeg.length, "sector_rose.ti");
        sectorWdDeg = sectorWdDeg.clone();
        wsMs = wsMs.clone();
        probability = Matrices.copy(probability);
        ti = ti.clone();
    }

    @Override
    public double[] sectorWdDeg() {
        return sectorWdDeg.clone();
    }

    @Override
    public double[] wsMs() {
        return wsMs.clone();
    }

    @Override
    public double[][] probability() {
        return Matrices.copy(probability);
    }

    @Override
    public double[] ti() {
        return ti.clone();
    }

    /** One wind speed with probability 1 in every sector: the IEA37 kind of rose. */
    public static SectorRose singleSpeed(double[] sectorWdDeg, double[] sectorProbability, double wsMs, double ti) {
        return singleSpeed(sectorWdDeg, sectorProbability, wsMs, new double[] {ti});
    }

    /** As {@link #singleSpeed(double[], double[], double, double)} with TI given once or per sector. */
    public static SectorRose singleSpeed(double[] sectorWdDeg, double[] sectorProbability, double wsMs, double[] ti) {
        if (sectorProbability == null || sectorWdDeg == null || sectorProbability.length != sectorWdDeg.length) {
            throw new InvalidInputException("sector_rose.probability: needs one value per sector direction");
        }
        double[][] p = new double[sectorProbability.length][];
        for (int s = 0; s < p.length; s++) {
            p[s] = new double[] {sectorProbability[s]};
        }
        return new SectorRose(sectorWdDeg, new double[] {wsMs}, p, ti);
    }

    /** The site at the sector centres and the rose's own wind speeds. */
    @Override
    public Site site() {
        return site(Sectors.of(sectorWdDeg, "sector_rose.wd_deg").centres());
    }

    /** A sector rose fixes its own wind speeds: wsBinsMs must be null or exactly those. */
    @Override
    public Site site(double[] wdBinsDeg, double[] wsBinsMs) {
        if (wsBinsMs != null && !Arrays.equals(wsBinsMs, wsMs)) {
            throw new InvalidInputException("site ws_ms: a sector rose fixes its own wind speeds " + Arrays.toString(wsMs)
                    + "; remove ws_ms or give Weibull sectors instead");
        }
        return wdBinsDeg == null ? site() : site(wdBinsDeg);
    }

    /** P(wd, ws) = P_sector(nearest sector) / sector width * wd bin width, with bin width 360 / number of bins. */
    public Site site(double[] wdBinsDeg) {
        if (wdBinsDeg == null || wdBinsDeg.length == 0) {
            throw new InvalidInputException("site wd_deg: give at least one wind direction bin");
        }
        Sectors sectors = Sectors.of(sectorWdDeg, "sector_rose.wd_deg");
        double scale = Sectors.binWidth(wdBinsDeg.length) / sectors.widthDeg();
        double[][] p = new double[wdBinsDeg.length][wsMs.length];
        double[] tiPerWd = new double[wdBinsDeg.length];
        for (int l = 0; l < wdBinsDeg.length; l++) {
            int s = sectors.sectorOf(wdBinsDeg[l]);
            for (int k = 0; k < wsMs.length; k++) {
                p[l][k] = probability[s][k] * scale;
            }
            tiPerWd[l] = TiPerSector.of(ti, s);
        }
        return new Site(wdBinsDeg, wsMs, p, tiPerWd);
    }
}
