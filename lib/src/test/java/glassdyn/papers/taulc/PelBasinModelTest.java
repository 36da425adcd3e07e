package glassdyn.papers.taulc;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Paper 001 Eqs. 14-18 (spec section 2.14 unit test): t_bar(E_b, 0) = Gamma^-1 exp(E_b / T) exactly; E and E'
 * continuous with E(gamma_x) = alpha E_b and E(gamma_b) = E_b; t_bar under shear against an independent brute-force
 * integration (explicit time stepping of dS/dt = -r S with 2 10^6 steps, Simpson for int S dt).
 */
class PelBasinModelTest {
    final PelBasinModel m = new PelBasinModel(2.0, 30.0, 0.7, 0.6);

    @Test
    void equilibriumIsArrhenius() {
        for (double eb : new double[] {0.5, 2, 4}) {
            assertEquals(Math.exp(eb / 0.7) / 2.0, m.meanTime(eb, 0), 1e-12 * m.tauLc(eb));
            assertEquals(eb, m.barrier(m.tauLc(eb)), 1e-12);
            assertEquals(1, m.meanTime(eb, 1e-9) / m.tauLc(eb), 1e-5, "vanishing rate");
        }
    }

    @Test
    void energyIsContinuousWithTheStatedConstraints() {
        double eb = 3, gx = m.gammaX(eb), gb = m.gammaB(eb), h = 1e-7;
        assertEquals(0.6 * eb, m.energy(eb, gx), 1e-12);
        assertEquals(eb, m.energy(eb, gb), 1e-12);
        assertEquals(m.energy(eb, gx - h), m.energy(eb, gx + h), 1e-5);
        assertEquals(m.stress(eb, gx - h), m.stress(eb, gx + h), 1e-4);
        assertEquals((m.energy(eb, 0.5 * (gx + gb) + h) - m.energy(eb, 0.5 * (gx + gb) - h)) / (2 * h),
            m.stress(eb, 0.5 * (gx + gb)), 1e-5, "dE/dgamma by finite difference");
        assertEquals(0, m.stress(eb, gb), 1e-12);
    }

    @Test
    void shearedMeanTimeMatchesBruteForce() {
        for (double[] c : new double[][] {{3, 0.01}, {3, 0.1}, {1.5, 0.03}}) {
            double eb = c[0], rate = c[1];
            double tEnd = m.gammaB(eb) / rate + 40 / 2.0;
            int steps = 2_000_000;
            double h = tEnd / steps, logS = 0, prev = m.rate(eb, 0), sum = 1;   // Simpson weights on S
            for (int j = 1; j <= steps; j++) {
                double t = j * h, g = rate * t, r = g >= m.gammaB(eb) ? 2.0 : m.rate(eb, g);
                logS -= 0.5 * (prev + r) * h;
                prev = r;
                sum += Math.exp(logS) * (j == steps ? 1 : (j % 2 == 1 ? 4 : 2));
            }
            double brute = sum * h / 3 + Math.exp(logS) / 2.0;
            double model = m.meanTime(eb, rate);
            assertEquals(brute, model, 2e-4 * brute, "E_b " + eb + " rate " + rate);
            assertTrue(model < m.tauLc(eb), "shear speeds up the escape");
        }
    }

    @Test
    void densityIntegratesToTheMeanTime() {
        double eb = 2.5, rate = 0.05;
        int n = 20001;
        double tEnd = m.gammaB(eb) / rate + 30;
        double[] t = new double[n];
        for (int j = 0; j < n; j++) t[j] = tEnd * j / (n - 1);
        double[][] fs = m.density(eb, rate, t);
        double intF = 0, intS = 0;
        for (int j = 1; j < n; j++) {
            intF += 0.5 * (fs[0][j] + fs[0][j - 1]) * (t[j] - t[j - 1]);
            intS += 0.5 * (fs[1][j] + fs[1][j - 1]) * (t[j] - t[j - 1]);
        }
        assertEquals(1 - fs[1][n - 1], intF, 1e-3);
        assertEquals(m.meanTime(eb, rate), intS + fs[1][n - 1] / 2.0, 1e-3 * m.meanTime(eb, rate));
    }
}
