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

    private static final ReportData DATA = new ReportData("demo", "Nygaard_2022",
            List.of(ReportData.Farm.circle("round", new double[] {0, 0}, 1000),
                    ReportData.Farm.polygon("L-shape", new double[][] {{0, 0}, {2000, 0}, {2000, 800}, {800, 800}, {800, 2000}, {0, 2000}})),
            List.of("V80", "IEA37_3.35MW"),
            List.of(result("farm0_t0_s0", 0, 0, 0, 100.5, 99.0),
                    result("farm0_t0_s1", 0, 0, 1, 101.25, 100.0),
                    result("farm0_t1_s0", 0, 1, 0, 150.0, 149.0),
                    result("farm1_t0_s0", 1, 0, 0, 90.0, 88.0)),
            List.of(new ReportData.FailedConfig("farm1_t1_s0", 3, "PARTIAL", "RuntimeException: boom")),
            new ReportData.Totals(5, 4, 1, 0));

    private static ReportData.ConfigResult result(String key, int farm, int type, long seed, double aep, double initial) {
        return new ReportData.ConfigResult(key, farm, type, seed, aep, initial,
                new double[] {100, 300, 500}, new double[] {100, 200, 150}, 160);
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
