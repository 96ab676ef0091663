package org.windsweep.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.ArrayList;
import java.util.List;
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

/**
 * {@code windsweep aep --case FILE... [--json] [--gradient]}: the AEP of case files (schema windsweep-aep-case/1), one
 * after another in one JVM, so that many cases pay for its start once. Every file is read and checked before the first
 * result is printed: a bad one prints nothing.
 */
@Command(name = "aep", mixinStandardHelpOptions = true,
        description = "AEP of cases (schema windsweep-aep-case/1): total, per wind direction, per turbine, and the"
                + " effective wind speeds of each case's expected flow case (else its first wd and ws). Several files"
                + " are computed in one run (a table each, or one JSON object per line).")
public final class AepCommand implements Callable<Integer> {

    private static final JsonFactory JSON = new JsonFactory();

    @Spec
    private CommandSpec spec;

    @Option(names = "--case", required = true, arity = "1..*", paramLabel = "FILE",
            description = "case files (JSON); --case a.json b.json or --case a.json --case b.json")
    private List<Path> caseFiles;

    @Option(names = "--json", description = "print one JSON object per case, one per line, instead of tables")
    private boolean json;

    @Option(names = "--gradient", description = "also compute dAEP/dx and dAEP/dy [GWh/m]")
    private boolean gradient;

    /**
     * Every case is computed before the first result is printed: some bad input (a position read as infinity, a TI
     * the wake model cannot take) shows only in the computation, and a bad file among several must print nothing.
     */
    @Override
    public Integer call() {
        for (Path caseFile : caseFiles) {
            // --case takes every argument after it, so a mistyped option lands here as a file name
            if (caseFile.toString().startsWith("-") && !Files.exists(caseFile)) {
                throw new InvalidInputException("unknown option '" + caseFile + "' (see 'windsweep aep --help')");
            }
        }
        List<String> results = new ArrayList<>();
        for (Path caseFile : caseFiles) {
            AepCase aepCase = AepCase.read(caseFile);
            StringWriter result = new StringWriter();
            try (PrintWriter out = new PrintWriter(result)) {
                compute(aepCase, WakeModels.byName(aepCase.wakeModel()), out);
            } catch (InvalidInputException e) {
                throw new InvalidInputException(caseFile + ": " + e.getMessage());
            }
            results.add(result.toString());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(String.join(json ? "" : System.lineSeparator(), results));
        out.flush();
        return 0;
    }

    private void compute(AepCase aepCase, WakeModel wakeModel, PrintWriter out) {
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
        if (json) {
            printJson(out, aepCase, wakeModel, aep, flow, flowWd, flowWs, dx, dy);
        } else {
            printTable(out, aepCase, wakeModel, aep, flow, flowWd, flowWs, dx, dy);
        }
    }

    /**
     * One line of JSON written by Jackson's generator: the same text as an ObjectNode's, without building an
     * ObjectMapper, whose start would cost a one-shot command about 0.3 s.
     */
    private static void printJson(PrintWriter out, AepCase aepCase, WakeModel wakeModel, AepResult aep, FlowCaseResult flow,
                                  double flowWd, double flowWs, double[] dx, double[] dy) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(text)) {
            g.writeStartObject();
            g.writeStringField("case", aepCase.id());
            g.writeStringField("wake_model", wakeModel.name());
            g.writeNumberField("n_wt", aepCase.turbineCount());
            g.writeNumberField("aep_gwh", aep.total());
            writeArray(g, "aep_per_wd_gwh", aep.perWd());
            writeArray(g, "aep_per_wt_gwh", aep.perTurbine());
            g.writeNumberField("flow_case_wd_deg", flowWd);
            g.writeNumberField("flow_case_ws_ms", flowWs);
            writeArray(g, "ws_eff_ms", flow.wsEff());
            writeArray(g, "power_w", flow.power());
            if (dx != null) {
                writeArray(g, "daep_dx_gwh_per_m", dx);
                writeArray(g, "daep_dy_gwh_per_m", dy);
            }
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("writing JSON to a string", e);
        }
        out.println(text);
    }

    private static void writeArray(JsonGenerator g, String name, double[] values) throws IOException {
        g.writeArrayFieldStart(name);
        for (double v : values) {
            g.writeNumber(v);
        }
        g.writeEndArray();
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
