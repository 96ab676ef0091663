package org.windsweep.run;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.windsweep.optimize.FeasibilityRule;
import org.windsweep.store.StoredResult;
import org.windsweep.sweep.SweepSpec;
import org.windsweep.sweep.SweepSpecParser;

/** Merge's check of stored layouts applies the optimiser's feasibility rule to the config's farm and spacing. */
class LayoutFeasibilityCheckTest {

    /** A 3000 m square farm, IEA37 3.35 MW turbines (D = 130 m), 2 D = 260 m apart, two turbines per config. */
    private static final String SPEC = String.join("\n",
            "name: check",
            "farms:",
            "  - name: square",
            "    boundary: {polygon: [[0, 0], [3000, 0], [3000, 3000], [0, 3000]]}",
            "turbines: [IEA37_3.35MW]",
            "wake_model: NOJ",
            "site: {sector_rose: {wd_deg: [0, 180], probability: [0.5, 0.5], ws_ms: 9}, ti: 0.08}",
            "n_turbines: 2",
            "spacing_d: 2",
            "seeds: {start: 0, count: 1}",
            "");

    private final SweepSpec spec = SweepSpecParser.parse(SPEC, "spec.yaml", Path.of("."));
    private final LayoutFeasibilityCheck check = new LayoutFeasibilityCheck(spec);

    private Optional<String> violation(double[] x, double[] y) {
        return check.violation(new StoredResult("farm0_t0_s0", Map.of(), x, y, 1, 1, 0, false, 0, 0, 0, "NOJ", null));
    }

    @Test
    void aLayoutOnItsConstraintsWithinTheRulesToleranceIsKept() {
        assertEquals(Optional.empty(), violation(new double[] {0, 260}, new double[] {0, 0}));
        double slack = 0.5 * FeasibilityRule.TOLERANCE_M;
        assertEquals(Optional.empty(), violation(new double[] {-slack, 260 - 2 * slack}, new double[] {1000, 1000}));
    }

    @Test
    void aTurbineOutsideOrAPairTooCloseByMoreThanTheToleranceIsNamed() {
        double beyond = 2 * FeasibilityRule.TOLERANCE_M;
        assertEquals(Optional.of("farm0_t0_s0: turbine 1 at (3000.000, 3000.000) is 2.00e-06 m outside the farm boundary"),
                violation(new double[] {1000, 3000}, new double[] {1000, 3000 + beyond}));
        assertEquals(Optional.of("farm0_t0_s0: turbines 0 and 1 are 260.000 m apart, closer than the minimum spacing 260.000 m"),
                violation(new double[] {1000, 1260 - beyond}, new double[] {1000, 1000}));
    }

    @Test
    void aLayoutOfAnotherTurbineCountIsRejected() {
        assertEquals(Optional.of("farm0_t0_s0 has 3 turbines, its config asks for 2"),
                violation(new double[] {0, 500, 1000}, new double[] {0, 0, 0}));
    }
}
