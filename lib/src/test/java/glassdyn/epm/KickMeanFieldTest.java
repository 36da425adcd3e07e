package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The mean-field single-site simulation against exact results: stress conservation, kick variance = 2 alpha d^2 per
 * event (alpha from the kernel table), and the independent-site limit against {@link NoElasticExact}. */
class KickMeanFieldTest {
    private static final EshelbyKernel KERNEL = new EshelbyKernel(16, KernelVariant.DEFAULT, 16);

    private static double sum(double[] v) { double s = 0; for (double x : v) s += x; return s; }

    @Test
    void kicksConserveTheTotalStress() {
        for (KickMeanField.Kicks k : KickMeanField.Kicks.values()) {
            KickMeanField m = new KickMeanField(KERNEL, 0.05, k, 3);
            assertEquals(0, sum(m.sigma()), 1e-10, k + ": start has zero mean");
            m.run(2000);
            assertEquals(0, sum(m.sigma()), 1e-9, k.name());
        }
    }

    /** Sum over receivers of the squared kick of one event, over d^2 (or 1 for unit kicks): 2 alpha on average. */
    @Test
    void kickVarianceIsTwoAlphaPerEvent() {
        double twoAlpha = 2 * KERNEL.alpha();
        for (KickMeanField.Kicks k : KickMeanField.Kicks.values()) {
            KickMeanField m = new KickMeanField(KERNEL, 0.05, k, 9);
            m.run(500);
            double acc = 0;
            int events = 3000;
            for (int e = 0; e < events; e++) {
                double[] before = m.sigma().clone();
                double d0 = m.dropSquares();
                m.run(1);
                double d2 = m.dropSquares() - d0, moved = 0;
                for (int j = 0; j < before.length; j++) moved += (m.sigma()[j] - before[j]) * (m.sigma()[j] - before[j]);
                int n1 = before.length - 1;
                double kicks2 = moved - d2;                                   // the yielding site moved by -d exactly
                acc += switch (k) {
                    case LATTICE -> kicks2 / d2;                              // mean over psi of sum_{r != 0} G^2 = 2 alpha
                    case GAUSSIAN_DROP -> (kicks2 / d2 - 1.0 / n1) * n1 / (n1 - 1);   // minus the mean kick d/(N-1)
                    case GAUSSIAN_UNIT -> (kicks2 - d2 / n1) * n1 / (n1 - 1);
                };
            }
            assertEquals(twoAlpha, acc / events, 0.05 * twoAlpha, k.name());
        }
    }

    @Test
    void withoutKickNoiseTheSitesFollowTheExactIndependentSiteRate() {
        double t = 0.2;
        EshelbyKernel big = new EshelbyKernel(32, KernelVariant.DEFAULT, 16);
        KickMeanField m = new KickMeanField(big, t, KickMeanField.Kicks.GAUSSIAN_UNIT, 5, 0);
        m.run(10L * m.sites());
        double t0 = m.time();
        long e0 = m.events();
        m.run(60L * m.sites());
        double gamma = (m.events() - e0) / ((m.time() - t0) * m.sites());
        assertEquals(NoElasticExact.gamma(t), gamma, 0.03 * NoElasticExact.gamma(t));
        assertTrue(NoElasticExact.gamma(t) > 0);
    }
}
