package org.windsweep.inputs;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.windsweep.InvalidInputException;
import org.windsweep.UserFiles;
import org.windsweep.physics.TabularCurve;
import org.windsweep.physics.Turbine;

/**
 * A user turbine file (YAML), in either of two layouts:
 *
 * <pre>
 * name: MyTurbine          # windsweep's own layout
 * diameter: 120            # m
 * hub_height: 90           # m
 * ws: [3, 4, 5, ...]       # m/s
 * power: [0, 80e3, ...]    # W
 * ct: [0, 0.81, ...]
 *
 * name: IEA 15MW           # a windIO turbine
 * hub_height: 150
 * rotor_diameter: 240
 * performance:
 *   power_curve: {power_wind_speeds: [...], power_values: [...]}   # W
 *   Ct_curve: {Ct_wind_speeds: [...], Ct_values: [...]}
 * </pre>
 *
 * The curve is tabular (linear interpolation, end values held); a windIO CT curve given at other wind speeds than the
 * power curve is interpolated onto the power curve's speeds.
 */
public final class TurbineFile {

    private final String file;

    private TurbineFile(String file) {
        this.file = file;
    }

    public static Turbine read(Path path) {
        String name = path.toString();
        return parse(UserFiles.readText(path, "a turbine file (YAML: name, diameter, hub_height, ws, power, ct)"),
                name);
    }

    /** Parses a turbine from YAML text; sourceName names it in error messages. */
    public static Turbine parse(String yaml, String sourceName) {
        Object document;
        try {
            document = new Load(LoadSettings.builder().setLabel(sourceName).build()).loadFromString(yaml);
        } catch (YamlEngineException e) {
            throw new InvalidInputException(sourceName + ": not valid YAML (" + e.getMessage().replace('\n', ' ')
                    + "); fix the syntax");
        }
        if (!(document instanceof Map<?, ?> root)) {
            throw new InvalidInputException(sourceName + ": expected a YAML mapping with name, diameter, hub_height, ws,"
                    + " power and ct");
        }
        return new TurbineFile(sourceName).turbine(root);
    }

    private Turbine turbine(Map<?, ?> root) {
        String name = text(root, "name");
        boolean windIo = root.containsKey("performance");
        double diameter = number(root, windIo ? "rotor_diameter" : "diameter", "the rotor diameter in metres");
        double hubHeight = number(root, "hub_height", "the hub height in metres");
        TabularCurve curve;
        try {
            curve = windIo ? windIoCurve(map(root, "performance")) : new TabularCurve(numbers(root, "ws"),
                    numbers(root, "power"), numbers(root, "ct"));
            return new Turbine(name, diameter, hubHeight, curve);
        } catch (InvalidInputException e) {
            if (e.getMessage().startsWith(file)) {
                throw e;
            }
            throw new InvalidInputException(file + ": " + e.getMessage());
        }
    }

    private TabularCurve windIoCurve(Map<?, ?> performance) {
        Map<?, ?> powerCurve = map(performance, "power_curve");
        Map<?, ?> ctCurve = map(performance, "Ct_curve");
        double[] ws = numbers(powerCurve, "power_wind_speeds");
        double[] power = numbers(powerCurve, "power_values");
        double[] ctWs = numbers(ctCurve, "Ct_wind_speeds");
        double[] ctValues = numbers(ctCurve, "Ct_values");
        // Validate the CT table on its own speeds before resampling it onto the power curve's.
        TabularCurve ctTable = new TabularCurve(ctWs, new double[ctWs.length], ctValues);
        double[] ct = new double[ws.length];
        for (int k = 0; k < ws.length; k++) {
            ct[k] = ctTable.ct(ws[k]);
        }
        return new TabularCurve(ws, power, ct);
    }

    private Map<?, ?> map(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof Map<?, ?> map)) {
            throw error(key, value == null ? "is missing" : "is not a mapping", "give it as a YAML mapping");
        }
        return map;
    }

    private String text(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        if (value == null || value.toString().isBlank()) {
            throw error(key, "is missing", "give the turbine a name");
        }
        return value.toString();
    }

    private double number(Map<?, ?> parent, String key, String what) {
        Object value = parent.get(key);
        if (!(value instanceof Number number)) {
            throw error(key, value == null ? "is missing" : "is not a number (found '" + value + "')", "give " + what);
        }
        return number.doubleValue();
    }

    private double[] numbers(Map<?, ?> parent, String key) {
        Object value = parent.get(key);
        if (!(value instanceof List<?> list) || list.isEmpty()) {
            throw error(key, value == null ? "is missing" : "is not a non-empty list", "give a list of numbers");
        }
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            if (!(list.get(i) instanceof Number number)) {
                throw error(key + "[" + i + "]", "is not a number (found '" + list.get(i) + "')", "give a list of numbers");
            }
            values[i] = number.doubleValue();
        }
        return values;
    }

    private InvalidInputException error(String field, String problem, String fix) {
        return new InvalidInputException(file + ": field '" + field + "' " + problem + "; " + fix);
    }
}
