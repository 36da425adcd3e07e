package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Eshelby orientation psi is continuous in the paper and tabulated at N_psi angles here: N_psi = 32 and 128 give
 * the same relaxation at a low temperature (T = 0.03, L = 16, block kernel) within the trajectory errors: mean
 * ln Gamma (the yield rate, finite in every trajectory; at L = 16 each trajectory's conserved mean stress makes
 * Gamma vary by up to 10x between seeds) over 8 independent trajectories each, difference within 3 combined standard
 * errors and 25%.
 */
class AngleTableConvergenceTest {

    private static double[] lnTau(int angles) {
        int L = 16;
        EshelbyKernel k = new EshelbyKernel(L, KernelVariant.BLOCK, angles);
        double[] v = new double[8];
        for (int s = 0; s < v.length; s++) {
            EpmRun.Config c = new EpmRun.Config(L, 0.03, KernelVariant.BLOCK, EpmDynamics.Algorithm.REJECTION_FREE, 100 + s,
                10, 60, 1, 20, 0, null);
            v[s] = Math.log(EpmRun.run(c, k, null).first().gamma());
        }
        return v;
    }

    @Test
    void thirtyTwoAndOneHundredTwentyEightAnglesAgree() {
        double[] a = lnTau(32), b = lnTau(128);
        double ma = mean(a), mb = mean(b);
        double se = Math.sqrt(var(a) / a.length + var(b) / b.length);
        assertTrue(Math.abs(ma - mb) <= 3 * se && Math.abs(ma - mb) < 0.25,
            "ln Gamma 32 angles " + ma + " vs 128 angles " + mb + ", SE " + se);
    }

    private static double mean(double[] v) { double s = 0; for (double x : v) s += x; return s / v.length; }

    private static double var(double[] v) {
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return s / (v.length - 1);
    }
}
