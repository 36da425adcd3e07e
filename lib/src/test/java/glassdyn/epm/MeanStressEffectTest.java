package glassdyn.epm;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The conserved mean stress of the Gaussian start (standard deviation 1/L; spec 002 A14, review 3.1) acts as an
 * applied stress: at L = 16, T = 0.03 (block kernel, 32 angles) the yield rate Gamma of 12 independent trajectories
 * is measured with the mean kept (the paper's literal start) and, from the same seeds, with the mean removed
 * ({@link EpmDynamics#removeMeanStress}). Planted expectation from the physics: with the mean kept, ln Gamma rises
 * with m^2 (a stress of either sign brings sites nearer the threshold), and removing it shrinks the spread of ln Gamma
 * between trajectories. The slope d ln Gamma / d (m^2) measured here, times the mean of m^2 = 1/L^2, is the size of
 * the effect at any L.
 */
class MeanStressEffectTest {
    static final int L = 16, TRAJECTORIES = 12;
    static final double T = 0.03, EQUILIBRATION = 3000, WINDOW = 6000;

    /** {ln Gamma, mean stress} of one trajectory. */
    static double[] run(long seed, boolean removeMean) {
        EpmDynamics d = new EpmDynamics(L, T, new EshelbyKernel(L, KernelVariant.BLOCK, 32), EpmDynamics.Algorithm.REJECTION_FREE, seed);
        if (removeMean) d.removeMeanStress();
        d.run(EQUILIBRATION, EpmObserver.NONE);
        long e0 = d.events();
        d.run(EQUILIBRATION + WINDOW, EpmObserver.NONE);
        return new double[] {Math.log((d.events() - e0) / (WINDOW * L * L)), d.meanStress()};
    }

    @Test
    void meanStressActsAsAnAppliedStress() {
        double[] kept = new double[TRAJECTORIES], removed = new double[TRAJECTORIES], m2 = new double[TRAJECTORIES];
        for (int s = 0; s < TRAJECTORIES; s++) {
            double[] a = run(500 + s, false), b = run(500 + s, true);
            kept[s] = a[0];
            m2[s] = a[1] * a[1];
            removed[s] = b[0];
            assertTrue(Math.abs(b[1]) < 1e-12, "mean removed: " + b[1]);
        }
        double slope = slope(m2, kept);
        double varKept = var(kept), varRemoved = var(removed);
        System.out.printf("mean stress L=%d T=%s: var ln Gamma kept %.4g removed %.4g; d lnGamma/d m^2 = %.4g; "
            + "mean ln Gamma kept %.4f removed %.4f; effect at <m^2> = 1/L^2: %.4f%n", L, T, varKept, varRemoved, slope,
            mean(kept), mean(removed), slope / (L * L));
        assertTrue(slope > 0, "ln Gamma rises with the squared mean stress: slope " + slope);
        assertTrue(varRemoved < varKept, "removing the mean narrows ln Gamma: " + varRemoved + " vs " + varKept);
    }

    static double mean(double[] v) { double s = 0; for (double x : v) s += x; return s / v.length; }

    static double var(double[] v) {
        double m = mean(v), s = 0;
        for (double x : v) s += (x - m) * (x - m);
        return s / (v.length - 1);
    }

    static double slope(double[] x, double[] y) {
        double mx = mean(x), my = mean(y), sxy = 0, sxx = 0;
        for (int i = 0; i < x.length; i++) { sxy += (x[i] - mx) * (y[i] - my); sxx += (x[i] - mx) * (x[i] - mx); }
        return sxy / sxx;
    }
}
