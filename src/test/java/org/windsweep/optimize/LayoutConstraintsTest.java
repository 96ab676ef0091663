package org.windsweep.optimize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutConstraintsTest {

    private static final double SPACING = 260;
    private static final double SCALE = 260;
    private static final double REACH = 130;

    private final CircleBoundary circle = new CircleBoundary(0, 0, 3000);

    @Test
    void onlyPairsThatOneStepCanBringToTheLimitEnterTheSubproblem() {
        // 0-1 are 300 m apart (near), 0-2 are 2000 m apart (far), 1-2 1700 m
        double[] x = {0, 300, 2000};
        double[] y = {0, 0, 0};
        LayoutConstraints c = new LayoutConstraints(circle, 3, SPACING, SCALE, REACH);
        List<Constraint> working = c.working(LayoutVariables.pack(x, y, SCALE));
        long pairs = working.stream().filter(k -> k instanceof SpacingConstraint).count();
        long boundary = working.stream().filter(k -> k instanceof BoundaryConstraint).count();
        assertEquals(1, pairs);
        assertEquals(3, boundary);
    }

    @Test
    void violationsAreMeasuredInMetresOverEveryPairAndTurbine() {
        double[] x = {0, 250, 3010};
        double[] y = {0, 0, 0};
        LayoutConstraints c = new LayoutConstraints(circle, 3, SPACING, SCALE, REACH);
        assertEquals(10, c.maxViolationM(x, y), 1e-9);
        assertTrue(c.totalViolation(LayoutVariables.pack(x, y, SCALE)) > 0);
        assertEquals(0, c.maxViolationM(new double[] {0, 260, -2900}, new double[] {0, 0, 0}), 0);
    }

    @Test
    void spacingConstraintIsZeroAtTheLimitWithUnitGradientThere() {
        SpacingConstraint s = new SpacingConstraint(0, 1, 2, 1.0);
        double[] u = {0, 0.6, 0, 0.8}; // x0, x1, y0, y1: distance 1
        double[] partials = new double[4];
        assertEquals(0, s.value(u, partials), 1e-15);
        assertEquals(-0.6, partials[0], 1e-15); // d/dx0
        assertEquals(-0.8, partials[1], 1e-15); // d/dy0
        assertEquals(0.6, partials[2], 1e-15); // d/dx1
        assertEquals(0.8, partials[3], 1e-15); // d/dy1
    }
}
