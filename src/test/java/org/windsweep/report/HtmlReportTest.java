package org.windsweep.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HtmlReportTest {

    private static final WindRose ROSE = new WindRose(new double[] {0, 90, 180, 270}, new double[] {0.1, 0.2, 0.3, 0.4});

    private static final ReportData DATA = new ReportData("demo", "Nygaard_2022",
            List.of(new ReportData.Farm(FarmOutline.single("round", FarmOutline.Shape.circle(0, 0, 1000)), ROSE),
                    new ReportData.Farm(twoRegions(), ROSE)),
            List.of("V80", "IEA37_3.35MW"),
            List.of(result("farm0_t0_s0", 0, 0, 0, 100.5, 99.0),
                    result("farm0_t0_s1", 0, 0, 1, 101.25, 100.0),
                    result("farm0_t1_s0", 0, 1, 0, 150.0, 149.0),
                    result("farm1_t0_s0", 1, 0, 0, 90.0, 88.0)),
            List.of(new ReportData.FailedConfig("farm1_t1_s0", 3, "PARTIAL", "RuntimeException: boom")),
            new ReportData.Totals(5, 4, 1, 0));

    /** Two regions, one with a hole, an exclusion circle and a setback: what the sites work produces. */
    private static FarmOutline twoRegions() {
        FarmOutline.Shape west = FarmOutline.Shape.polygon(new double[][] {{0, 0}, {800, 0}, {800, 2000}, {0, 2000}});
        FarmOutline.Shape hole = FarmOutline.Shape.polygon(new double[][] {{200, 800}, {600, 800}, {600, 1200}, {200, 1200}});
        FarmOutline.Shape east = FarmOutline.Shape.polygon(new double[][] {{1200, 0}, {2000, 0}, {2000, 800}, {1200, 800}});
        return new FarmOutline("two regions", List.of(new FarmOutline.Region(west, List.of(hole)),
                new FarmOutline.Region(east, List.of())), List.of(FarmOutline.Shape.circle(1600, 400, 150)),
                List.of(FarmOutline.Shape.polygon(new double[][] {{50, 50}, {750, 50}, {750, 1950}, {50, 1950}})));
    }

    private static ReportData.ConfigResult result(String key, int farm, int type, long seed, double aep, double initial) {
        double[] own = {aep * 0.3, aep * 0.33, aep * 0.37};
        double[] loss = {25, 17.5, 7.5}; // of a wake-free AEP of 0.4 aep per turbine
        boolean baseline = farm == 1;
        return new ReportData.ConfigResult(key, farm, type, seed, aep, initial,
                new double[] {100, 300, 1500}, new double[] {100, 200, 150}, 160, own, loss, 16.67,
                baseline ? aep / 1.02 : null, baseline ? 2.0 : null);
    }

    @Test
    void isOneSelfContainedWellFormedPage() throws Exception {
        String html = HtmlReport.render(DATA);
        Document page = parse(html);
        assertEquals("html", page.getDocumentElement().getTagName());
        assertFalse(html.contains("<script"), "no scripts");
        assertFalse(html.contains("http://") && html.replace("http://www.w3.org/", "").contains("http://"),
                "no external resources");
        assertFalse(html.contains("https://"), "no external resources");
    }

    @Test
    void drawsTheBestLayoutOfEveryFarmAndTurbineTypeWithItsNumbers() throws Exception {
        Document page = parse(HtmlReport.render(DATA));
        NodeList layouts = page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg");
        List<Element> layoutPlots = new java.util.ArrayList<>();
        for (int i = 0; i < layouts.getLength(); i++) {
            Element svg = (Element) layouts.item(i);
            if (svg.getAttribute("class").equals("layout")) {
                layoutPlots.add(svg);
            }
        }
        assertEquals(3, layoutPlots.size(), "one per farm x turbine type that has results");
        Element best = layoutPlots.get(0);
        assertEquals("farm0_t0_s1", best.getAttribute("data-key"), "the higher AEP of the two seeds");
        assertEquals(101.25, Double.parseDouble(best.getAttribute("data-aep")));
        assertEquals("3", best.getAttribute("data-n-turbines"));
        NodeList turbines = best.getElementsByTagNameNS("http://www.w3.org/2000/svg", "circle");
        int markers = 0;
        for (int i = 0; i < turbines.getLength(); i++) {
            Element circle = (Element) turbines.item(i);
            if (circle.getAttribute("class").equals("turbine")) {
                markers++;
            }
        }
        assertEquals(3, markers);
    }

    /** Turbines take their colour from their own wake loss on the farm's scale, from 0 (yellow) to the most (purple). */
    @Test
    void coloursEachTurbineByItsOwnAepAndDrawsTheGroundScaleAndWindRose() throws Exception {
        Document page = parse(HtmlReport.render(DATA));
        Element twoRegions = layoutPlots(page).stream()
                .filter(svg -> svg.getAttribute("data-farm").equals("two regions")).findFirst().orElseThrow();
        assertEquals(2, byClass(twoRegions, "path", "region").size());
        assertEquals(1, byClass(twoRegions, "path", "exclusion").size());
        assertEquals(1, byClass(twoRegions, "path", "setback").size());
        assertTrue(byClass(twoRegions, "path", "region").get(0).getAttribute("d").split("M").length == 3,
                "the west region's path has its outline and its hole");
        assertEquals(1, byClass(twoRegions, "g", "scale-bar").size());
        Element key = (Element) twoRegions.getPreviousSibling().getPreviousSibling(); // the farm's key, then a newline
        assertEquals("farm-key", key.getAttribute("class"));
        assertEquals("4", byClass(key, "g", "wind-rose").get(0).getAttribute("data-sectors"));
        assertTrue(key.getTextContent().contains("exclusion zone") && key.getTextContent().contains("setback"));
        List<Element> turbines = byClass(twoRegions, "circle", "turbine");
        assertTrue(turbines.get(0).getAttribute("style").contains("fill:#440154"), "the most loss: top of the scale");
        assertFalse(turbines.get(2).getAttribute("style").contains("fill:#440154"), "less loss, another colour");
        assertEquals("7.5", turbines.get(2).getAttribute("data-wake-loss-pct"));
        assertEquals("2.0", twoRegions.getAttribute("data-gain-over-baseline-pct"));
        assertTrue(twoRegions.getTextContent().contains("+2.00 % over the baseline layout"));
        assertTrue(twoRegions.getTextContent().contains("wake loss 16.67 %"));
    }

    @Test
    void drawsOneSmallPanelPerFarmOnASharedAxis() throws Exception {
        Document page = parse(HtmlReport.render(DATA));
        List<Element> panels = new java.util.ArrayList<>();
        NodeList svgs = page.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            if (((Element) svgs.item(i)).getAttribute("class").equals("distribution")) {
                panels.add((Element) svgs.item(i));
            }
        }
        assertEquals(List.of("round", "two regions"), panels.stream().map(p -> p.getAttribute("data-farm")).toList());
        assertEquals(2, byClass(panels.get(0), "g", "group").size(), "round has results for both turbine types");
    }

    @Test
    void olderResultsWithoutABreakdownStillDraw() throws Exception {
        ReportData.ConfigResult old = new ReportData.ConfigResult("farm0_t0_s0", 0, 0, 0, 100, 99,
                new double[] {0, 300}, new double[] {0, 0}, 160, null, null, null, null, null);
        ReportData data = new ReportData("old", "NOJ", DATA.farms(), DATA.turbineNames(), List.of(old), List.of(),
                new ReportData.Totals(1, 1, 0, 0));
        Element layout = layoutPlots(parse(HtmlReport.render(data))).get(0);
        assertFalse(layout.hasAttribute("data-wake-loss-pct"));
        Element key = (Element) layout.getPreviousSibling().getPreviousSibling();
        assertTrue(key.getTextContent().contains("no AEP per turbine"));
    }

    private static final String SVG = "http://www.w3.org/2000/svg";

    private static List<Element> layoutPlots(Document page) {
        List<Element> plots = new java.util.ArrayList<>();
        NodeList svgs = page.getElementsByTagNameNS(SVG, "svg");
        for (int i = 0; i < svgs.getLength(); i++) {
            if (((Element) svgs.item(i)).getAttribute("class").equals("layout")) {
                plots.add((Element) svgs.item(i));
            }
        }
        return plots;
    }

    private static List<Element> byClass(Element parent, String tag, String cssClass) {
        List<Element> found = new java.util.ArrayList<>();
        NodeList nodes = parent.getElementsByTagNameNS(SVG, tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            if (((Element) nodes.item(i)).getAttribute("class").equals(cssClass)) {
                found.add((Element) nodes.item(i));
            }
        }
        return found;
    }

    @Test
    void listsFailedConfigsAndTotals() throws Exception {
        String html = HtmlReport.render(DATA);
        assertTrue(html.contains("farm1_t1_s0"));
        assertTrue(html.contains("RuntimeException: boom"));
        Element totals = (Element) parse(html).getElementsByTagName("p").item(0);
        assertEquals("5", totals.getAttribute("data-expected"));
        assertEquals("1", totals.getAttribute("data-failed"));
    }

    static Document parse(String html) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", false);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    }
}
