package org.windsweep.inputs;

import java.nio.file.Path;
import org.windsweep.UserFiles;

/** An IEA Wind Task 37 layout YAML: {@code definitions.position.items}, a list of [x, y] turbine positions (m). */
public final class Iea37LayoutFile {

    private static final String ITEMS = "definitions.position.items";

    private Iea37LayoutFile() {
    }

    /** @return {x[], y[]} in metres */
    public static double[][] read(Path path) {
        YamlTree yaml = YamlTree.parse(UserFiles.readText(path, "an IEA37 layout YAML"), path.toString(),
                "an IEA37 layout with definitions.position.items");
        double[][] positions = yaml.matrix(ITEMS, "one [x, y] pair per turbine, in metres");
        if (positions[0].length != 2) {
            throw yaml.error(ITEMS, "has positions of " + positions[0].length + " values", "give [x, y] pairs");
        }
        double[] x = new double[positions.length];
        double[] y = new double[positions.length];
        for (int i = 0; i < positions.length; i++) {
            x[i] = positions[i][0];
            y[i] = positions[i][1];
        }
        return new double[][] {x, y};
    }
}
