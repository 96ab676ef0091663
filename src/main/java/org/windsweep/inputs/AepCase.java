package org.windsweep.inputs;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.windsweep.InvalidInputException;
import org.windsweep.UserFiles;
import org.windsweep.UserNames;
import org.windsweep.physics.CubicCurve;
import org.windsweep.physics.PhysicalLimits;
import org.windsweep.physics.PowerCtCurve;
import org.windsweep.physics.Site;
import org.windsweep.physics.TabularCurve;
import org.windsweep.physics.Turbine;

/**
 * A self-contained AEP case (schema windsweep-aep-case/1, the format of the reference aep-cases): wake model name,
 * turbine, ambient TI, flow cases, layout, and optionally the expected results.
 */
public record AepCase(String id, String wakeModel, Turbine turbine, double ambientTi, Site site, double[] x, double[] y,
                      Expected expected) {

    public static final String SCHEMA = "windsweep-aep-case/1";

    /** The reference results of a case: AEP [GWh] and one flow case's per-turbine effective wind speed and power. */
    public record Expected(double aepGwh, double[] aepPerWdGwh, double[] aepPerWtGwh, double flowCaseWdDeg,
                           double flowCaseWsMs, double[] flowCaseWsEffMs, double[] flowCasePowerW) {

        public Expected {
            aepPerWdGwh = aepPerWdGwh.clone();
            aepPerWtGwh = aepPerWtGwh.clone();
            flowCaseWsEffMs = flowCaseWsEffMs.clone();
            flowCasePowerW = flowCasePowerW.clone();
        }

        @Override
        public double[] aepPerWdGwh() {
            return aepPerWdGwh.clone();
        }

        @Override
        public double[] aepPerWtGwh() {
            return aepPerWtGwh.clone();
        }

        @Override
        public double[] flowCaseWsEffMs() {
            return flowCaseWsEffMs.clone();
        }

        @Override
        public double[] flowCasePowerW() {
            return flowCasePowerW.clone();
        }
    }

    public AepCase {
        x = x.clone();
        y = y.clone();
    }

    @Override
    public double[] x() {
        return x.clone();
    }

    @Override
    public double[] y() {
        return y.clone();
    }

    public int turbineCount() {
        return x.length;
    }

    public static AepCase read(Path file) {
        String text = UserFiles.readText(file, "an AEP case file (JSON, schema windsweep-aep-case/1)");
        return parse(text, file.toString());
    }

    /** Parses a case from its JSON text; sourceName names it in error messages. */
    public static AepCase parse(String json, String sourceName) {
        String name = sourceName;
        JsonNode root;
        try {
            root = JsonTree.read(json);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(name + ": not valid JSON (" + JsonTree.problem(e) + "); fix the syntax");
        }
        if (root == null || !root.isObject()) {
            throw new InvalidInputException(name + ": expected a JSON object of schema " + SCHEMA);
        }
        return fromJson(root, new JsonFields(name));
    }

    private static AepCase fromJson(JsonNode root, JsonFields f) {
        String schema = f.text(root, "", "schema");
        if (!SCHEMA.equals(schema)) {
            throw f.error("schema", "is '" + schema + "'", "this reader takes '" + SCHEMA + "'");
        }
        String id = root.hasNonNull("id") ? root.get("id").asText() : "case";
        try {
            UserNames.requirePrintable("the case's id", id);
        } catch (InvalidInputException e) {
            throw f.inFile(e);
        }
        String wakeModel = f.text(root, "", "wake_model");
        Turbine turbine = turbine(f.object(root, "", "turbine"), f);
        double ti = f.number(root, "", "ambient_ti");
        if (!(ti >= 0 && ti < 1)) {
            throw f.error("ambient_ti", "is " + ti, "give a turbulence intensity in [0, 1)");
        }
        JsonNode flow = f.object(root, "", "flow_cases");
        double[] wd = f.numbers(flow, "flow_cases.", "wd_deg");
        double[] ws = f.numbers(flow, "flow_cases.", "ws_ms");
        double[][] p = f.matrix(flow, "flow_cases.", "probability", wd.length, ws.length);
        Site site;
        try {
            site = Site.withUniformTi(wd, ws, p, ti);
        } catch (InvalidInputException e) {
            throw f.inFile(e);
        }
        JsonNode layout = f.object(root, "", "layout");
        double[] x = f.numbers(layout, "layout.", "x_m");
        double[] y = f.numbers(layout, "layout.", "y_m");
        if (x.length != y.length) {
            throw f.error("layout.y_m", "has " + y.length + " values but layout.x_m has " + x.length, "give one x and one y per turbine");
        }
        try {
            PhysicalLimits.requireLayout("layout:", x, y);
        } catch (InvalidInputException e) {
            throw f.inFile(e);
        }
        JsonNode expectedNode = f.optionalObject(root, "expected");
        Expected expected = expectedNode == null ? null : expected(expectedNode, f, wd.length, x.length);
        return new AepCase(id, wakeModel, turbine, ti, site, x, y, expected);
    }

    private static Turbine turbine(JsonNode node, JsonFields f) {
        String name = f.text(node, "turbine.", "name");
        double diameter = f.number(node, "turbine.", "diameter_m");
        double hubHeight = f.number(node, "turbine.", "hub_height_m");
        JsonNode curveNode = f.object(node, "turbine.", "curve");
        String kind = f.text(curveNode, "turbine.curve.", "kind");
        PowerCtCurve curve = switch (kind) {
            case "tabular" -> {
                double[] ws = f.numbers(curveNode, "turbine.curve.", "ws_ms");
                double[] power = f.numbers(curveNode, "turbine.curve.", "power_w");
                double[] ct = f.numbers(curveNode, "turbine.curve.", "ct");
                yield checked(() -> new TabularCurve(ws, power, ct), f);
            }
            case "cubic" -> {
                double cutIn = f.number(curveNode, "turbine.curve.", "ws_cutin_ms");
                double rated = f.number(curveNode, "turbine.curve.", "ws_rated_ms");
                double cutOut = f.number(curveNode, "turbine.curve.", "ws_cutout_ms");
                double ratedPower = f.number(curveNode, "turbine.curve.", "power_rated_w");
                double ct = f.number(curveNode, "turbine.curve.", "ct");
                yield checked(() -> new CubicCurve(cutIn, rated, cutOut, ratedPower, ct), f);
            }
            default -> throw f.error("turbine.curve.kind", "is '" + kind + "'", "use 'tabular' or 'cubic'");
        };
        return checked(() -> new Turbine(name, diameter, hubHeight, curve), f);
    }

    /** A turbine or curve that its constructor refuses: its message (which names the turbine or curve) and the file. */
    private static <T> T checked(Supplier<T> make, JsonFields f) {
        try {
            return make.get();
        } catch (InvalidInputException e) {
            throw f.inFile(e);
        }
    }

    private static Expected expected(JsonNode node, JsonFields f, int wdCount, int turbineCount) {
        double[] perWd = f.numbers(node, "expected.", "aep_per_wd_gwh");
        double[] perWt = f.numbers(node, "expected.", "aep_per_wt_gwh");
        if (perWd.length != wdCount) {
            throw f.error("expected.aep_per_wd_gwh", "has " + perWd.length + " values", "give one per wind direction (" + wdCount + ")");
        }
        if (perWt.length != turbineCount) {
            throw f.error("expected.aep_per_wt_gwh", "has " + perWt.length + " values", "give one per turbine (" + turbineCount + ")");
        }
        JsonNode flowCase = f.object(node, "expected.", "flow_case");
        double[] wsEff = f.numbers(flowCase, "expected.flow_case.", "WS_eff_ms");
        double[] power = f.numbers(flowCase, "expected.flow_case.", "power_W");
        double wd = f.number(flowCase, "expected.flow_case.", "wd_deg");
        double ws = f.number(flowCase, "expected.flow_case.", "ws_ms");
        if (!Double.isFinite(wd)) {
            throw f.error("expected.flow_case.wd_deg", "is " + wd, "give a wind direction in degrees");
        }
        try {
            PhysicalLimits.requireWindSpeed("expected.flow_case.ws_ms", ws);
        } catch (InvalidInputException e) {
            throw f.inFile(e);
        }
        return new Expected(f.number(node, "expected.", "aep_gwh"), perWd, perWt, wd, ws, wsEff, power);
    }
}
