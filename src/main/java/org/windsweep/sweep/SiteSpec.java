package org.windsweep.sweep;

import java.nio.file.Path;
import java.util.List;

/**
 * A wind resource as the spec writes it: a sector rose, Weibull sectors or a wind-resource file, each with
 * optional flow-case bins. The physics' site builders turn it into the probability matrix (see MODELS.md "Sites").
 */
public sealed interface SiteSpec {

    /** The {@code wd_deg}/{@code ws_ms} bins the spec asked for; empty lists mean MODELS.md's defaults. */
    Bins bins();

    SpecLocation at();

    record Bins(List<Double> wdDeg, List<Double> wsMs) {

        public static final Bins DEFAULT = new Bins(List.of(), List.of());

        public Bins {
            wdDeg = List.copyOf(wdDeg);
            wsMs = List.copyOf(wsMs);
        }
    }

    /**
     * {@code sector_rose: {wd_deg, probability, ws_ms}}: one probability per sector, the speeds each with
     * probability 1. {@code ti} holds one ambient TI for every direction or one per sector.
     */
    record SectorRose(List<Double> wdDeg, List<Double> probability, List<Double> wsMs, List<Double> ti, Bins bins,
                      SpecLocation at) implements SiteSpec {

        public SectorRose {
            wdDeg = List.copyOf(wdDeg);
            probability = List.copyOf(probability);
            wsMs = List.copyOf(wsMs);
            ti = List.copyOf(ti);
        }
    }

    /** {@code weibull_sectors: {wd_deg, frequency, A, k}}: per sector, its frequency and Weibull scale A (m/s) and shape k. */
    record WeibullSectors(List<Double> wdDeg, List<Double> frequency, List<Double> weibullA, List<Double> weibullK,
                          List<Double> ti, Bins bins, SpecLocation at) implements SiteSpec {

        public WeibullSectors {
            wdDeg = List.copyOf(wdDeg);
            frequency = List.copyOf(frequency);
            weibullA = List.copyOf(weibullA);
            weibullK = List.copyOf(weibullK);
            ti = List.copyOf(ti);
        }
    }

    /**
     * {@code wind_rose: {wd_deg, ws_ms, probability}}: a probability per direction and wind speed, rows by
     * direction.
     */
    record WindRose(List<Double> wdDeg, List<Double> wsMs, List<List<Double>> probability, List<Double> ti,
                    Bins bins, SpecLocation at) implements SiteSpec {

        public WindRose {
            wdDeg = List.copyOf(wdDeg);
            wsMs = List.copyOf(wsMs);
            probability = probability.stream().map(List::copyOf).toList();
            ti = List.copyOf(ti);
        }
    }

    /**
     * {@code file: path}: a netCDF4/HDF5 wind resource (ti empty: the file has its own), or an IEA37 wind-rose YAML
     * with the spec's ambient {@code ti}; the path is resolved against the spec's directory and exists.
     */
    record File(Path path, List<Double> ti, Bins bins, SpecLocation at) implements SiteSpec {

        public File {
            ti = List.copyOf(ti);
        }
    }
}
