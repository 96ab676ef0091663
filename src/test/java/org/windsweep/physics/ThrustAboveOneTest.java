package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * A CT of 1 or more makes the IEA37 deficit's load reach 1 just behind (and beside) a rotor, where its square root
 * was taken of a negative number: side-by-side turbines got a NaN wind speed, which crashed the curve lookup or counted
 * as no power. The root is now 0 there (a full deficit), as in the other Gaussian deficits.
 */
class ThrustAboveOneTest {

    private static final String MODEL = "IEA37SimpleBastankhahGaussian";

    private static Turbine turbine(double ct) {
        return new Turbine("T", 130, 110, new TabularCurve(new double[] {3, 10, 25}, new double[] {0, 2e6, 2e6},
                new double[] {ct, ct, ct}));
    }

    private static WindFarmModel model(double ct, WakeModel wakeModel) {
        Site site = Site.withUniformTi(new double[] {0, 90, 180, 270}, new double[] {8, 12},
                new double[][] {{0.125, 0.125}, {0.125, 0.125}, {0.125, 0.125}, {0.125, 0.125}}, 0.075);
        return new WindFarmModel(turbine(ct), site, wakeModel);
    }

    @Test
    void sideBySideAndCoincidentRotorsGiveFiniteWindSpeedsAndGradients() {
        for (double ct : new double[] {1, 1.5, 3}) {
            WindFarmModel fast = model(ct, WakeModels.byName(MODEL));
            double[][] layouts = {{0, 0, 0, 300}, {0, 0, 0, 0}, {0, 260, 0, 0}};
            for (double[] layout : layouts) {
                double[] x = {layout[0], layout[1]};
                double[] y = {layout[2], layout[3]};
                double[] dx = new double[2];
                double[] dy = new double[2];
                double aep = fast.aepWithGradient(x, y, dx, dy);
                assertTrue(Double.isFinite(aep) && aep > 0, "CT " + ct + ": AEP " + aep);
                for (int i = 0; i < 2; i++) {
                    assertTrue(Double.isFinite(dx[i]) && Double.isFinite(dy[i]), "CT " + ct + ": gradient");
                }
                assertEquals(aep, model(ct, WakeModels.exact(MODEL)).aep(x, y).total(), 1e-9 * aep, "fast = exact");
                for (double ws : fast.flowCase(x, y, 270, 8).wsEff()) {
                    assertTrue(ws >= 0 && ws <= 8, "CT " + ct + ": WS_eff " + ws);
                }
            }
        }
    }

    /** Side by side at 300 m (wd 270 on a north-south pair) neither rotor is in the other's wake. */
    @Test
    void sideBySideRotorsWithCtOfOneKeepTheFreeStream() {
        FlowCaseResult result = model(1, WakeModels.byName(MODEL)).flowCase(new double[] {0, 0}, new double[] {0, 300},
                270, 8);
        assertEquals(8, result.wsEff()[0], 1e-6);
        assertEquals(8, result.wsEff()[1], 1e-6);
    }
}
