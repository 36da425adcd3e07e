package glassdyn.papers.taulc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The start-up cell model of paper 001 (Sec. III C) against exact results. With Eq. 4 in its linear limit (tau_0 =
 * tau_sh_inf = 1e9, lambda = 0: tau_sh^th = tau_LC^th) and one tau_LC = tau, the loading time D is exponential with
 * mean tau (fast cells) or c_el tau (slow cells), so before any restructuring ends (gamma_res huge) and with a fast
 * unloading (t_str -> 0) the mean stress is G rate t P(D > t) = G rate t exp(-t / mean D); the renewal-reward steady
 * stress with t_str -> 0 is G rate E[D^2] / 2 / (E[D] + gamma_res / rate) = G rate tau^2 / (tau + gamma_res / rate).
 */
class GridCellModelTest {
    static final GridCellModel.MasterCurve LINEAR = new GridCellModel.MasterCurve(0, 1e9, 1e9, 0);
    /** tau_sh = 2 (1 - exp(-tau_LC / 2)) at every rate. */
    static final GridCellModel.MasterCurve BENT = new GridCellModel.MasterCurve(0, 2, 2, 0);
    static final double G = 3, RATE = 0.1, TAU = 2;

    private static double[] grid(double tMax, int n) {
        double[] t = new double[n];
        for (int j = 0; j < n; j++) t[j] = tMax * j / (n - 1);
        return t;
    }

    @Test
    void fastCellsFirstCycleIsExponentialSurvival() {
        GridCellModel m = new GridCellModel(new double[] {TAU}, LINEAR, 1, G, 0.5, 1e-4);
        double[] t = grid(4, 41);
        GridCellModel.Result r = m.startup(RATE, 1e3, t, 200_000, 7);
        assertEquals(0, r.slowFraction());
        for (int j = 1; j < t.length; j++) {
            double exact = G * RATE * t[j] * Math.exp(-t[j] / TAU);
            assertEquals(exact, r.all()[j], 0.03 * exact, "t = " + t[j]);
            assertEquals(r.all()[j], r.fast()[j], 1e-12);
        }
        assertTrue(Double.isNaN(r.slow()[5]));
    }

    @Test
    void slowCellsLoadForCelTimesTauSh() {
        double cEl = 0.5;
        GridCellModel m = new GridCellModel(new double[] {TAU}, LINEAR, -1, G, cEl, 1e-4);
        double[] t = grid(3, 31);
        GridCellModel.Result r = m.startup(RATE, 1e3, t, 200_000, 11);
        assertEquals(1, r.slowFraction());
        for (int j = 1; j < t.length; j++) {
            double exact = G * RATE * t[j] * Math.exp(-t[j] / (cEl * TAU));
            assertEquals(exact, r.slow()[j], 0.03 * exact + 1e-4, "t = " + t[j]);
        }
        // the overshoot sits at the mean loading time c_el tau
        int arg = 0;
        for (int j = 1; j < t.length; j++) if (r.slow()[j] > r.slow()[arg]) arg = j;
        assertEquals(cEl * TAU, t[arg], 0.15);
    }

    @Test
    void steadyStressIsRenewalReward() {
        GridCellModel m = new GridCellModel(new double[] {TAU}, LINEAR, 1, G, 0.5, 1e-6);
        double gammaRes = 0.1, exact = G * RATE * TAU * TAU / (TAU + gammaRes / RATE);
        assertEquals(exact, m.steadyStress(RATE, gammaRes, 1_000_000, 3), 0.01 * exact);
    }

    @Test
    void startupReachesTheSteadyStress() {
        GridCellModel m = new GridCellModel(new double[] {1, TAU, 5}, BENT, 2, G, 0.5, 0.1);
        double[] t = grid(200, 401);
        GridCellModel.Result r = m.startup(RATE, 0.1, t, 20_000, 5);
        double tail = TauLcStartupModel.tailMean(r.all()), steady = m.steadyStress(RATE, 0.1, 1_000_000, 9);
        assertEquals(steady, tail, 0.02 * steady);
        assertEquals(1.0 / 3, r.slowFraction(), 0.02, "tau = 5 cells are slow (5 - 1.84 >= 2), 1 and 2 fast");
    }

    @Test
    void fitRecoversGammaRes() {
        GridCellModel m = new GridCellModel(new double[] {1, TAU, 5}, LINEAR, 2, G, 0.5, 0.1);
        double target = m.steadyStress(RATE, 0.37, 100_000, 4);
        GridCellModel.Fit f = m.fitRestructuringStrain(RATE, target, 100_000, 4);
        assertTrue(f.reached());
        assertEquals(0.37, f.gammaRes(), 1e-6);
        GridCellModel.Fit high = m.fitRestructuringStrain(RATE, 1e6, 100_000, 4);
        assertFalse(high.reached());
        assertEquals(GridCellModel.GAMMA_RES_MIN, high.gammaRes());
    }

    @Test
    void undefinedInputsGiveNaNNotALoop() {
        GridCellModel negativeTau0 = new GridCellModel(new double[] {TAU}, new GridCellModel.MasterCurve(1, -20, 2, 0), 1, G, 0.5, 0.1);
        assertTrue(Double.isNaN(negativeTau0.startup(RATE, 0.1, grid(10, 11), 10, 1).all()[3]));
        assertTrue(Double.isNaN(negativeTau0.steadyStress(RATE, 0.1, 10, 1)));
        GridCellModel noCel = new GridCellModel(new double[] {TAU}, BENT, 1, G, Double.NaN, 0.1);
        assertTrue(Double.isNaN(noCel.startup(RATE, 0.1, grid(10, 11), 10, 1).slow()[3]));
        assertFalse(noCel.fitRestructuringStrain(RATE, 1, 10, 1).reached());
    }

    @Test
    void eq4IsEq3WithTheRatesParameters() {
        GridCellModel.MasterCurve c = new GridCellModel.MasterCurve(2, 3, 4, 0.7);
        double rate = 0.05, tau0 = 2 / rate + 3, inf = 4 * Math.pow(rate, -0.7);
        assertEquals(inf * (1 - Math.exp(-10 / tau0)), c.tauSh(10, rate), 1e-9);
    }

    @Test
    void ballisticTimeReachesThePlateau() {
        double[] t = {0, 0.1, 0.2}, msd = {0, 3 * 0.7 * 0.01, 3 * 0.7 * 0.04};
        assertEquals(Math.sqrt(0.02 / 2.1), IsoconfigurationalEnsembles.ballisticTimeOf(t, msd, 0.02), 1e-12);
    }

    @Test
    void peakOfAPlantedOvershoot() {
        int n = 1000;
        double[] strain = new double[n], s = new double[n];
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        for (int j = 0; j < n; j++) {
            strain[j] = 0.01 * j;
            s[j] = 1 + 2 * strain[j] / 0.2 * Math.exp(1 - strain[j] / 0.2) * 0.5 - Math.exp(-strain[j] / 0.05) + 0.02 * rng.nextGaussian();
        }
        TauLcStartupModel.Peak p = TauLcStartupModel.Peak.of(strain, s, 3);
        assertEquals(0.2, p.strain(), 0.05);
        assertTrue(p.upper() >= p.strain() && p.upper() < 0.5, "upper " + p.upper());
        assertTrue(p.significance() > 10, "significance " + p.significance());
        double[] flat = new double[n];
        for (int j = 0; j < n; j++) flat[j] = 1 + 0.02 * rng.nextGaussian();
        assertTrue(TauLcStartupModel.Peak.of(strain, flat, 3).significance() < 5);
    }
}
