package glassdyn.papers.taulc;

import glassdyn.dynamics.RandomStream;
import glassdyn.protocols.IsoconfigurationalEnsemble;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The pilot's numbers on a planted ensemble: first-jump times = propensity (sd 1) + trajectory noise (sd 2), so the
 * single-replica reliability is 1 / (1 + 4) = 0.2 and Spearman-Brown gives R = 0.6 at n = 0.6 0.8 / (0.2 0.4) = 6
 * replicas; a diffusive MSD = 0.1 t crosses 6 / q*^2 at t = 60 / 7.25^2.
 */
class TauLcPilotTest {
    @Test
    void plantedReliabilityAndGaussianTauAlpha() {
        int m = 8, n = 40_000, frames = 200;
        RandomStream rnd = new RandomStream(3);
        double[] prop = new double[n];
        for (int i = 0; i < n; i++) prop[i] = 10 + rnd.nextGaussian();
        double[][] rep = new double[m][n];
        double[] tau = new double[n];
        for (int k = 0; k < m; k++) for (int i = 0; i < n; i++) { rep[k][i] = prop[i] + 2 * rnd.nextGaussian(); tau[i] += rep[k][i] / m; }
        double[] time = new double[frames], msd = new double[frames], a2 = new double[frames];
        for (int j = 0; j < frames; j++) { time[j] = 0.05 * j; msd[j] = 0.1 * time[j]; a2[j] = Math.exp(-Math.pow(time[j] - 3, 2)); }
        var r = new IsoconfigurationalEnsemble.Result(tau, rep, 0, time, msd, a2, new double[frames], null, null, null);
        TauLcPilot.Row row = TauLcPilot.row(0.7, 1, 0.05, m, r);
        assertEquals(0.2, row.singleReplica(), 0.01);
        assertEquals(6, row.replicasFor06(), 0.4);
        assertEquals(60 / (7.25 * 7.25), row.tauAlphaGaussian(), 0.01);
        assertEquals(3, row.tau2(), 0.05);
        assertEquals(10, row.meanTauLc(), 0.05);
    }
}
