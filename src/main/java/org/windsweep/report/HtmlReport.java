package org.windsweep.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The run report: one self-contained XHTML page with inline SVG (no scripts, no network access), showing what
 * notebooks/explore_results.ipynb shows: the best layout per farm and turbine type over the farm's ground, its
 * turbines coloured by their own AEP, the site's wind rose, the wake loss and gain over a baseline layout, the AEP
 * across seeds and the gain of refinement over smart start in one small panel per farm, and the failed configs. Numbers are also kept in data attributes at full
 * precision, so the page can be checked against results.h5.
 */
public final class HtmlReport {

    private HtmlReport() {
    }

    public static String render(ReportData data) {
        List<GroupStatistics> groups = groups(data);
        StringBuilder page = new StringBuilder();
        page.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n")
                .append("<meta charset=\"utf-8\"/>\n<title>windsweep report: ").append(Html.escape(data.runName()))
                .append("</title>\n<style>")
                .append("body{font-family:sans-serif;margin:2em;color:#1b1b1b}")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #bbb;padding:3px 8px;text-align:right}")
                .append("th{background:#eee}td.text{text-align:left}.layouts,.panels{display:flex;flex-wrap:wrap;gap:12px;margin-bottom:16px}")
                .append("svg{background:#fff}p.note{max-width:60em}")
                .append("</style>\n</head>\n<body>\n");
        page.append("<h1>windsweep run ").append(Html.escape(data.runName())).append("</h1>\n");
        ReportData.Totals totals = data.totals();
        page.append(String.format(Locale.ROOT,
                "<p class=\"totals\" data-expected=\"%d\" data-ok=\"%d\" data-failed=\"%d\" data-missing=\"%d\">"
                        + "Wake model %s. %d configs expected: %d ok, %d failed, %d missing.</p>\n",
                totals.expected(), totals.ok(), totals.failed(), totals.missing(), Html.escape(data.wakeModel()),
                totals.expected(), totals.ok(), totals.failed(), totals.missing()));

        page.append("<h2>Summary per farm and turbine type</h2>\n").append(summaryTable(groups));
        Map<Integer, List<GroupStatistics>> byFarm = groups.stream()
                .collect(Collectors.groupingBy(GroupStatistics::farmIdx, TreeMap::new, Collectors.toList()));
        page.append("<h2>Best layout per farm and turbine type</h2>\n<p class=\"note\">One row per farm: its wind "
                + "rose and legend, then the best layout of each turbine type, every turbine coloured by the share of "
                + "its wake-free AEP that wakes take (one scale per farm; darkest loses most).</p>\n");
        byFarm.forEach((farmIdx, members) -> {
            ReportData.Farm farm = data.farms().get(farmIdx);
            ColourScale losses = FarmKey.lossScale(members.stream().map(GroupStatistics::best).toList());
            page.append("<div class=\"layouts\">\n").append(FarmKey.render(farm, losses, LayoutPlot.HEIGHT)).append('\n');
            for (GroupStatistics group : members) {
                page.append(LayoutPlot.render(farm, group.turbineName(), group.best(), losses)).append('\n');
            }
            page.append("</div>\n");
        });
        if (!groups.isEmpty()) {
            double bottom = DistributionPlot.axisBottom(groups);
            page.append("<h2>AEP across seeds</h2>\n<p class=\"note\">Each seed's AEP relative to the best seed of "
                    + "its farm and turbine type; one panel per farm, all on the same axis.</p>\n<div class=\"panels\">\n");
            byFarm.forEach((farm, members) -> page.append(
                    DistributionPlot.render(members.get(0).farmName(), members, bottom)).append('\n'));
            double[] gainAxis = GainPlot.axis(groups);
            page.append("</div>\n<h2>Gain of refinement over smart start</h2>\n<div class=\"panels\">\n");
            byFarm.forEach((farm, members) -> page.append(
                    GainPlot.render(members.get(0).farmName(), members, gainAxis)).append('\n'));
            page.append("</div>\n");
        }
        page.append("<h2>Failed configs</h2>\n").append(failedTable(data.failed()));
        page.append("</body>\n</html>\n");
        return page.toString();
    }

    private static List<GroupStatistics> groups(ReportData data) {
        Map<List<Integer>, List<ReportData.ConfigResult>> byGroup = data.results().stream()
                .collect(Collectors.groupingBy(r -> List.of(r.farmIdx(), r.typeIdx()),
                        () -> new TreeMap<>(Comparator.<List<Integer>>comparingInt(k -> k.get(0)).thenComparingInt(k -> k.get(1))),
                        Collectors.toList()));
        List<GroupStatistics> groups = new ArrayList<>();
        byGroup.forEach((key, results) -> groups.add(GroupStatistics.of(data.farms().get(key.get(0)).name(),
                data.turbineNames().get(key.get(1)), key.get(0), key.get(1), results)));
        return groups;
    }

    private static String summaryTable(List<GroupStatistics> groups) {
        boolean baselines = groups.stream().anyMatch(g -> g.best().gainOverBaselinePct() != null);
        StringBuilder table = new StringBuilder("<table class=\"summary\">\n<tr><th>farm / turbine</th><th>configs</th>"
                + "<th>best AEP [GWh]</th><th>its wake loss</th>" + (baselines ? "<th>its gain over baseline</th>" : "")
                + "<th>median</th><th>mean</th><th>worst</th><th>mean gain over smart start</th><th>best config</th></tr>\n");
        for (GroupStatistics group : groups) {
            ReportData.ConfigResult best = group.best();
            table.append(String.format(Locale.ROOT, "<tr data-group=\"%s\"><td class=\"text\">%s</td><td>%d</td><td>%.4f</td>",
                    Html.escape(group.label()), Html.escape(group.label()), group.count(), group.max()));
            table.append(percentCell(best.wakeLossPct(), "%.2f %%"));
            if (baselines) {
                table.append(percentCell(best.gainOverBaselinePct(), "%+.2f %%"));
            }
            table.append(String.format(Locale.ROOT, "<td>%.4f</td><td>%.4f</td><td>%.4f</td><td>%.3f %%</td>"
                            + "<td class=\"text\">%s</td></tr>\n",
                    group.quantile(0.5), group.mean(), group.min(), group.meanGainPct(), Html.escape(best.key())));
        }
        return table.append("</table>\n").toString();
    }

    /** A table cell of a percentage, or a dash where the results do not have it. */
    private static String percentCell(Double value, String format) {
        return value == null ? "<td>-</td>" : "<td>" + String.format(Locale.ROOT, format, value) + "</td>";
    }

    private static String failedTable(List<ReportData.FailedConfig> failed) {
        if (failed.isEmpty()) {
            return "<p class=\"failed-none\">None: every expected config has a result.</p>\n";
        }
        StringBuilder table = new StringBuilder(
                "<table class=\"failed\">\n<tr><th>config</th><th>partition</th><th>status</th><th>reason</th></tr>\n");
        for (ReportData.FailedConfig config : failed) {
            table.append(String.format(Locale.ROOT,
                    "<tr><td class=\"text\">%s</td><td>%d</td><td class=\"text\">%s</td><td class=\"text\">%s</td></tr>\n",
                    Html.escape(config.key()), config.partition(), Html.escape(config.status()), Html.escape(config.reason())));
        }
        return table.append("</table>\n").toString();
    }
}
