package org.windsweep.optimize;

import org.junit.jupiter.api.Test;

class Iea37Probe {
    @Test
    void probe() {
        double[] ex = {0.0, 650.0, 200.861, -525.861, -525.861, 200.861, 1300.0, 1051.7221, 401.7221, -401.7221,
            -1051.7221, -1300.0, -1051.7221, -401.7221, 401.7221, 1051.7221};
        double[] ey = {0.0, 0.0, 618.1867, 382.0604, -382.0604, -618.1867, 0.0, 764.1208, 1236.3735, 1236.3735,
            764.1208, 0.0, -764.1208, -1236.3735, -1236.3735, -764.1208};
        Iea37StandIn m = new Iea37StandIn();
        double[] gx = new double[16], gy = new double[16];
        System.out.println("example aep " + m.aepWithGradient(ex, ey, gx, gy) + " expected 366.94157116");
        double h = 1e-3;
        double[] xp = ex.clone(); xp[3] += h; double[] xm = ex.clone(); xm[3] -= h;
        double fd = (m.aepWithGradient(xp, ey, new double[16], new double[16]) - m.aepWithGradient(xm, ey, new double[16], new double[16])) / (2 * h);
        System.out.println("gx3 " + gx[3] + " fd " + fd);
        double[] yp = ey.clone(); yp[7] += h; double[] ym = ey.clone(); ym[7] -= h;
        fd = (m.aepWithGradient(ex, yp, new double[16], new double[16]) - m.aepWithGradient(ex, ym, new double[16], new double[16])) / (2 * h);
        System.out.println("gy7 " + gy[7] + " fd " + fd);
        CircleBoundary b = new CircleBoundary(0, 0, 1300);
        double[] aeps = new double[20];
        long t0 = System.nanoTime();
        for (int s = 0; s < 20; s++) {
            long t1 = System.nanoTime();
            LayoutResult r = LayoutOptimizer.optimize(b, m, 16, 260, new SmartStartSettings(Integer.getInteger("grid", 51), Double.parseDouble(System.getProperty("pct", "30"))),
                new OptimizerSettings(Integer.getInteger("iters", 200), 60), s, Cancellation.none());
            aeps[s] = r.aep();
            System.out.printf("seed %d aep0 %.3f aep %.3f it %d conv %s viol %.2e wall %.3f%n", s, r.aepInitial(), r.aep(), r.iterations(), r.converged(), r.maxViolationM(), (System.nanoTime() - t1) / 1e9);
        }
        java.util.Arrays.sort(aeps);
        System.out.printf("median %.3f best %.3f total %.2f s%n", (aeps[9] + aeps[10]) / 2, aeps[19], (System.nanoTime() - t0) / 1e9);
    }
}
