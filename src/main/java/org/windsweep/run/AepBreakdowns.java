package org.windsweep.run;

import org.windsweep.physics.AepResult;
import org.windsweep.physics.WindFarmModel;
import org.windsweep.store.AepBreakdown;

/** A layout's AEP breakdown from the physics: what each turbine produces, without wakes, and the baseline's AEP. */
final class AepBreakdowns {

    private AepBreakdowns() {
    }

    /**
     * @param baseline the farm's baseline layout as {x row, y row} [m], or null when it has none; its AEP is computed
     *                 with the same model (turbine type, site, wake model) as the layout's
     */
    static AepBreakdown of(WindFarmModel model, double[] x, double[] y, double[][] baseline) {
        AepResult aep = model.aep(x, y);
        Double baselineAep = baseline == null ? null : model.aep(baseline[0], baseline[1]).total();
        return new AepBreakdown(aep.perTurbine(), x.length * model.wakeFreeAepPerTurbine(), baselineAep);
    }
}
