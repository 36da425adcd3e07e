package glassdyn.papers.cagejump;

import glassdyn.analysis.ClusterLifeCycles;
import org.junit.jupiter.api.Test;

import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The paper's life-cycle detector ({@link ClusterLifeCycles#fromZero}) against an Ornstein-Uhlenbeck null and a planted
 * from-zero loading, with the traced range of {@code ConvectiveClusters.trace} ([t_ref - 3w, t_ref + w], t2 searched in
 * [t_ref - w, t_ref]) and its 5-point smoothing; the baseline-relative variant is shown to fire on the same noise (the
 * review's Appendix A).
 */
class ClusterLifeCyclesTest {
    /** sigma(t) = 1 + 0.3 x(t), x an OU process of unit variance and correlation time {@code corr} frames. */
    static double[] ou(int m, double corr, SplittableRandom rng) {
        double a = Math.exp(-1 / corr), b = Math.sqrt(1 - a * a), x = gauss(rng);
        double[] s = new double[m];
        for (int k = 0; k < m; k++) { x = a * x + b * gauss(rng); s[k] = 1 + 0.3 * x; }
        return s;
    }

    static double gauss(SplittableRandom r) {
        return Math.sqrt(-2 * Math.log(1 - r.nextDouble())) * Math.cos(2 * Math.PI * r.nextDouble());
    }

    private static double[] times(int m) {
        double[] t = new double[m];
        for (int k = 0; k < m; k++) t[k] = 0.01 * k;
        return t;
    }

    @Test
    void ornsteinUhlenbeckNoiseRarelyHasTheFromZeroLifeCycle() {
        SplittableRandom rng = new SplittableRandom(3);
        for (int w : new int[] {20, 40, 100})
            for (double corr : new double[] {1, w / 2.0}) {
                int m = 4 * w + 1, trials = 1000, paper = 0, baseline = 0;
                double[] t = times(m);
                for (int n = 0; n < trials; n++) {
                    double[] s = ClusterLifeCycles.movingAverage(ou(m, corr, rng), 5);
                    if (ClusterLifeCycles.fromZero(t, s, 2 * w, 3 * w).complete()) paper++;
                    if (ClusterLifeCycles.fromBaseline(t, s, 2 * w, 3 * w).complete()) baseline++;
                }
                System.out.printf("w %d corr %.0f: paper life cycle %.3f, baseline variant %.3f%n", w, corr, paper / (double) trials, baseline / (double) trials);
                assertTrue(paper <= 0.03 * trials, "the from-zero detector fires on noise: " + paper);
                assertTrue(baseline >= 0.9 * trials, "the baseline variant is expected to fire on noise: " + baseline);
            }
    }

    @Test
    void plantedFromZeroLoadingOnNoiseIsRecovered() {
        SplittableRandom rng = new SplittableRandom(5);
        int m = 401, found = 0, trials = 200;
        double[] t = times(m);
        double t0 = 0, t2 = 0, t3 = 0, worst = 0;
        for (int n = 0; n < trials; n++) {
            double[] s = new double[m];
            // zero until t0 = 1, linear to 5 at t2 = 3, drop to zero by t3 = 3.4; noise of 0.02 x the peak
            for (int k = 0; k < m; k++) {
                double tt = t[k];
                s[k] = (tt < 1 ? 0 : tt < 3 ? 2.5 * (tt - 1) : tt < 3.4 ? 5 * (1 - (tt - 3) / 0.4) : 0) + 0.1 * gauss(rng);
            }
            ClusterLifeCycles.LifeCycle c = ClusterLifeCycles.fromZero(t, ClusterLifeCycles.movingAverage(s, 5), 200, 320);
            if (!c.complete()) continue;
            found++;
            t0 += t[c.k0()] / trials; t2 += t[c.k2()] / trials; t3 += t[c.k3()] / trials;
            worst = Math.max(worst, Math.max(Math.abs(t[c.k2()] - 3.0), Math.abs(t[c.k0()] - 1.2)));
            assertTrue(c.startRatio() < 0.1);
        }
        System.out.printf("planted from-zero loading: found %d of %d, mean t0 %.3f t2 %.3f t3 %.3f, worst |t0|,|t2| error %.3f%n", found, trials, t0, t2, t3, worst);
        assertEquals(1.2, t0, 0.05, "t0: last time below 10% of the peak (planted 1.2)");
        assertEquals(3.0, t2, 0.05, "t2: the peak");
        assertEquals(3.4, t3, 0.08, "t3: the first local minimum below 20% of the peak, the end of the drop");
        assertTrue(worst < 0.2, "worst moment error " + worst);
        assertTrue(found >= 0.95 * trials, "recovered " + found + " of " + trials);
    }
}
