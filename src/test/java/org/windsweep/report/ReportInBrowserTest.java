package org.windsweep.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.windsweep.testing.ExternalTools;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The report of a benchmark-3000-sized sweep as a reader's browser lays it out: headless Chromium renders the page
 * at a laptop's width, and a probe script (added to a copy of the page here; the report itself has none) records
 * where every plot and label ended up. Every plot must be drawn at its full size, side by side without overlapping,
 * none wider than the window, and no label smaller than 9 px or cut off at its plot's edge.
 */
class ReportInBrowserTest {

    private static final int WINDOW_WIDTH = 1280;
    private static final double MIN_FONT_PX = 9;
    private static final String PROBE = """
            <script>
            window.addEventListener('load', () => {
              const plots = [...document.querySelectorAll('svg')].map(svg => {
                const box = svg.getBoundingClientRect();
                return {cls: svg.getAttribute('class'), farm: svg.getAttribute('data-farm') || '',
                        declaredWidth: +svg.getAttribute('width'), declaredHeight: +svg.getAttribute('height'),
                        left: box.left, top: box.top + window.scrollY, width: box.width, height: box.height};
              });
              const fonts = [...document.querySelectorAll('text, td, th, p')]
                  .map(e => parseFloat(getComputedStyle(e).fontSize) * (e.getScreenCTM ? e.getScreenCTM().a : 1));
              const clipped = [...document.querySelectorAll('svg text')].filter(text => {
                const label = text.getBoundingClientRect();
                const plot = text.ownerSVGElement.getBoundingClientRect();
                return label.left < plot.left - 0.5 || label.right > plot.right + 0.5;
              }).map(text => text.ownerSVGElement.getAttribute('class') + ': ' + text.textContent);
              const out = document.createElement('pre');
              out.id = 'probe';
              out.textContent = JSON.stringify({windowWidth: window.innerWidth,
                  pageWidth: document.documentElement.scrollWidth, plots, clipped, smallestFontPx: Math.min(...fonts)});
              document.body.appendChild(out);
            });
            </script>
            """;

    @TempDir
    Path dir;

    /** Where the browser put every plot and label of the report of these results (the probe's record). */
    private JsonNode renderedLayout(ReportData data) throws Exception {
        String chromium = ExternalTools.chromium();
        Path page = dir.resolve("report.html");
        Files.writeString(page, HtmlReport.render(data).replace("</body>", PROBE + "</body>"), StandardCharsets.UTF_8);

        ExternalTools.Result rendered = ExternalTools.run(List.of(chromium, "--headless", "--no-sandbox",
                "--disable-gpu", "--hide-scrollbars", "--window-size=" + WINDOW_WIDTH + ",900",
                "--virtual-time-budget=20000", "--dump-dom", page.toUri().toString()), 300);
        assertEquals(0, rendered.exitCode(), rendered.stderr());
        Matcher probe = Pattern.compile("<pre id=\"probe\">(.*?)</pre>", Pattern.DOTALL).matcher(rendered.stdout());
        assertTrue(probe.find(), "the page loaded and the probe ran: " + rendered.stderr());
        return new ObjectMapper().readTree(unescape(probe.group(1)));
    }

    @Test
    void everyPlotIsDrawnAtItsFullSizeSideBySideWithoutOverlapOrSideways() throws Exception {
        JsonNode layout = renderedLayout(ReportSamples.benchmarkSized());

        assertTrue(layout.get("pageWidth").asDouble() <= layout.get("windowWidth").asDouble(),
                "nothing needs scrolling sideways: " + layout.get("pageWidth") + " px wide");
        assertTrue(layout.get("smallestFontPx").asDouble() >= MIN_FONT_PX, "smallest label " + layout.get("smallestFontPx"));
        assertTrue(layout.get("clipped").isEmpty(), "labels cut off at their plot's edge: " + layout.get("clipped"));
        List<JsonNode> plots = new ArrayList<>();
        layout.get("plots").forEach(plots::add);
        Map<String, Integer> count = new TreeMap<>();
        plots.forEach(p -> count.merge(p.get("cls").asText(), 1, Integer::sum));
        int groups = ReportSamples.FARMS * ReportSamples.TURBINES.size();
        assertEquals(Map.of("layout", groups, "farm-key", ReportSamples.FARMS, "distribution", ReportSamples.FARMS,
                "gain", ReportSamples.FARMS), count);
        for (JsonNode plot : plots) {
            String name = plot.get("cls").asText() + " " + plot.get("farm").asText();
            assertEquals(plot.get("declaredWidth").asDouble(), plot.get("width").asDouble(), 0.5, name + " drawn at full width");
            assertEquals(plot.get("declaredHeight").asDouble(), plot.get("height").asDouble(), 0.5, name + " full height");
            assertTrue(plot.get("left").asDouble() >= 0
                            && plot.get("left").asDouble() + plot.get("width").asDouble() <= WINDOW_WIDTH,
                    name + " inside the window");
        }
        for (int i = 0; i < plots.size(); i++) {
            for (int j = i + 1; j < plots.size(); j++) {
                assertTrue(!overlap(plots.get(i), plots.get(j)), "plots " + i + " and " + j + " overlap");
            }
        }
        // A farm's key and its layouts share one row.
        for (JsonNode key : plots) {
            if (key.get("cls").asText().equals("farm-key")) {
                String farm = key.get("farm").asText();
                plots.stream().filter(p -> p.get("cls").asText().equals("layout") && p.get("farm").asText().equals(farm))
                        .forEach(p -> assertEquals(key.get("top").asDouble(), p.get("top").asDouble(), 0.5,
                                farm + ": its layouts beside its key"));
            }
        }
        // Small multiples: a farm's panel sits beside others, so the ten panels take a few rows, not ten.
        long rows = plots.stream().filter(p -> p.get("cls").asText().equals("distribution"))
                .map(p -> p.get("top").asDouble()).distinct().count();
        assertTrue(rows <= 3, "AEP-across-seeds panels in " + rows + " rows");
    }

    /** With one turbine type a farm's panels are one column wide: narrower than a name such as "farm-2 two regions". */
    @Test
    void farmNamesWiderThanTheirPanelsStayWhole() throws Exception {
        ReportData all = ReportSamples.benchmarkSized();
        ReportData oneType = new ReportData(all.runName(), all.wakeModel(), all.farms(), all.turbineNames().subList(0, 1),
                all.results().stream().filter(r -> r.typeIdx() == 0).toList(), List.of(), all.totals());

        JsonNode layout = renderedLayout(oneType);

        assertTrue(layout.get("clipped").isEmpty(), "labels cut off at their plot's edge: " + layout.get("clipped"));
    }

    private static boolean overlap(JsonNode a, JsonNode b) {
        return a.get("left").asDouble() + a.get("width").asDouble() > b.get("left").asDouble() + 0.5
                && b.get("left").asDouble() + b.get("width").asDouble() > a.get("left").asDouble() + 0.5
                && a.get("top").asDouble() + a.get("height").asDouble() > b.get("top").asDouble() + 0.5
                && b.get("top").asDouble() + b.get("height").asDouble() > a.get("top").asDouble() + 0.5;
    }

    /** --dump-dom serialises the probe's text as HTML: undo its escaping. */
    private static String unescape(String text) {
        return text.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
