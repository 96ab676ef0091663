package org.windsweep.physics;

import org.windsweep.InvalidInputException;

/**
 * Weibull wind-speed distributions per direction sector (PyWake's UniformWeibullSite): sector frequency f,
 * scale A [m/s] and shape k, plus ambient TI (one value, or one per sector).
 */
public record WeibullSectors(double[] sectorWdDeg, double[] frequency, double[] weibullA, double[] weibullK, double[] ti)
        implements WindResource {

    /** Default wind-speed bins when none are chosen: 3, 4, ..., 25 m/s. */
    private static final double[] DEFAULT_WS_MS = defaultWs();

    public WeibullSectors {
        Sectors.of(sectorWdDeg, "weibull_sectors.wd_deg");
        int n = sectorWdDeg.length;
        requireLength(frequency, n, "weibull_sectors.frequency");
        requireLength(weibullA, n, "weibull_sectors.A");
        requireLength(weibullK, n, "weibull_sectors.k");
        for (int s = 0; s < n; s++) {
            if (!(frequency[s] >= 0) || !Double.isFinite(frequency[s])) {
                throw new InvalidInputException("weibull_sectors.frequency: values must be finite and >= 0, got " + frequency[s]);
            }
            if (!(weibullA[s] > 0 && weibullA[s] <= PhysicalLimits.MAX_WIND_SPEED_MS)) {
                throw new InvalidInputException("weibull_sectors.A: scale must be > 0 and at most "
                        + PhysicalLimits.MAX_WIND_SPEED_MS + " m/s, got " + weibullA[s]);
            }
            if (!(weibullK[s] > 0) || !Double.isFinite(weibullK[s])) {
                throw new InvalidInputException("weibull_sectors.k: shape must be > 0, got " + weibullK[s]);
            }
        }
        TiPerSector.check(ti, n, "weibull_sectors.ti");
        sectorWdDeg = sectorWdDeg.clone();
        frequency = frequency.clone();
        weibullA = weibullA.clone();
        weibullK = weibullK.clone();
        ti = ti.clone();
    }

    @Override
    public double[] sectorWdDeg() {
        return sectorWdDeg.clone();
    }

    @Override
    public double[] frequency() {
        return frequency.clone();
    }

    @Override
    public double[] weibullA() {
        return weibullA.clone();
    }

    @Override
    public double[] weibullK() {
        return weibullK.clone();
    }

    @Override
    public double[] ti() {
        return ti.clone();
    }

    private static void requireLength(double[] values, int n, String field) {
        if (values == null || values.length != n) {
            throw new InvalidInputException(field + ": needs one value per sector (" + n + ")");
        }
    }

    /** The site at the sector centres and 3..25 m/s. */
    @Override
    public Site site() {
        return site(Sectors.of(sectorWdDeg, "weibull_sectors.wd_deg").centres(), DEFAULT_WS_MS);
    }

    /**
     * The site at PyWake's default bins, wd 0, 1, ..., 359 deg and ws 3, 4, ..., 25 m/s (8280 flow cases): the
     * resolution PyWake users run.
     */
    public Site siteAtPyWakeDefaultBins() {
        double[] wd = new double[360];
        for (int l = 0; l < wd.length; l++) {
            wd[l] = l;
        }
        return site(wd, DEFAULT_WS_MS);
    }

    /**
     * P(wd, ws) = f_sector/sector width * wd bin width * (F(ws_hi) - F(ws_lo)) with F the sector's Weibull CDF and
     * ws bin edges halfway between the requested speeds (the first and last bins symmetric about their speed; a
     * single speed gets a 1 m/s bin). The tails outside the bins are not renormalised.
     */
    @Override
    public Site site(double[] wdBinsDeg, double[] wsBinsMs) {
        if (wdBinsDeg == null) {
            wdBinsDeg = Sectors.of(sectorWdDeg, "weibull_sectors.wd_deg").centres();
        }
        if (wsBinsMs == null) {
            wsBinsMs = DEFAULT_WS_MS;
        }
        if (wdBinsDeg.length == 0) {
            throw new InvalidInputException("site wd_deg: give at least one wind direction bin");
        }
        double[] edges = speedBinEdges(wsBinsMs);
        Sectors sectors = Sectors.of(sectorWdDeg, "weibull_sectors.wd_deg");
        double directionScale = Sectors.binWidth(wdBinsDeg.length) / sectors.widthDeg();
        double[][] p = new double[wdBinsDeg.length][wsBinsMs.length];
        double[] tiPerWd = new double[wdBinsDeg.length];
        for (int l = 0; l < wdBinsDeg.length; l++) {
            int s = sectors.sectorOf(wdBinsDeg[l]);
            for (int k = 0; k < wsBinsMs.length; k++) {
                double speedProbability = cdf(edges[k + 1], s) - cdf(edges[k], s);
                p[l][k] = frequency[s] * directionScale * speedProbability;
            }
            tiPerWd[l] = TiPerSector.of(ti, s);
        }
        return new Site(wdBinsDeg, wsBinsMs, p, tiPerWd);
    }

    private double cdf(double ws, int sector) {
        return 1 - Math.exp(-Math.pow(ws / weibullA[sector], weibullK[sector]));
    }

    private static double[] speedBinEdges(double[] ws) {
        if (ws == null || ws.length == 0) {
            throw new InvalidInputException("site ws_ms: give at least one wind speed bin");
        }
        int n = ws.length;
        for (int k = 1; k < n; k++) {
            if (!(ws[k] > ws[k - 1])) {
                throw new InvalidInputException("site ws_ms: wind speeds must increase strictly, but " + ws[k] + " follows " + ws[k - 1]);
            }
        }
        double[] edges = new double[n + 1];
        if (n == 1) {
            edges[0] = ws[0] - 0.5;
            edges[1] = ws[0] + 0.5;
        } else {
            for (int k = 1; k < n; k++) {
                edges[k] = (ws[k - 1] + ws[k]) / 2;
            }
            edges[0] = ws[0] - (ws[1] - ws[0]) / 2;
            edges[n] = ws[n - 1] + (ws[n - 1] - ws[n - 2]) / 2;
        }
        edges[0] = Math.max(0, edges[0]);
        return edges;
    }

    private static double[] defaultWs() {
        double[] ws = new double[23];
        for (int k = 0; k < ws.length; k++) {
            ws[k] = 3 + k;
        }
        return ws;
    }
}
