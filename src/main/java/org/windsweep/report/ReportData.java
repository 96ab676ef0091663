package org.windsweep.report;

import java.util.List;

/**
 * What the report shows, read from a run directory: the farms' ground and wind roses, the turbine types, every
 * successful config's layout and AEP, and the configs that failed.
 */
public record ReportData(String runName, String wakeModel, List<Farm> farms, List<String> turbineNames,
                         List<ConfigResult> results, List<FailedConfig> failed, Totals totals) {

    /** A farm: where turbines may stand, and the wind its site brings. */
    public record Farm(FarmOutline outline, WindRose windRose) {

        public String name() {
            return outline.name();
        }
    }

    /**
     * One successful config.
     *
     * @param aepPerTurbine       each turbine's AEP [GWh], or null when results.h5 predates the AEP breakdown
     * @param turbineWakeLossPct  each turbine's share of its wake-free AEP lost to wakes [%], or null likewise
     * @param wakeLossPct         the layout's share of its wake-free AEP lost to wakes [%], or null likewise
     * @param baselineAep         the AEP of the farm's baseline layout [GWh], or null when the farm has none
     * @param gainOverBaselinePct how much more this layout produces than the baseline [%], or null without one
     */
    public record ConfigResult(String key, int farmIdx, int typeIdx, long seed, double aep, double aepInitial,
                               double[] x, double[] y, double spacingM, double[] aepPerTurbine,
                               double[] turbineWakeLossPct, Double wakeLossPct,
                               Double baselineAep, Double gainOverBaselinePct) {
    }

    public record FailedConfig(String key, int partition, String status, String reason) {
    }

    public record Totals(long expected, long ok, long failed, long missing) {
    }
}
