package org.windsweep.inputs;

import org.windsweep.InvalidInputException;
import org.windsweep.physics.CubicCurve;
import org.windsweep.physics.Turbine;
import org.windsweep.physics.TurbineLibrary;

/**
 * An IEA Wind Task 37 turbine YAML (windIO plant ontology, as case studies 3 and 4 publish the IEA 10 MW turbine):
 * under {@code definitions}, {@code wind_turbine.id} and {@code rated_power.maximum} (W), {@code rotor.diameter},
 * {@code hub.height} and the {@code operating_mode}'s cut-in, rated and cut-out wind speeds (each a
 * {@code default}). The case studies' power curve is cubic between cut-in and rated speed, and the thrust
 * coefficient the constant 8/9 of the IEA37 simple Bastankhah model (the file gives none).
 */
final class Iea37TurbineFile {

    private static final String DEFS = "definitions.";
    private static final String MODE = DEFS + "operating_mode.";

    private Iea37TurbineFile() {
    }

    static Turbine turbine(YamlTree yaml) {
        String file = yaml.file();
        String id = String.valueOf(yaml.map(DEFS + "wind_turbine").get("id"));
        double ratedPower = yaml.number(DEFS + "wind_turbine.rated_power.maximum", "the rated power in W");
        double diameter = yaml.number(DEFS + "rotor.diameter.default", "the rotor diameter in m");
        double hubHeight = yaml.number(DEFS + "hub.height.default", "the hub height in m");
        double cutIn = yaml.number(MODE + "cut_in_wind_speed.default", "the cut-in wind speed in m/s");
        double rated = yaml.number(MODE + "rated_wind_speed.default", "the rated wind speed in m/s");
        double cutOut = yaml.number(MODE + "cut_out_wind_speed.default", "the cut-out wind speed in m/s");
        try {
            return new Turbine("IEA37_" + id, diameter, hubHeight,
                    new CubicCurve(cutIn, rated, cutOut, ratedPower, TurbineLibrary.IEA37_CT));
        } catch (InvalidInputException e) {
            throw new InvalidInputException(file + ": " + e.getMessage());
        }
    }
}
