package org.windsweep.report;

import java.util.Arrays;
import java.util.List;

/** AEP statistics of one farm x turbine type group across its seeds. */
record GroupStatistics(String farmName, String turbineName, int farmIdx, int typeIdx, double[] sortedAep,
                       double meanGainPct, ReportData.ConfigResult best) {

    static GroupStatistics of(String farmName, String turbineName, int farmIdx, int typeIdx,
                              List<ReportData.ConfigResult> results) {
        double[] aep = results.stream().mapToDouble(ReportData.ConfigResult::aep).sorted().toArray();
        double meanGain = results.stream()
                .mapToDouble(r -> 100 * (r.aep() - r.aepInitial()) / r.aepInitial())
                .average().orElse(Double.NaN);
        ReportData.ConfigResult best = results.stream()
                .max((a, b) -> a.aep() != b.aep() ? Double.compare(a.aep(), b.aep()) : b.key().compareTo(a.key()))
                .orElseThrow();
        return new GroupStatistics(farmName, turbineName, farmIdx, typeIdx, aep, meanGain, best);
    }

    String label() {
        return farmName + " / " + turbineName;
    }

    int count() {
        return sortedAep.length;
    }

    double min() {
        return sortedAep[0];
    }

    double max() {
        return sortedAep[sortedAep.length - 1];
    }

    double mean() {
        return Arrays.stream(sortedAep).average().orElse(Double.NaN);
    }

    /** Linear-interpolated quantile, q in [0, 1]. */
    double quantile(double q) {
        double position = q * (sortedAep.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sortedAep.length - 1);
        return sortedAep[lower] + (position - lower) * (sortedAep[upper] - sortedAep[lower]);
    }
}
