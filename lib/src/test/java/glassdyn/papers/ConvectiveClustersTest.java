package glassdyn.papers;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The life-cycle moments t0-t3 of spec 000 section 2.8 on planted stress curves. */
class ConvectiveClustersTest {
    /**
     * A planted start-up curve: zero until t0 = 1, slope 4 until t1 = 2, slope 1 until t2 = 3, then a linear drop to
     * zero at t3 = 3.4 and flat after; sampled every 0.01. The moments must come back within two samples (the
     * 5-point smoothing rounds the corners), on a zero baseline and on a baseline of 2 (the mean stress of the liquid:
     * levels are measured from the baseline).
     */
    @Test
    void plantedLifeCycleIsRecovered() {
        for (double baseline : new double[] {0, 2}) plantedLifeCycle(baseline);
    }

    private static void plantedLifeCycle(double baseline) {
        int m = 500;
        ConvectiveClusters.Cluster cl = new ConvectiveClusters.Cluster();
        cl.from = 100;
        cl.t = new double[m];
        cl.sigma = new double[m];
        for (int k = 0; k < m; k++) {
            double t = 0.01 * k;
            cl.t[k] = t;
            cl.sigma[k] = baseline + (t < 1 ? 0 : t < 2 ? 4 * (t - 1) : t < 3 ? 4 + (t - 2) : t < 3.4 ? 5 * (1 - (t - 3) / 0.4) : 0);
        }
        cl.sigmaSmooth = ConvectiveClusters.movingAverage(cl.sigma, ConvectiveClusters.SMOOTHING);
        ConvectiveClusters.moments(cl);
        System.out.printf("t0 %.3f t1 %.3f t2 %.3f t3 %.3f, yield %.3f%n", cl.time(cl.f0), cl.time(cl.f1), cl.time(cl.f2), cl.time(cl.f3), cl.sigmaYield);
        assertEquals(3.0, cl.time(cl.f2), 0.021, "t2 = stress maximum");
        assertEquals(1.0 + 0.1 * 5 / 4, cl.time(cl.f0), 0.021, "t0 = last time below 10% of the yield stress");
        assertEquals(2.0, cl.time(cl.f1), 0.021, "t1 = break of the two-segment fit");
        assertEquals(3.4, cl.time(cl.f3), 0.03, "t3 = first local minimum below 20% of the yield stress: the end of the drop");
        assertEquals(baseline + 5.0, cl.sigmaYield, 0.05);
        assertTrue(cl.complete());
    }

    /** A stress that only grows has no yield inside the traced range: the cluster is not complete. */
    @Test
    void noYieldNoLifeCycle() {
        ConvectiveClusters.Cluster cl = new ConvectiveClusters.Cluster();
        cl.t = new double[100];
        cl.sigma = new double[100];
        for (int k = 0; k < 100; k++) { cl.t[k] = k; cl.sigma[k] = k; }
        cl.sigmaSmooth = ConvectiveClusters.movingAverage(cl.sigma, ConvectiveClusters.SMOOTHING);
        ConvectiveClusters.moments(cl);
        assertTrue(!cl.complete());
    }
}
