package glassdyn.papers.taulc;

import glassdyn.dynamics.RandomStream;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The rate-switch comparison and the replica estimate of the tau-lc-duality report on planted data. */
class TauLcDualityStatisticsTest {
    @Test
    void reducedChi2IsOneForBinsScatteredByTheirErrorsPlusTheShiftOfAShiftedCurve() {
        TauShRelation.Fit truth = new TauShRelation.Fit(5, 4, 1);
        RandomStream rnd = new RandomStream(5);
        double[] chi = new double[2];
        double expectedShift = 0;
        int trials = 50;
        for (int k = 0; k < trials; k++) {
            int n = 600;
            double[] lc = new double[n], same = new double[n], shifted = new double[n];
            for (int i = 0; i < n; i++) {
                lc[i] = 30 * rnd.nextDouble();
                double noise = 2 * rnd.nextGaussian();
                same[i] = truth.at(lc[i]) + noise;
                shifted[i] = 1.1 * truth.at(lc[i]) + noise;
            }
            chi[0] += TauLcRelations.reducedChi2(new TauShRelation(lc, same).bins(), truth) / trials;
            var bins = new TauShRelation(lc, shifted).bins();
            chi[1] += TauLcRelations.reducedChi2(bins, truth) / trials;
            // the shift's own contribution: (0.1 f(x_b))^2 / (sigma^2 / m_b) averaged over the bins
            double e = 0;
            for (int b = 0; b < bins.rowCount(); b++) {
                double d = 0.1 * truth.at(bins.doubleColumn("tau_LC").get(b));
                e += d * d / (4 / bins.doubleColumn("count").get(b)) / bins.rowCount();
            }
            expectedShift += e / trials;
        }
        // bins of 50 particles: the curve varies within a bin, so the mean is a little above 1
        assertEquals(1.0, chi[0], 0.2);
        assertEquals(chi[0] + expectedShift, chi[1], 0.1 * expectedShift, "10% shift");
        assertTrue(chi[0] < TauLcClaims.SWITCH_CHI2, "a curve scattered by its own errors passes the rate-switch test");
    }

    @Test
    void replicasForInvertsSpearmanBrown() {
        double single = 0.1;
        int n = 4;
        double r4 = n * single / (1 + (n - 1) * single);
        // R_m = m s / (1 + (m - 1) s) = 0.8  <=>  m = 0.8 (1 - s) / (s 0.2) = 36
        assertEquals(36, TauLcRelations.replicasFor(0.8, r4, n), 1e-9);
        assertEquals(n, TauLcRelations.replicasFor(r4, r4, n), 1e-9);
    }
}
