package org.windsweep.physics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.windsweep.inputs.AepCase;

/** Every reference AEP case (aep-cases/*.json) reproduces PyWake's AEP and flow case within MODELS.md's tolerances. */
class AepReferenceTest {

    static List<Path> cases() {
        return Reference.files("aep-cases");
    }

    private static WindFarmModel modelOf(AepCase c) {
        return new WindFarmModel(c.turbine(), c.site(), WakeModels.byName(c.wakeModel()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void aepTotalPerWdAndPerTurbineMatchPyWake(Path file) {
        AepCase c = AepCase.read(file);
        AepResult aep = modelOf(c).aep(c.x(), c.y());
        double tolerance = Reference.aepTolerance(c.wakeModel());
        AepCase.Expected expected = c.expected();
        double totalError = Math.abs(aep.total() - expected.aepGwh()) / expected.aepGwh();
        assertTrue(totalError <= tolerance, "total AEP " + aep.total() + " vs " + expected.aepGwh() + ": rel error " + totalError);
        double perWdError = Reference.maxRelativeError(aep.perWd(), expected.aepPerWdGwh(), 1e-12);
        assertTrue(perWdError <= tolerance, "AEP per wd: max rel error " + perWdError);
        double perWtError = Reference.maxRelativeError(aep.perTurbine(), expected.aepPerWtGwh(), 1e-12);
        assertTrue(perWtError <= tolerance, "AEP per turbine: max rel error " + perWtError);
        System.out.printf(Locale.ROOT, "%s: AEP rel errors total %.2e, per wd %.2e, per turbine %.2e (tolerance %.0e)%n",
                file.getFileName(), totalError, perWdError, perWtError, tolerance);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void flowCaseEffectiveWindSpeedAndPowerMatchPyWake(Path file) {
        AepCase c = AepCase.read(file);
        AepCase.Expected expected = c.expected();
        FlowCaseResult flow = modelOf(c).flowCase(c.x(), c.y(), expected.flowCaseWdDeg(), expected.flowCaseWsMs());
        double tolerance = Reference.flowTolerance(c.wakeModel());
        assertEquals(c.turbineCount(), flow.wsEff().length);
        double wsError = Reference.maxRelativeError(flow.wsEff(), expected.flowCaseWsEffMs(), 1e-9);
        assertTrue(wsError <= tolerance, "WS_eff: max rel error " + wsError);
        // Power is compared relative to rated-scale values: a turbine near cut-in has tiny power.
        double powerError = Reference.maxRelativeError(flow.power(), expected.flowCasePowerW(), 1.0);
        assertTrue(powerError <= tolerance, "power: max rel error " + powerError);
        System.out.printf(Locale.ROOT, "%s: flow case rel errors WS_eff %.2e, power %.2e (tolerance %.0e)%n",
                file.getFileName(), wsError, powerError, tolerance);
    }
}
