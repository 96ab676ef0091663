package org.windsweep.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.windsweep.InvalidInputException;
import org.windsweep.inputs.AepCase;
import org.windsweep.physics.AepResult;
import org.windsweep.physics.FlowCaseResult;
import org.windsweep.physics.WakeModel;
import org.windsweep.physics.WakeModels;
import org.windsweep.physics.WindFarmModel;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code windsweep aep --case FILE [--json] [--gradient]}: the AEP of one case file (schema windsweep-aep-case/1). */
@Command(name = "aep", mixinStandardHelpOptions = true,
        description = "AEP of one case (schema windsweep-aep-case/1): total, per wind direction, per turbine, and the"
                + " effective wind speeds of the case's expected flow case (else its first wd and ws).")
public final class AepCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "case file (JSON)")
    private Path caseFile;

    @Option(names = "--json", description = "print one JSON object instead of a table")
    private boolean json;

    @Option(names = "--gradient", description = "also compute dAEP/dx and dAEP/dy [GWh/m]")
    private boolean gradient;

    @Override
    public Integer call() {
        AepCase aepCase = AepCase.read(caseFile);
        WakeModel wakeModel;
        try {
            wakeModel = WakeModels.byName(aepCase.wakeModel());
        } catch (InvalidInputException e) {
            throw new InvalidInputException(caseFile + ": " + e.getMessage());
        }
        WindFarmModel model = new WindFarmModel(aepCase.turbine(), aepCase.site(), wakeModel);
        double[] x = aepCase.x();
        double[] y = aepCase.y();
        AepResult aep = model.aep(x, y);
        double flowWd = aepCase.expected() != null ? aepCase.expected().flowCaseWdDeg() : aepCase.site().wdDeg()[0];
        double flowWs = aepCase.expected() != null ? aepCase.expected().flowCaseWsMs() : aepCase.site().wsMs()[0];
        FlowCaseResult flow = model.flowCase(x, y, flowWd, flowWs);
        double[] dx = null;
        double[] dy = null;
        if (gradient) {
            dx = new double[x.length];
            dy = new double[x.length];
            model.aepWithGradient(x, y, dx, dy);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            ObjectMapper mapper = new ObjectMapper();
            ObjectNode result = mapper.createObjectNode();
            result.put("case", aepCase.id());
            result.put("wake_model", wakeModel.name());
            result.put("n_wt", x.length);
            result.put("aep_gwh", aep.total());
            result.set("aep_per_wd_gwh", array(mapper, aep.perWd()));
            result.set("aep_per_wt_gwh", array(mapper, aep.perTurbine()));
            result.put("flow_case_wd_deg", flowWd);
            result.put("flow_case_ws_ms", flowWs);
            result.set("ws_eff_ms", array(mapper, flow.wsEff()));
            result.set("power_w", array(mapper, flow.power()));
            if (gradient) {
                result.set("daep_dx_gwh_per_m", array(mapper, dx));
                result.set("daep_dy_gwh_per_m", array(mapper, dy));
            }
            out.println(result.toString());
        } else {
            printTable(out, aepCase, wakeModel, aep, flow, flowWd, flowWs, dx, dy);
        }
        out.flush();
        return 0;
    }

    private static ArrayNode array(ObjectMapper mapper, double[] values) {
        ArrayNode array = mapper.createArrayNode();
        for (double v : values) {
            array.add(v);
        }
        return array;
    }

    private static void printTable(PrintWriter out, AepCase aepCase, WakeModel wakeModel, AepResult aep, FlowCaseResult flow,
                                   double flowWd, double flowWs, double[] dx, double[] dy) {
        out.printf(Locale.ROOT, "case %s: %d x %s, %s, %d wind directions x %d wind speeds%n", aepCase.id(), aepCase.turbineCount(),
                aepCase.turbine().name(), wakeModel.name(), aepCase.site().wdCount(), aepCase.site().wsCount());
        out.printf(Locale.ROOT, "AEP %.6f GWh%n%n", aep.total());
        out.printf(Locale.ROOT, "%-8s %12s %12s %12s%s%n", "turbine", "AEP [GWh]", "WS_eff [m/s]", "power [kW]",
                dx != null ? String.format(Locale.ROOT, " %16s %16s", "dAEP/dx [GWh/m]", "dAEP/dy [GWh/m]") : "");
        double[] perTurbine = aep.perTurbine();
        double[] wsEff = flow.wsEff();
        double[] power = flow.power();
        for (int i = 0; i < perTurbine.length; i++) {
            out.printf(Locale.ROOT, "%-8d %12.6f %12.6f %12.3f%s%n", i, perTurbine[i], wsEff[i], power[i] / 1000,
                    dx != null ? String.format(Locale.ROOT, " %16.8e %16.8e", dx[i], dy[i]) : "");
        }
        out.printf(Locale.ROOT, "(WS_eff and power for wd = %s deg, ws = %s m/s)%n%n", flowWd, flowWs);
        out.printf(Locale.ROOT, "%-10s %12s%n", "wd [deg]", "AEP [GWh]");
        double[] wd = aepCase.site().wdDeg();
        double[] perWd = aep.perWd();
        for (int l = 0; l < wd.length; l++) {
            out.printf(Locale.ROOT, "%-10s %12.6f%n", wd[l], perWd[l]);
        }
    }
}
