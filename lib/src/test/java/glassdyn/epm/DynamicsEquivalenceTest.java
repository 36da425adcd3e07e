package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

/**
 * The rejection-free ("faster than the clock") sampler and the paper's literal Monte Carlo are the same process:
 * tau_alpha and the chi_4 peak agree statistically (independent seeds, difference within 3 combined standard errors
 * and 25%, a sanity bound: at L = 16 the per-seed scatter is large) at two temperatures. Also: same seed same trajectory, and the kernel conserves sum_i sigma_i.
 */
class DynamicsEquivalenceTest {
    static final int L = 16, SEEDS = 16;

    private static double[] measure(EpmDynamics.Algorithm alg, double T, long seed, EshelbyKernel k, double teq, double w) {
        EpmDynamics d = new EpmDynamics(L, T, k, alg, seed);
        d.run(teq, EpmObserver.NONE);
        DynamicCorrelations c = new DynamicCorrelations(d.sites(), teq, teq + w, w / 400, DynamicCorrelations.logLags(0.01, w / 4, 1.12), 0);
        d.run(teq + w, c);
        Correlations r = c.result();
        return new double[] {r.tauAlpha(), r.chi4Peak(), d.stressSumDrift()};
    }

    @Test
    void literalAndRejectionFreeAgree() {
        EshelbyKernel k = new EshelbyKernel(L, KernelVariant.FITTED, 16);
        for (double T : new double[] {0.1, 0.06}) {
            double teq = T == 0.1 ? 200 : 600, w = T == 0.1 ? 2000 : 6000;
            double[][] m = new double[2][];
            double[][] sums = new double[2][4];
            for (int a = 0; a < 2; a++) {
                EpmDynamics.Algorithm alg = a == 0 ? EpmDynamics.Algorithm.LITERAL : EpmDynamics.Algorithm.REJECTION_FREE;
                for (int s = 0; s < SEEDS; s++) {
                    double[] x = measure(alg, T, 100 * a + s, k, teq, w);
                    assertTrue(x[2] < 1e-9 * L * L, "sum of stresses conserved");
                    sums[a][0] += x[0]; sums[a][1] += x[0] * x[0]; sums[a][2] += x[1]; sums[a][3] += x[1] * x[1];
                }
            }
            for (int q = 0; q < 2; q++) {
                double m0 = sums[0][2 * q] / SEEDS, m1 = sums[1][2 * q] / SEEDS;
                double v0 = (sums[0][2 * q + 1] / SEEDS - m0 * m0) / (SEEDS - 1), v1 = (sums[1][2 * q + 1] / SEEDS - m1 * m1) / (SEEDS - 1);
                String what = (q == 0 ? "tau_alpha" : "chi4 peak") + " at T = " + T + ": literal " + m0 + " +- " + Math.sqrt(v0)
                    + " rejection-free " + m1 + " +- " + Math.sqrt(v1);
                System.out.println(what);
                assertTrue(Math.abs(m0 - m1) < 3 * Math.sqrt(v0 + v1), what + " (3 standard errors)");
                assertEquals(1, m1 / m0, 0.25, what);
            }
        }
    }

    @Test
    void sameSeedSameTrajectory() {
        EshelbyKernel k = new EshelbyKernel(L, KernelVariant.FITTED, 16);
        EpmDynamics a = new EpmDynamics(L, 0.05, k, EpmDynamics.Algorithm.REJECTION_FREE, 42);
        EpmDynamics b = new EpmDynamics(L, 0.05, k, EpmDynamics.Algorithm.REJECTION_FREE, 42);
        a.run(300, EpmObserver.NONE);
        b.run(300, EpmObserver.NONE);
        assertArrayEquals(a.sigma(), b.sigma());
        assertEquals(a.events(), b.events());
    }
}
