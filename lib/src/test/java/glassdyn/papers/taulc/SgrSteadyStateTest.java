package glassdyn.papers.taulc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paper 001 Eqs. 24-32 (spec section 2.15 unit test "SGR rate -&gt; 0 limit"): at a vanishing rate the mean tau_LC of the
 * steady state is the P_b mean of Gamma^-1 exp(E_b / T); for one barrier the mean strain, mean tau_LC and stress equal
 * an independent brute-force quadrature of P_s(gamma) = S(gamma) on a 10^6-point grid.
 */
class SgrSteadyStateTest {
    final PelBasinModel m = new PelBasinModel(2.0, 30.0, 0.7, 0.6);

    @Test
    void vanishingRateGivesTheEquilibriumMean() {
        SgrSteadyState sgr = new SgrSteadyState(m, new double[] {1.0, 2.0, 2.5, 3.0, -0.2});
        double eq = (m.tauLc(1) + m.tauLc(2) + m.tauLc(2.5) + m.tauLc(3)) / 4;
        assertEquals(eq, sgr.equilibriumMeanTauLc(), 1e-12 * eq);
        assertEquals(1, sgr.at(1e-8).meanTauLc() / eq, 1e-3);
        assertTrue(sgr.at(0.1).meanTauLc() < 0.9 * eq, "shear lowers the mean relaxation time");
    }

    @Test
    void oneBarrierMatchesBruteForce() {
        double eb = 2.5, rate = 0.05;
        SgrSteadyState.State s = new SgrSteadyState(m, new double[] {eb}).at(rate);
        int n = 1_000_000;
        double gmax = m.gammaB(eb) + 30 * rate / m.gamma(), h = gmax / n, logS = 0, prev = m.rate(eb, 0) / rate;
        double z = 0, zg = 0, zt = 0, zs = 0;
        for (int j = 0; j < n; j++) {
            double g = (j + 0.5) * h, sv = Math.exp(logS - 0.5 * h * m.rate(eb, g) / rate);
            z += sv * h; zg += g * sv * h; zt += sv * h / m.rate(eb, g); zs += m.stress(eb, g) * sv * h;
            double c = m.rate(eb, (j + 1) * h) / rate;
            logS -= 0.5 * (prev + c) * h;
            prev = c;
        }
        assertEquals(zg / z, s.meanStrain(), 1e-3 * zg / z);
        assertEquals(zt / z, s.meanTauLc(), 1e-3 * zt / z);
        assertEquals(zs / z, s.stress(), 1e-3 * zs / z);
        assertEquals(1, s.beyond(0), 1e-12);
        assertTrue(s.quantile(0.5) > 0 && s.quantile(0.5) < gmax);
    }
}
