package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Eshelby orientation psi is continuous in the paper and tabulated at N_psi angles here (review 3.1, spec 002
 * section 1.6): N_psi = 32 and 128 give the same relaxation at a low temperature (T = 0.03, L = 16, block kernel)
 * within the trajectory errors. Observable: ln Gamma (the yield rate, finite in every trajectory) over a window of
 * about 300 events per site after 70, in 32 independent trajectories per table. The conserved mean stress of the
 * Gaussian start moves ln Gamma by about 0.4 on average at L = 16 ({@code MeanStressEffectTest}), so it is removed
 * at the start ({@link EpmDynamics#removeMeanStress}) and the trajectories are paired by seed (the pairs share the initial
 * stresses only; ln Gamma of one trajectory scatters by about 0.3 at L = 16). Equivalence test: the 90% Student-t
 * interval of the mean paired difference over {@link #TRAJECTORIES} pairs must lie inside +-{@link #MARGIN} (25% in
 * Gamma); 12 pairs were too few to tell (0.17 +- 0.13).
 */
class AngleTableConvergenceTest {
    static final int L = 16, TRAJECTORIES = 32;
    /** t_{0.95, 31}: two-sided 90% Student-t quantile for 32 pairs. */
    static final double T95 = 1.696;
    /** Equivalence margin on the paired mean difference of ln Gamma (25% in Gamma). */
    static final double MARGIN = 0.25;
    static final double EQUILIBRATION = 6000, WINDOW = 24000;

    private static double lnGamma(int angles, long seed) {
        EpmDynamics d = new EpmDynamics(L, 0.03, new EshelbyKernel(L, KernelVariant.BLOCK, angles), EpmDynamics.Algorithm.REJECTION_FREE, seed);
        d.removeMeanStress();
        d.run(EQUILIBRATION, EpmObserver.NONE);
        long e0 = d.events();
        d.run(EQUILIBRATION + WINDOW, EpmObserver.NONE);
        return Math.log((d.events() - e0) / (WINDOW * L * L));
    }

    @Test
    void thirtyTwoAndOneHundredTwentyEightAnglesAgree() {
        double[] a = new double[TRAJECTORIES], b = new double[TRAJECTORIES], d = new double[TRAJECTORIES];
        for (int s = 0; s < TRAJECTORIES; s++) {
            a[s] = lnGamma(32, 100 + s);
            b[s] = lnGamma(128, 100 + s);
            d[s] = a[s] - b[s];
        }
        double md = MeanStressEffectTest.mean(d), se = Math.sqrt(MeanStressEffectTest.var(d) / d.length);
        double lo = md - T95 * se, hi = md + T95 * se;
        System.out.printf("N_psi 32 vs 128 (L = 16, T = 0.03, mean stress removed, %d pairs): mean ln Gamma %.4f vs %.4f, paired "
            + "difference %.4f +- %.4f, 90%% [%.4f, %.4f]%n", TRAJECTORIES, MeanStressEffectTest.mean(a), MeanStressEffectTest.mean(b),
            md, se, lo, hi);
        assertTrue(lo > -MARGIN && hi < MARGIN, "ln Gamma 32 vs 128 angles: paired difference 90% [" + lo + ", " + hi
            + "] not inside +-" + MARGIN);
    }
}
